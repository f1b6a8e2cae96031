import type { ChangeInput, EditInput, ObjectDetails } from '../../../src-preload/contract/index.ts';
import { membershipChange, notYetMembers } from '../components/group-change.ts';
import {
  CUSTOM_ATTRIBUTE_COUNT,
  CUSTOM_FIELDS,
  HIDE_FROM_ADDRESS_LISTS,
  MAPI_RICH_TEXT,
} from '../sheet/tab-fields.ts';
import type { MapiRichTextFormat } from '../../../src-preload/shared/recipients/mapi-recipient.ts';
import { sameValues, valuesOf } from '../../../src-preload/shared/values.ts';

// Turns the bulk form into journal changes: one per object, each edit carrying the values just read
// as its compare-and-swap base, so an object someone else edited meanwhile conflicts instead of
// being overwritten.

export type TextAction = 'keep' | 'set' | 'clear';
export interface TextEdit {
  action: TextAction;
  value: string;
}

export interface BulkForm {
  /** extensionAttribute1…15, index 0 is extensionAttribute1. */
  custom: TextEdit[];
  /** msExchHideFromAddressLists: hide (TRUE), show (FALSE where it was TRUE) or leave. */
  hide: 'keep' | 'hide' | 'show';
  /** mAPIRecipient (Exchange's UseMapiRichTextFormat), or leave as is. */
  mapi: 'keep' | MapiRichTextFormat;
  groupDn: string | null;
}

/** The form edits the same fields as the sheet's tabs: their specs name the attributes. */
export const CUSTOM_COUNT = CUSTOM_ATTRIBUTE_COUNT;
const CUSTOM_ATTRS = CUSTOM_FIELDS.slice(0, CUSTOM_COUNT).map((f) => f.attr);

export function emptyForm(): BulkForm {
  return {
    custom: Array.from({ length: CUSTOM_COUNT }, () => ({ action: 'keep', value: '' })),
    hide: 'keep',
    mapi: 'keep',
    groupDn: null,
  };
}

/** Form problems the admin must fix before Apply; empty when the form can be applied. */
export function formProblems(form: BulkForm): string[] {
  const problems = form.custom.flatMap((edit, i) =>
    edit.action === 'set' && edit.value.trim() === ''
      ? [`Custom attribute ${i + 1}: type a value, or choose "Clear" to remove it.`]
      : [],
  );
  const anything =
    form.custom.some((e) => e.action !== 'keep') ||
    form.hide !== 'keep' ||
    form.mapi !== 'keep' ||
    form.groupDn !== null;
  if (!anything) problems.push('Choose at least one thing to change.');
  return problems;
}

export interface Skipped {
  dn: string;
  reason: string;
}

export interface BulkPlan {
  changes: ChangeInput[];
  skipped: Skipped[];
  /** Objects that already hold every value asked for. */
  unchanged: number;
}

/** What the form asks of one attribute, given its values now; null leaves it alone. */
function desiredValues(form: BulkForm, attr: string, now: string[]): string[] | null {
  const index = CUSTOM_ATTRS.indexOf(attr);
  if (index >= 0) {
    const edit = form.custom[index];
    if (!edit || edit.action === 'keep') return null;
    return edit.action === 'clear' ? [] : [edit.value.trim()];
  }
  if (attr === HIDE_FROM_ADDRESS_LISTS.attr) {
    if (form.hide === 'hide') return ['TRUE'];
    // Absent already means shown: only a TRUE needs turning off.
    if (form.hide === 'show') return now.some((v) => v.toUpperCase() === 'TRUE') ? ['FALSE'] : now;
    return null;
  }
  if (attr === MAPI_RICH_TEXT.attr) {
    return form.mapi === 'keep' ? null : (MAPI_RICH_TEXT.write?.(form.mapi, now) ?? null);
  }
  return null;
}

const ATTRS = [...CUSTOM_ATTRS, HIDE_FROM_ADDRESS_LISTS.attr, MAPI_RICH_TEXT.attr];

function objectEdits(form: BulkForm, details: ObjectDetails, skipped: Skipped[]): EditInput[] {
  const writable = new Set(details.writable.map((a) => a.toLowerCase()));
  const edits: EditInput[] = [];
  const refused: string[] = [];
  for (const attr of ATTRS) {
    const now = valuesOf(details.attributes, attr);
    const desired = desiredValues(form, attr, now);
    if (desired === null || sameValues(now, desired)) continue;
    if (!writable.has(attr.toLowerCase())) refused.push(attr);
    else edits.push({ attr, base: now, desired });
  }
  if (refused.length > 0) {
    skipped.push({
      dn: details.row.dn,
      reason: `Not changed: ${refused.join(', ')}. You may not write ${refused.length > 1 ? 'these attributes' : 'this attribute'} on ${details.row.name}, or it is not a mail recipient that can hold ${refused.length > 1 ? 'them' : 'it'}.`,
    });
  }
  return edits;
}

export function planBulk(
  form: BulkForm,
  objects: readonly ObjectDetails[],
  group: ObjectDetails | null,
): BulkPlan {
  const skipped: Skipped[] = [];
  const byDn = new Map<string, ChangeInput>();
  for (const details of objects) {
    const edits = objectEdits(form, details, skipped);
    if (edits.length > 0)
      byDn.set(details.row.dn.toLowerCase(), {
        dn: details.row.dn,
        objectGuid: details.row.guid,
        objectClass: [...details.objectClass],
        edits,
      });
  }
  if (group) {
    // A group is never made a member of itself, even when it is among the selected objects.
    const candidates = objects
      .map((o) => o.row.dn)
      .filter((dn) => dn.toLowerCase() !== group.row.dn.toLowerCase());
    const toAdd = notYetMembers(group, candidates);
    if (toAdd.length > 0 && !group.writable.some((a) => a.toLowerCase() === 'member')) {
      skipped.push({ dn: group.row.dn, reason: `You may not change the members of ${group.row.name}.` });
    } else if (toAdd.length > 0) {
      const change = membershipChange(group, toAdd, 'add');
      const own = byDn.get(group.row.dn.toLowerCase());
      // One change per object: when the group is itself selected, its member edit joins that change.
      if (own) own.edits.push(...change.edits);
      else byDn.set(group.row.dn.toLowerCase(), change);
    }
  }
  const touched = (dn: string) =>
    byDn.has(dn.toLowerCase()) || skipped.some((s) => s.dn.toLowerCase() === dn.toLowerCase());
  const unchanged = objects.filter((o) => !touched(o.row.dn)).length;
  return { changes: [...byDn.values()], skipped, unchanged };
}
