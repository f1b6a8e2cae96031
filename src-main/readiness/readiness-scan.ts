import { Control, GreaterThanEqualsFilter, AndFilter, EqualityFilter, type Filter } from 'ldapts';
import type { ReadinessReport } from '../../src-preload/contract/index.ts';
import { checkReadiness, mergeFindings } from '../../src-preload/shared/readiness/check-readiness.ts';
import type { Finding } from '../../src-preload/shared/readiness/finding.ts';
import {
  READINESS_ATTRIBUTES,
  READINESS_FILTER,
  type ScanEntry,
} from '../../src-preload/shared/readiness/scan-entry.ts';
import type { ObjectRuleOptions } from '../../src-preload/shared/readiness/object-findings.ts';
import { first, type Entry } from '../directory/entry.ts';
import { parseFilter } from '../directory/filter-parser.ts';
import type { DirectorySession } from '../directory/session.ts';
import { schemaHealth } from './schema-health.ts';
import type { CachedDirectory } from '../cache/cached-directory.ts';

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

function under(dn: string, container: string): boolean {
  // The empty base of a global catalog search: the whole forest.
  if (container === '') return true;
  const lower = dn.toLowerCase();
  const c = container.toLowerCase();
  return lower === c || lower.endsWith(`,${c}`);
}

/** A scan's cancel signal and its progress report (entries read so far). */
export interface ScanRun {
  signal?: AbortSignal;
  onProgress?(read: number): void;
  /** Rules over the checked objects that need more than AD (the Microsoft 365 comparison). */
  more?(checked: readonly ScanEntry[]): Promise<{ findings: Finding[]; compared: number }>;
}

function cancelledReport(read: number): ReadinessReport {
  return {
    health: { exchangeSchema: false, extendedAt: null, advice: '' },
    findings: [],
    checked: 0,
    skipped: 0,
    outOfScope: 0,
    read,
    incremental: false,
    cancelled: true,
    cloudCompared: null,
  };
}

/** What one scope looked like at the last scan: the base of the next, incremental one. */
interface ScopeMemory {
  /** The DC's highestCommittedUSN read before that scan: everything changed after it is newer. */
  usn: bigint;
  inScope: Map<string, ScanEntry>;
  outOfScope: Set<string>;
}

// LDAP_SERVER_SHOW_DELETED_OID: deleted objects (tombstones) are returned, so a re-scan learns which
// objects went away without reading the ones that stayed.
const SHOW_DELETED = '1.2.840.113556.1.4.417';
const RULE_FILTER = parseFilter(READINESS_FILTER);

/**
 * Readiness scans of one main process. A first scan of a scope reads it whole (the attributes the
 * rules need, nothing else: photos and certificates are not read, since fetching every
 * thumbnailPhoto would cost more than the rest together). A re-scan reads only what changed since:
 * objects with a higher uSNChanged (wherever they are now, so a move into or out of the scope is
 * seen) and tombstones of deleted ones. USNs belong to one DC, so the memory is per DC.
 */
export class ReadinessScans {
  readonly #memory = new Map<string, ScopeMemory>();

  async scan(
    session: DirectorySession,
    scope: ScanScope,
    options: ObjectRuleOptions & { incremental?: boolean } = {},
    run: ScanRun = {},
  ): Promise<ReadinessReport> {
    const key = [session.rootDse.dnsHostName, scope.baseDn, ...(scope.excludeDns ?? [])]
      .map((s) => s.toLowerCase())
      .join('\n');
    const usn = await this.#currentUsn(session);
    const known = options.incremental ? this.#memory.get(key) : undefined;
    const memory = known ?? { usn, inScope: new Map(), outOfScope: new Set() };
    let read = 0;
    const place = (entry: Entry) => {
      read += 1;
      const inBase = under(entry.dn, scope.baseDn);
      const excluded = (scope.excludeDns ?? []).some((c) => under(entry.dn, c));
      memory.inScope.delete(entry.guid);
      memory.outOfScope.delete(entry.guid);
      if (inBase && excluded) memory.outOfScope.add(entry.guid);
      else if (inBase) memory.inScope.set(entry.guid, toScanEntry(entry));
    };
    const each = (
      base: string,
      filter: Filter,
      onEntry: (entry: Entry) => void,
      controls?: Control[],
      attributes?: readonly string[],
    ) => this.#each(session, base, filter, onEntry, { controls, attributes, run, counted: () => read });
    if (known) {
      const since = new GreaterThanEqualsFilter({ attribute: 'uSNChanged', value: String(known.usn + 1n) });
      // A forest scan re-reads the forest; a scope in the domain, the domain (a move out of the
      // scope is an object changed elsewhere in it).
      const everywhere = scope.baseDn === '' ? '' : session.rootDse.defaultNamingContext;
      await each(everywhere, new AndFilter({ filters: [RULE_FILTER, since] }), place);
      const tombstone = new AndFilter({
        filters: [new EqualityFilter({ attribute: 'isDeleted', value: 'TRUE' }), since],
      });
      const gone = (entry: Entry) => {
        read += 1;
        memory.inScope.delete(entry.guid);
        memory.outOfScope.delete(entry.guid);
      };
      await each(everywhere, tombstone, gone, [new Control(SHOW_DELETED)], ['objectGUID']);
    } else {
      await each(scope.baseDn, RULE_FILTER, place);
    }
    // Cancelled: the USN stays where it was, so the next re-scan reads these changes again.
    if (run.signal?.aborted) return cancelledReport(read);
    memory.usn = usn;
    this.#memory.set(key, memory);
    const result = checkReadiness([...memory.inScope.values()], options);
    const more = run.more ? await run.more(result.entries) : null;
    return {
      health: await schemaHealth(session),
      findings: more ? mergeFindings(result.findings, more.findings) : result.findings,
      cloudCompared: more?.compared ?? null,
      checked: result.checked,
      skipped: result.skipped.length,
      outOfScope: memory.outOfScope.size,
      read,
      incremental: known !== undefined,
      cancelled: false,
    };
  }

  /**
   * The same rules over the entry cache (the sample directory, or a connection working offline):
   * nothing is read from a DC, so there is nothing to re-scan incrementally; the schema facts the
   * cache keeps say whether the Exchange attributes exist, not since when.
   */
  async scanCache(
    cache: CachedDirectory,
    scope: ScanScope,
    options: ObjectRuleOptions = {},
    run: Pick<ScanRun, 'more'> = {},
  ): Promise<ReadinessReport> {
    const inScope: ScanEntry[] = [];
    let outOfScope = 0;
    const entries = cache.subtree(scope.baseDn, RULE_FILTER);
    for (const entry of entries) {
      if ((scope.excludeDns ?? []).some((c) => under(entry.dn, c))) outOfScope += 1;
      else inScope.push(toScanEntry(entry));
    }
    const result = checkReadiness(inScope, options);
    const more = run.more ? await run.more(result.entries) : null;
    const exchange = cache.schema.hasExchangeSchema();
    return {
      health: {
        exchangeSchema: exchange,
        extendedAt: null,
        advice: exchange
          ? `Checked from the cache as last read (${entries.length.toLocaleString('en-US')} objects), not from a domain controller. The Exchange attributes are in the schema.`
          : 'Checked from the cache as last read: the Exchange attributes are not in this schema.',
      },
      findings: more ? mergeFindings(result.findings, more.findings) : result.findings,
      cloudCompared: more?.compared ?? null,
      checked: result.checked,
      skipped: result.skipped.length,
      outOfScope,
      read: 0,
      incremental: false,
      cancelled: false,
    };
  }

  async #currentUsn(session: DirectorySession): Promise<bigint> {
    const [root] = await session.search({ base: '', scope: 'base', attributes: ['highestCommittedUSN'] });
    return BigInt(root ? (first(root, 'highestCommittedUSN') ?? '0') : '0');
  }

  /** Page by page; stops at the next page boundary once the run is cancelled. */
  async #each(
    session: DirectorySession,
    base: string,
    filter: Filter,
    onEntry: (entry: Entry) => void,
    how: {
      controls?: Control[] | undefined;
      attributes?: readonly string[] | undefined;
      run: ScanRun;
      counted(): number;
    },
  ): Promise<void> {
    const attributes = how.attributes ?? READINESS_ATTRIBUTES;
    const controls = how.controls ? { controls: how.controls } : {};
    for await (const page of session.pages({ base, scope: 'sub', filter, attributes, ...controls })) {
      if (how.run.signal?.aborted) return;
      for (const entry of page) onEntry(entry);
      how.run.onProgress?.(how.counted());
    }
  }
}
