import type { SetEditView } from '../../contract/index.ts';
import { sameValues } from '../values.ts';

/**
 * The one code path from an object's current values to what a kind says it must hold: create is
 * the diff from nothing, convert and disable the diff from what the object holds now. An empty
 * target list means "must be absent", so an attribute the new kind must not have is removed. Each
 * edit is a full set with its base, i.e. a compare-and-swap: if someone changed the attribute
 * meanwhile, the journal reports a conflict instead of overwriting it.
 */
export function stampEdits(
  current: Readonly<Record<string, readonly string[]>>,
  target: Readonly<Record<string, readonly string[]>>,
): SetEditView[] {
  const byName = new Map(Object.entries(current).map(([name, values]) => [name.toLowerCase(), values]));
  const edits: SetEditView[] = [];
  for (const [attr, desired] of Object.entries(target)) {
    const base = [...(byName.get(attr.toLowerCase()) ?? [])];
    // Exact comparison: smtp: → SMTP: is a change AD must be told about.
    if (sameValues(base, desired)) continue;
    edits.push({ attr, base, desired: [...desired] });
  }
  return edits;
}

/** The attributes an add writes: the diff from nothing, as attribute → values. */
export function addedAttributes(
  target: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  return Object.fromEntries(stampEdits({}, target).map((edit) => [edit.attr, edit.desired]));
}
