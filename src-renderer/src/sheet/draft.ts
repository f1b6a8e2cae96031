import type { EditInput } from '../../../src-preload/contract/index.ts';
import { sameValues, valuesNotIn, valuesOf } from '../../../src-preload/shared/values.ts';

export type Values = Record<string, string[]>;

const DELTA_THRESHOLD = 100;

/** One edit per attribute the admin changed, carrying the values read as its compare-and-swap base. */
export function diffEdits(base: Values, draft: Values, binary: readonly string[] = []): EditInput[] {
  const edits: EditInput[] = [];
  for (const attr of Object.keys(draft)) {
    const before = base[attr] ?? [];
    const after = (draft[attr] ?? []).filter((v) => v !== '');
    if (sameValues(before, after)) continue;
    // A group with thousands of members: send only what changed, marked as a delta so the journal
    // never mistakes the few values for the whole list. The server still refuses a stale removal,
    // and unrelated members added by someone else meanwhile are kept.
    const edit: EditInput =
      before.length > DELTA_THRESHOLD
        ? {
            attr,
            mode: 'delta',
            remove: valuesNotIn(before, after),
            add: valuesNotIn(after, before),
          }
        : { attr, base: before, desired: after };
    if (binary.includes(attr)) edit.binary = true;
    edits.push(edit);
  }
  return edits;
}

/**
 * The draft left once the object holds `fresh`: attributes whose wanted values are now there are
 * dropped (the Apply landed, or someone made the same edit); everything else the admin typed stays.
 */
export function withoutSettled(draft: Values, fresh: Values): Values {
  let changed = false;
  const kept: Values = {};
  for (const [attr, values] of Object.entries(draft)) {
    const wanted = values.filter((v) => v !== '');
    if (sameValues(valuesOf(fresh, attr), wanted)) changed = true;
    else kept[attr] = values;
  }
  return changed ? kept : draft;
}

/** First value, or "" — for single-valued text fields. */
export function single(values: Values, attr: string): string {
  return values[attr]?.[0] ?? '';
}
