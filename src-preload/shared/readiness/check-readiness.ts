import { duplicateFindings } from './duplicate-findings.ts';
import type { Finding } from './finding.ts';
import { objectFindings, type ObjectRuleOptions } from './object-findings.ts';
import type { ScanEntry } from './scan-entry.ts';
import { skipReason } from './skip-rules.ts';

export interface ReadinessResult {
  findings: Finding[];
  checked: number;
  /** The objects the rules ran over (the skipped ones left out), for rules that need more than AD. */
  entries: ScanEntry[];
  skipped: { dn: string; reason: string }[];
}

const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorted as an admin reads a report: by object, then attribute, errors before warnings. Ordinal
 * comparison, not localeCompare: tens of thousands of findings sort in milliseconds, and the grid
 * re-sorts by any column the admin clicks anyway.
 */
function byObject(a: Finding, b: Finding): number {
  return (
    ordinal(a.dn.toLowerCase(), b.dn.toLowerCase()) ||
    ordinal(a.attribute, b.attribute) ||
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
    ordinal(a.rule, b.rule)
  );
}

/** The whole rule set over the objects of one scope (objects outside the sync scope left out by the caller). */
export function checkReadiness(
  entries: readonly ScanEntry[],
  options: ObjectRuleOptions = {},
): ReadinessResult {
  const checked: ScanEntry[] = [];
  const skipped: ReadinessResult['skipped'] = [];
  for (const entry of entries) {
    const reason = skipReason(entry);
    if (reason === null) checked.push(entry);
    else skipped.push({ dn: entry.dn, reason });
  }
  const findings = [...checked.flatMap((e) => objectFindings(e, options)), ...duplicateFindings(checked)];
  return { findings: findings.sort(byObject), checked: checked.length, entries: checked, skipped };
}

/** Findings of two rule sets in one report, in the report's order. */
export function mergeFindings(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort(byObject);
}
