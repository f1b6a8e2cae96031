import type { AttributeFacts, ChangeView, ConflictValues } from '../../../../src-preload/contract/index.ts';
import {
  choiceAllowed,
  resolvedValues,
  sideChanges,
  type AttributeChoice,
  type MergeContradiction,
} from '../../../../src-preload/shared/merge-values.ts';

/** One value in a column, and how it differs from the column it is compared with. */
export interface MarkedValue {
  value: string;
  mark: 'same' | 'added' | 'removed';
}

/** One attribute of a conflict as the three-way view shows it. */
export interface ConflictRow {
  attr: string;
  binary: boolean;
  /** A delta names only its own values: the columns hold those, not the whole attribute. */
  delta: boolean;
  base: MarkedValue[] | null;
  mine: MarkedValue[];
  theirs: MarkedValue[];
  choices: AttributeChoice[];
}

export interface RowPreview {
  values: MarkedValue[];
  contradictions: MergeContradiction[];
}

/** The lists compared: for a delta, what it removes (as it saw them), what it adds, what is there now. */
function lists(v: ConflictValues): { base: string[] | null; mine: string[]; theirs: string[] } {
  if (v.mode === 'delta') return { base: [...v.remove], mine: [...v.add], theirs: [...v.present] };
  return { base: v.base, mine: v.mine, theirs: v.theirs };
}

/** The side's values with what it added marked, then what it removed from `from`, marked too. */
export function marked(from: readonly string[] | null, side: readonly string[]): MarkedValue[] {
  if (from === null) return side.map((value) => ({ value, mark: 'same' }));
  const { added, removed } = sideChanges(from, side);
  const isAdded = new Set(added);
  return [
    ...side.map((value): MarkedValue => ({ value, mark: isAdded.has(value) ? 'added' : 'same' })),
    ...removed.map((value): MarkedValue => ({ value, mark: 'removed' })),
  ];
}

/**
 * The attributes the server changed since my read, each with its three columns and the choices it
 * allows (Merge only for a multi-valued one). `singleValued` answers from the schema; unknown
 * (the schema could not be read) offers Merge only where a side holds more than one value, and
 * main refuses it anyway for a single-valued attribute.
 */
export function conflictRows(change: ChangeView, facts: readonly AttributeFacts[] | null): ConflictRow[] {
  if (change.outcome?.kind !== 'conflict') return [];
  const rows: ConflictRow[] = [];
  for (const [attr, v] of Object.entries(change.outcome.attrs)) {
    if (!v.differs) continue;
    const { base, mine, theirs } = lists(v);
    const fact = facts?.find((f) => f.name.toLowerCase() === attr.toLowerCase());
    const single = fact ? fact.singleValued : Math.max(base?.length ?? 0, mine.length, theirs.length) <= 1;
    const choices: AttributeChoice[] = ['mine', 'theirs'];
    if (v.mode !== 'delta' && choiceAllowed(v, 'merge', single)) choices.push('merge');
    const binary = change.edits.find((e) => e.attr === attr)?.binary === true;
    rows.push({
      attr,
      binary,
      delta: v.mode === 'delta',
      base: base === null ? null : marked(null, base),
      mine: marked(base, mine),
      theirs: marked(base, theirs),
      choices,
    });
  }
  return rows;
}

/** What the attribute will hold with this choice (the shared rule), marked against what is there now. */
export function previewRow(change: ChangeView, row: ConflictRow, choice: AttributeChoice): RowPreview {
  const v = change.outcome?.kind === 'conflict' ? change.outcome.attrs[row.attr] : undefined;
  if (v === undefined) return { values: [], contradictions: [] };
  const result = resolvedValues(v, choice, { binary: row.binary });
  const now = v.mode === 'delta' ? v.present : v.theirs;
  return { values: marked(now, result.values), contradictions: result.contradictions };
}

/** The other attributes of the change: the server left them as I saw them, so mine are written. */
export function unchangedAttrs(change: ChangeView): string[] {
  if (change.outcome?.kind !== 'conflict') return [];
  return Object.entries(change.outcome.attrs)
    .filter(([, v]) => !v.differs)
    .map(([attr]) => attr);
}
