import { describe, expect, it } from 'vitest';
import { classifyRecipient } from './recipient-kind.ts';
import { NEW_OBJECT_KINDS, type RecipientFields } from './recipient-fields.ts';
import { planRecipient } from './recipient-plan.ts';
import { stampFor } from './recipient-stamp.ts';

const OU = 'OU=Staff,DC=contoso,DC=com';
const person: RecipientFields = {
  givenName: 'Siobhán',
  initials: 'M',
  sn: 'Walsh, Jr',
  name: 'Siobhán M. Walsh, Jr',
  upnPrefix: 'siobhan.walsh',
  upnSuffix: 'contoso.com',
  samAccountName: 'swalsh',
  alias: 'siobhan.walsh',
  primaryAddress: 'siobhan.walsh@contoso.com',
  extraAddresses: ['s.walsh@contoso.com', 'siobhan@contoso.eu'],
  tenant: 'contoso',
  externalAddress: 'siobhan@fabrikam.com',
};
const context = { knownUpnSuffixes: ['contoso.com'] };

function classify(attrs: Record<string, string[]>, objectClass: string[]) {
  return classifyRecipient({ ...attrs, objectClass }).kind;
}

describe('planRecipient', () => {
  it('a user with a cloud mailbox: names, logon names, disabled account and exactly the remote mailbox stamp', () => {
    const plan = planRecipient('remoteUserMailbox', OU, person, context);
    expect(plan.issues).toEqual([]);
    expect(plan.dn).toBe('CN=Siobhán M. Walsh\\, Jr,OU=Staff,DC=contoso,DC=com');
    expect(plan.objectClass).toEqual(['top', 'person', 'organizationalPerson', 'user']);
    const stamp = stampFor('remoteUserMailbox', {
      alias: 'siobhan.walsh',
      primary: 'siobhan.walsh@contoso.com',
      secondaries: ['s.walsh@contoso.com', 'siobhan@contoso.eu'],
      tenant: 'contoso',
    });
    expect(plan.attributes).toEqual({
      givenName: ['Siobhán'],
      initials: ['M'],
      sn: ['Walsh, Jr'],
      displayName: ['Siobhán M. Walsh, Jr'],
      userPrincipalName: ['siobhan.walsh@contoso.com'],
      sAMAccountName: ['swalsh'],
      userAccountControl: ['514'],
      ...stamp.attributes,
    });
    expect(plan.unique).toEqual({
      dn: plan.dn,
      userPrincipalName: 'siobhan.walsh@contoso.com',
      samAccountName: 'swalsh',
      alias: 'siobhan.walsh',
      addresses: [
        'siobhan.walsh@contoso.com',
        's.walsh@contoso.com',
        'siobhan@contoso.eu',
        'siobhan.walsh@contoso.mail.onmicrosoft.com',
      ],
    });
    expect(classify(plan.attributes, plan.objectClass)).toBe('remoteUserMailbox');
  });

  it('every kind the wizard offers plans to an entry that classifies as that kind', () => {
    for (const { kind } of NEW_OBJECT_KINDS) {
      const plan = planRecipient(kind, OU, person, context);
      expect(
        plan.issues.filter((i) => i.severity === 'error'),
        kind,
      ).toEqual([]);
      expect(classify(plan.attributes, plan.objectClass), kind).toBe(kind);
    }
  });

  it('a user without mailbox gets no Exchange attribute at all', () => {
    const plan = planRecipient('user', OU, person, context);
    for (const attr of [
      'mail',
      'mailNickname',
      'proxyAddresses',
      'targetAddress',
      'msExchRecipientTypeDetails',
    ])
      expect(plan.attributes[attr], attr).toBeUndefined();
    expect(plan.unique).toEqual({
      dn: plan.dn,
      userPrincipalName: 'siobhan.walsh@contoso.com',
      samAccountName: 'swalsh',
      addresses: [],
    });
  });

  it('a room mailbox routes to the tenant with remote type 33', () => {
    const plan = planRecipient('remoteRoomMailbox', OU, { ...person, extraAddresses: [] }, context);
    expect(plan.attributes.msExchRemoteRecipientType).toEqual(['33']);
    expect(plan.attributes.msExchRecipientTypeDetails).toEqual(['8589934592']);
    expect(plan.attributes.targetAddress).toEqual(['SMTP:siobhan.walsh@contoso.mail.onmicrosoft.com']);
  });

  it('a mail user forwards to its external address and lists it', () => {
    const plan = planRecipient('mailUser', OU, { ...person, extraAddresses: [] }, context);
    expect(plan.attributes.targetAddress).toEqual(['SMTP:siobhan@fabrikam.com']);
    expect(plan.attributes.proxyAddresses).toEqual([
      'SMTP:siobhan.walsh@contoso.com',
      'smtp:siobhan@fabrikam.com',
    ]);
    expect(plan.attributes.msExchRemoteRecipientType).toBeUndefined();
  });

  it('a mail contact has no logon names and defaults its primary address to the external one', () => {
    const plan = planRecipient(
      'mailContact',
      OU,
      { name: 'Pat Lee (Fabrikam)', alias: 'pat.lee', externalAddress: 'pat@fabrikam.com' },
      context,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.objectClass).toEqual(['top', 'person', 'organizationalPerson', 'contact']);
    expect(plan.attributes.userPrincipalName).toBeUndefined();
    expect(plan.attributes.sAMAccountName).toBeUndefined();
    expect(plan.attributes.mail).toEqual(['pat@fabrikam.com']);
    expect(plan.attributes.proxyAddresses).toEqual(['SMTP:pat@fabrikam.com']);
    expect(plan.attributes.msExchRecipientTypeDetails).toEqual(['64']);
  });

  it('groups: scope and type in groupType, first members, universal required once mail-enabled', () => {
    const group = { name: 'Sales', samAccountName: 'Sales', members: ['CN=A,OU=Staff,DC=contoso,DC=com'] };
    expect(planRecipient('securityGroup', OU, { ...group, groupScope: 'global' }).attributes).toEqual({
      displayName: ['Sales'],
      sAMAccountName: ['Sales'],
      groupType: ['-2147483646'],
      member: ['CN=A,OU=Staff,DC=contoso,DC=com'],
    });
    const dl = planRecipient('distributionGroup', OU, {
      ...group,
      alias: 'sales',
      primaryAddress: 'sales@contoso.com',
    });
    expect(dl.attributes.groupType).toEqual(['8']);
    expect(dl.attributes.msExchRecipientTypeDetails).toEqual(['256']);
    const global = planRecipient('mailSecurityGroup', OU, {
      ...group,
      alias: 'sales',
      primaryAddress: 'sales@contoso.com',
      groupScope: 'global',
    });
    expect(global.issues.map((i) => i.code)).toEqual(['not-universal']);
    expect(global.attributes).toEqual({});
  });

  it('an onmicrosoft.com extra address is refused with why and what to do instead', () => {
    const plan = planRecipient(
      'remoteUserMailbox',
      OU,
      { ...person, extraAddresses: ['siobhan@contoso.onmicrosoft.com'] },
      context,
    );
    const found = plan.issues.find((i) => i.code === 'reserved-cloud-domain');
    expect(found?.severity).toBe('error');
    expect(found?.field).toBe('extraAddresses');
    expect(found?.message).toMatch(/Entra Connect discards/);
    expect(found?.message).toMatch(/out of sync scope/);
    expect(plan.attributes).toEqual({});
  });

  it('names each broken field: empty logon name, long sAMAccountName, bad alias, missing tenant', () => {
    const plan = planRecipient(
      'remoteSharedMailbox',
      OU,
      { ...person, upnPrefix: '', samAccountName: 'a-very-long-logon-name-1', alias: 'a&b', tenant: '' },
      context,
    );
    const codes = plan.issues.map((i) => `${i.field}:${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'userPrincipalName:empty',
        'sAMAccountName:too-long',
        'mailNickname:ampersand',
        'tenant:empty',
      ]),
    );
    expect(plan.attributes).toEqual({});
  });

  it('a UPN suffix outside the forest is a warning, not a block', () => {
    const plan = planRecipient('user', OU, { ...person, upnSuffix: 'fabrikam.com' }, context);
    expect(plan.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['warning:unknown-suffix']);
    expect(plan.attributes.userPrincipalName).toEqual(['siobhan.walsh@fabrikam.com']);
  });
});
