import type { ReadinessReport } from '../../src-preload/contract/index.ts';
import { checkReadiness } from '../../src-preload/shared/readiness/check-readiness.ts';
import {
  READINESS_ATTRIBUTES,
  READINESS_FILTER,
  type ScanEntry,
} from '../../src-preload/shared/readiness/scan-entry.ts';
import type { ObjectRuleOptions } from '../../src-preload/shared/readiness/object-findings.ts';
import type { Entry } from '../directory/entry.ts';
import type { DirectorySession } from '../directory/session.ts';

export interface ScanScope {
  baseDn: string;
  /** Containers outside the sync scope: their objects are neither checked nor duplicates. */
  excludeDns?: readonly string[];
}

/** Only string values matter to the rules; objectGUID arrives as the Entry's own guid. */
export function toScanEntry(entry: Entry): ScanEntry {
  const values: Record<string, string[]> = {};
  for (const [name, list] of entry.attrs) {
    const strings = list.filter((v): v is string => typeof v === 'string');
    if (strings.length > 0) values[name.toLowerCase()] = strings;
  }
  return { dn: entry.dn, objectGuid: entry.guid, objectClass: entry.objectClass, values };
}

function underAny(dn: string, containers: readonly string[]): boolean {
  const lower = dn.toLowerCase();
  return containers.some((c) => {
    const container = c.toLowerCase();
    return lower === container || lower.endsWith(`,${container}`);
  });
}

/**
 * One paged read of the scope (the attributes the rules need, nothing else), then the shared rules.
 * Photos and certificates are not read: fetching every thumbnailPhoto of 20,000 users to weigh
 * them would cost more than the rest of the scan together.
 */
export async function scanReadiness(
  session: DirectorySession,
  scope: ScanScope,
  options: ObjectRuleOptions = {},
): Promise<ReadinessReport> {
  const excluded = scope.excludeDns ?? [];
  const entries: ScanEntry[] = [];
  let outOfScope = 0;
  for await (const page of session.pages({
    base: scope.baseDn,
    scope: 'sub',
    filter: READINESS_FILTER,
    attributes: READINESS_ATTRIBUTES,
  })) {
    for (const entry of page) {
      if (underAny(entry.dn, excluded)) outOfScope += 1;
      else entries.push(toScanEntry(entry));
    }
  }
  const result = checkReadiness(entries, options);
  return {
    findings: result.findings,
    checked: result.checked,
    skipped: result.skipped.length,
    outOfScope,
  };
}
