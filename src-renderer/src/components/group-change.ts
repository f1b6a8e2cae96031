import type { ChangeInput, ObjectDetails } from '../../../src-preload/contract/index.ts';
import { hasDn } from './dn-values.ts';

// Membership lives on the group (member); memberOf is only its back link. So "add this user to a
// group" is a change on the GROUP, sent as a delta (add x, or remove x). Nothing else of the group's
// member list is sent, so other members edited meanwhile cannot conflict, a 10,000-member group
// costs no more than a small one, and no resolution can mistake x for the whole list.

export function membershipChange(
  group: Pick<ObjectDetails, 'row' | 'objectClass'>,
  memberDns: readonly string[],
  action: 'add' | 'remove',
): ChangeInput {
  return {
    dn: group.row.dn,
    objectGuid: group.row.guid,
    objectClass: [...group.objectClass],
    edits: [
      action === 'add'
        ? { attr: 'member', mode: 'delta', remove: [], add: [...memberDns] }
        : { attr: 'member', mode: 'delta', remove: [...memberDns], add: [] },
    ],
  };
}

/** The DNs not yet in the group: adding an existing member would fail with attributeOrValueExists. */
export function notYetMembers(group: Pick<ObjectDetails, 'attributes'>, dns: readonly string[]): string[] {
  const member = Object.entries(group.attributes).find(([k]) => k.toLowerCase() === 'member')?.[1] ?? [];
  const seen: string[] = [];
  for (const dn of dns) if (!hasDn(member, dn) && !hasDn(seen, dn)) seen.push(dn);
  return seen;
}
