import type { Edit } from './change.ts';

/**
 * Value arithmetic for edits. Comparison is exact (case-sensitive): the journal must see
 * "smtp:a@x" → "SMTP:a@x" as a change even though AD would call the two values equal.
 */

/** Values of `from` that are not in `other`, in `from`'s order. */
export function valuesNotIn(from: readonly string[], other: readonly string[]): string[] {
  const exclude = new Set(other);
  return from.filter((value) => !exclude.has(value));
}

/** Same values, ignoring order (multi-valued attributes have none). */
export function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((value, i) => value === sortedB[i]);
}

/** What an edit removes and adds relative to its base; null base means "replace everything". */
export function editDelta(edit: Edit): { removed: string[]; added: string[] } | null {
  if (edit.base === null) return null;
  return { removed: valuesNotIn(edit.base, edit.desired), added: valuesNotIn(edit.desired, edit.base) };
}

/** Looks an attribute up in a server answer whose keys may differ in case ("proxyaddresses"). */
export function valuesOf(read: Record<string, string[]>, attr: string): string[] {
  const exact = read[attr];
  if (exact !== undefined) return exact;
  const wanted = attr.toLowerCase();
  for (const [name, values] of Object.entries(read)) {
    if (name.toLowerCase() === wanted) return values;
  }
  return [];
}
