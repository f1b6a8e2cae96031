import type { Finding } from '../../../src-preload/contract/index.ts';
import type { Column } from '../components/virtual-table.tsx';
import { firstRdnValue } from '../components/dn-name.ts';

export interface FindingRow extends Finding {
  /** Stable within one scan: the grid's selection key. */
  key: string;
}

/** Spaces at either end are the problem more often than not: quoted, they can be seen. */
export function shownValue(value: string | undefined): string {
  if (value === undefined || value === '') return '(empty)';
  return value === value.trim() ? value : `"${value}"`;
}

export function fixText(f: Finding): string {
  if (!f.fix) return f.kind === 'Duplicate' ? 'Decide which object keeps it' : '';
  return f.fix.action === 'remove' ? 'Remove the value' : `Set to ${f.fix.value}`;
}

/** The IdFix-like columns: object, type, attribute, value, error kind, problem, suggested fix, also held by. */
export const FINDING_COLUMNS: Column<FindingRow>[] = [
  { key: 'object', label: 'Object', width: 200, text: (f) => firstRdnValue(f.dn) },
  { key: 'type', label: 'Type', width: 80, text: (f) => f.objectKind },
  { key: 'attribute', label: 'Attribute', width: 130, text: (f) => f.attribute },
  { key: 'value', label: 'Value', width: 220, text: (f) => shownValue(f.value) },
  { key: 'error', label: 'Error', width: 100, text: (f) => f.kind },
  { key: 'fix', label: 'Suggested fix', width: 200, text: fixText },
  { key: 'problem', label: 'Problem', width: 420, text: (f) => f.problem },
  {
    key: 'others',
    label: 'Also held by',
    width: 220,
    text: (f) => (f.others ?? []).map((o) => firstRdnValue(o.dn)).join('; '),
  },
];

/** Rules with their counts, most frequent first, for the filter. */
export function ruleCounts(findings: readonly Finding[]): { rule: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count);
}
