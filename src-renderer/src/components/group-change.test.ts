import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../../src-preload/contract/index.ts';
import { membershipChange, notYetMembers } from './group-change.ts';

const row = { dn: 'CN=Sales,OU=Groups,DC=corp', guid: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' } as ListRow;
const group = { row, objectClass: ['top', 'group'], attributes: { member: ['CN=Anna,DC=corp'] } };

describe('group membership changes', () => {
  it('adds as a delta on the group: empty base, the new members desired', () => {
    expect(membershipChange(group, ['CN=Bob,DC=corp'], 'add')).toEqual({
      dn: row.dn,
      objectGuid: row.guid,
      objectClass: ['top', 'group'],
      edits: [{ attr: 'member', base: [], desired: ['CN=Bob,DC=corp'] }],
    });
  });
  it('removes as a delta: the member as base, nothing desired', () => {
    const change = membershipChange(group, ['CN=Anna,DC=corp'], 'remove');
    expect(change.edits).toEqual([{ attr: 'member', base: ['CN=Anna,DC=corp'], desired: [] }]);
  });
  it('leaves out objects that are already members, and duplicates', () => {
    expect(notYetMembers(group, ['cn=anna,dc=corp', 'CN=Bob,DC=corp', 'CN=BOB,DC=corp'])).toEqual([
      'CN=Bob,DC=corp',
    ]);
  });
});
