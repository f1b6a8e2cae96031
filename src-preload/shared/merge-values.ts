import type { AttributeChoiceView, ConflictValues } from '../contract/index.ts';

/**
 * The three-way merge of a conflict, per attribute. One copy of the rule: main applies it when the
 * admin resolves a conflict, the renderer runs it to preview the result before Apply.
 *
 * Identity is as AD compares values: a string value is the same value whatever its case
 * ("smtp:a@x" and "SMTP:a@x" cannot both be held), bytes (base64) only when identical. A change of
 * case is still a change (values.ts compares exactly: smtp: → SMTP: makes an address primary), so
 * a value one side re-cased and the other removed is a contradiction, not a silent choice.
 */

/** How an attribute of a conflict is resolved: my values, the server's, or (multi-valued) both sides' edits. */
export type AttributeChoice = AttributeChoiceView;

/** Where base→mine and base→theirs disagree about one value. */
export interface MergeContradiction {
  /** The value as the base held it (or as one side added it). */
  value: string;
  mine: string | null;
  theirs: string | null;
  /** Which value the merge keeps (never a silent drop: the changed value wins over a removal). */
  kept: string | null;
  message: string;
}

export interface MergeResult {
  values: string[];
  contradictions: MergeContradiction[];
}

export interface MergeOptions {
  /** Binary attributes (base64): values are equal only byte for byte. */
  binary?: boolean;
}

function keyOf(value: string, options: MergeOptions): string {
  return options.binary === true ? value : value.toLowerCase();
}

function byKey(values: readonly string[], options: MergeOptions): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values) if (!map.has(keyOf(value, options))) map.set(keyOf(value, options), value);
  return map;
}

function describe(value: string, mine: string | null, theirs: string | null): string {
  if (mine === null) return `You removed "${value}" but the directory now holds it as "${theirs}".`;
  if (theirs === null) return `You changed "${value}" to "${mine}" but it was removed in the directory.`;
  return `You wrote "${mine}" and the directory now holds "${theirs}" for the same value.`;
}

/**
 * Keeps both sides' additions and removals (base→mine and base→theirs) of a multi-valued attribute.
 * Where one side removed what the other changed (or both changed one value differently), the
 * changed value is kept (mine before theirs) and the contradiction is reported, so nothing is
 * dropped without the admin seeing it. Order: the base's, then my additions, then theirs.
 */
export function mergeMultiValued(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
  options: MergeOptions = {},
): MergeResult {
  const [b, m, t] = [byKey(base, options), byKey(mine, options), byKey(theirs, options)];
  const keys = [...new Set([...b.keys(), ...m.keys(), ...t.keys()])];
  const values: string[] = [];
  const contradictions: MergeContradiction[] = [];
  for (const key of keys) {
    const was = b.get(key) ?? null;
    const mv = m.get(key) ?? null;
    const tv = t.get(key) ?? null;
    const mineChanged = mv !== was;
    const theirsChanged = tv !== was;
    let kept: string | null;
    if (!mineChanged) kept = tv;
    else if (!theirsChanged || mv === tv) kept = mv;
    else {
      // Both sides did something different with this value: keep whichever still holds it.
      kept = mv ?? tv;
      contradictions.push({
        value: was ?? mv ?? tv ?? key,
        mine: mv,
        theirs: tv,
        kept,
        message: describe(was ?? mv ?? key, mv, tv),
      });
    }
    if (kept !== null) values.push(kept);
  }
  return { values, contradictions };
}

/** Values of `side` that the base does not hold, and base values `side` lacks: exact, as the journal compares. */
export function sideChanges(
  base: readonly string[],
  side: readonly string[],
): { added: string[]; removed: string[] } {
  const inBase = new Set(base);
  const inSide = new Set(side);
  return { added: side.filter((v) => !inBase.has(v)), removed: base.filter((v) => !inSide.has(v)) };
}

/** Whether a choice is possible for this attribute: merge needs a multi-valued full set with a base. */
export function choiceAllowed(
  values: ConflictValues,
  choice: AttributeChoice,
  singleValued: boolean,
): boolean {
  if (choice !== 'merge') return true;
  if (values.mode === 'delta') return true; // a delta already touches only its own values
  return !singleValued && values.base !== null;
}

/**
 * The values an attribute will hold after the choice (a full set); for a delta, the values it
 * names that will be there. The renderer previews this; main writes it as a compare-and-swap
 * against theirs.
 */
export function resolvedValues(
  values: ConflictValues,
  choice: AttributeChoice,
  options: MergeOptions = {},
): MergeResult {
  if (values.mode === 'delta') {
    if (choice === 'theirs') return { values: [...values.present], contradictions: [] };
    // Mine, and its merge: what I remove goes, what I add comes, every other value stays as it is.
    const removed = new Set(values.remove);
    return {
      values: [
        ...values.present.filter((v) => !removed.has(v)),
        ...values.add.filter((v) => !values.present.includes(v)),
      ],
      contradictions: [],
    };
  }
  if (choice === 'mine') return { values: [...values.mine], contradictions: [] };
  if (choice === 'theirs') return { values: [...values.theirs], contradictions: [] };
  return mergeMultiValued(values.base ?? [], values.mine, values.theirs, options);
}
