import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../../src-preload/contract/index.ts';
import { membershipChange, notYetMembers } from './group-change.ts';

const row = { dn: 'CN=Sales,OU=Groups,DC=corp', guid: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' } as ListRow;
const group = { row, objectClass: ['top', 'group'], attributes: { member: ['CN=Anna,DC=corp'] } };

describe('group membership changes', () => {
  it('adds as an explicit delta on the group: only the new members, nothing removed', () => {
    expect(membershipChange(group, ['CN=Bob,DC=corp'], 'add')).toEqual({
      dn: row.dn,
      objectGuid: row.guid,
      objectClass: ['top', 'group'],
      edits: [{ attr: 'member', mode: 'delta', remove: [], add: ['CN=Bob,DC=corp'] }],
    });
  });
  it('removes as an explicit delta: the member removed, nothing added', () => {
    const change = membershipChange(group, ['CN=Anna,DC=corp'], 'remove');
    expect(change.edits).toEqual([{ attr: 'member', mode: 'delta', remove: ['CN=Anna,DC=corp'], add: [] }]);
  });
  it('leaves out objects that are already members, and duplicates', () => {
    expect(notYetMembers(group, ['cn=anna,dc=corp', 'CN=Bob,DC=corp', 'CN=BOB,DC=corp'])).toEqual([
      'CN=Bob,DC=corp',
    ]);
  });
});
