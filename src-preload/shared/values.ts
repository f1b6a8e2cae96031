import type { DeltaEditView, EditView, SetEditView } from '../contract/index.ts';

/**
 * Value arithmetic for edits. Comparison is exact (case-sensitive): the journal must see
 * "smtp:a@x" → "SMTP:a@x" as a change even though AD would call the two values equal.
 */

/** Values of `from` that are not in `other`, in `from`'s order. */
export function valuesNotIn(from: readonly string[], other: readonly string[]): string[] {
  const exclude = new Set(other);
  return from.filter((value) => !exclude.has(value));
}

/** Values of `from` that are also in `other`, in `from`'s order. */
export function valuesIn(from: readonly string[], other: readonly string[]): string[] {
  const keep = new Set(other);
  return from.filter((value) => keep.has(value));
}

/** Same values, ignoring order (multi-valued attributes have none). */
export function sameValues(a: readonly string[] = [], b: readonly string[] = []): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((value, i) => value === sortedB[i]);
}

export function isDelta(edit: EditView): edit is DeltaEditView {
  return edit.mode === 'delta';
}

export function isSet(edit: EditView): edit is SetEditView {
  return edit.mode !== 'delta';
}

/**
 * What an edit removes and adds. A delta says so itself; a full set is compared with its base.
 * Null for a set without base: "replace everything".
 */
export function editDelta(edit: EditView): { removed: string[]; added: string[] } | null {
  if (isDelta(edit)) return { removed: [...edit.remove], added: [...edit.add] };
  if (edit.base === null) return null;
  return { removed: valuesNotIn(edit.base, edit.desired), added: valuesNotIn(edit.desired, edit.base) };
}

/** True when an edit would write nothing. */
export function isNoOp(edit: EditView): boolean {
  if (isDelta(edit)) return edit.remove.length === 0 && edit.add.length === 0;
  return edit.base !== null && sameValues(edit.base, edit.desired);
}

/** Every value an edit names (the ones it checks and the ones it writes). */
export function valuesNamed(edit: EditView): string[] {
  return isDelta(edit) ? [...edit.remove, ...edit.add] : [...(edit.base ?? []), ...edit.desired];
}

/**
 * The edit that an attribute's current values still need to reach what the admin wanted: a delta
 * stays a delta (only what is still to remove and to add), a full set is compared against them.
 */
export function rebase(edit: EditView, current: readonly string[]): EditView {
  if (isDelta(edit)) {
    return { ...edit, remove: valuesIn(edit.remove, current), add: valuesNotIn(edit.add, current) };
  }
  return { ...edit, base: [...current] };
}

/** Whether the directory's current values already are what the edit wants. */
export function alreadyInPlace(edit: EditView, current: readonly string[]): boolean {
  if (isDelta(edit))
    return valuesIn(edit.remove, current).length === 0 && valuesNotIn(edit.add, current).length === 0;
  return sameValues(current, edit.desired);
}

/** A DN-form domain such as DC=corp,DC=contoso,DC=com, compared as AD does: without case. */
export function sameDomain(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
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
