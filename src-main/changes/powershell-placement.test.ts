import { describe, expect, it } from 'vitest';
import { toPowerShell } from './powershell.ts';

const OU = "OU=O'Brien Team,DC=contoso,DC=com";
const GUID = '2f5c9d7e-1c1a-4d6b-9c53-0d2f0e6f8a11';

describe('toPowerShell for creations, renames and moves', () => {
  it('creates a user with New-ADUser: name unescaped, quotes doubled, other attributes as a hashtable', () => {
    const command = toPowerShell({
      operation: 'create',
      dn: `CN=O'Neil\\, Pat,${OU}`,
      objectGuid: GUID,
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      edits: [
        { attr: 'sAMAccountName', base: [], desired: ['poneil'] },
        { attr: 'proxyAddresses', base: [], desired: ['SMTP:pat@contoso.com', 'smtp:p@contoso.com'] },
        { attr: 'msExchRemoteRecipientType', base: [], desired: ['1'] },
      ],
    });
    expect(command).toBe(
      "New-ADUser -Name 'O''Neil, Pat' -Path 'OU=O''Brien Team,DC=contoso,DC=com' -SamAccountName 'poneil' -OtherAttributes @{proxyAddresses='SMTP:pat@contoso.com','smtp:p@contoso.com'; msExchRemoteRecipientType='1'}",
    );
  });

  it('creates a group with New-ADGroup, its scope and category taken from groupType', () => {
    const group = (groupType: string) =>
      toPowerShell({
        operation: 'create',
        dn: `CN=Sales,${OU}`,
        objectGuid: GUID,
        objectClass: ['top', 'group'],
        edits: [{ attr: 'groupType', base: [], desired: [groupType] }],
      });
    expect(group('-2147483646')).toBe(
      "New-ADGroup -Name 'Sales' -Path 'OU=O''Brien Team,DC=contoso,DC=com' -GroupScope Global -GroupCategory Security",
    );
    expect(group('8')).toMatch(/-GroupScope Universal -GroupCategory Distribution$/);
    expect(group('-2147483644')).toMatch(/-GroupScope DomainLocal -GroupCategory Security$/);
  });

  it('creates a contact with New-ADObject -Type', () => {
    expect(
      toPowerShell({
        operation: 'create',
        dn: `CN=Ext $Pat,${OU}`,
        objectGuid: GUID,
        objectClass: ['top', 'person', 'organizationalPerson', 'contact'],
        edits: [{ attr: 'targetAddress', base: [], desired: ['SMTP:pat@fabrikam.com'] }],
      }),
    ).toBe(
      "New-ADObject -Name 'Ext $Pat' -Path 'OU=O''Brien Team,DC=contoso,DC=com' -Type 'contact' -OtherAttributes @{targetAddress='SMTP:pat@fabrikam.com'}",
    );
  });

  it('renames with Rename-ADObject (the new name unescaped) and moves with Move-ADObject', () => {
    const base = { dn: `CN=Pat,${OU}`, objectGuid: GUID, objectClass: [], edits: [] };
    expect(toPowerShell({ ...base, operation: 'rename', target: { newRdn: 'CN=Lee\\, Pat’s' } })).toBe(
      "Rename-ADObject -Identity 'CN=Pat,OU=O''Brien Team,DC=contoso,DC=com' -NewName 'Lee, Pat’’s'",
    );
    expect(
      toPowerShell(
        { ...base, operation: 'move', target: { newParentDn: 'OU=Leavers,DC=contoso,DC=com' } },
        { identity: 'guid' },
      ),
    ).toBe(`Move-ADObject -Identity '${GUID}' -TargetPath 'OU=Leavers,DC=contoso,DC=com'`);
  });
});
