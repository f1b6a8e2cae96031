import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors.ts';
import { validateGeneralEdit } from './general-edit-validation.ts';
import { classifyRecipient } from './recipient-kind.ts';
import { remoteRecipientType, stampFor, STAMPABLE_KINDS } from './recipient-stamp.ts';
import { KINDS } from './recipient-types.ts';

const OBJECT_CLASSES = {
  user: ['top', 'person', 'organizationalPerson', 'user'],
  contact: ['top', 'person', 'organizationalPerson', 'contact'],
  group: ['top', 'group'],
};
const input = {
  alias: 'ann.doe',
  primary: 'ann.doe@contoso.com',
  tenant: 'contoso',
  externalAddress: 'ann@fabrikam.com',
};

describe('stampFor', () => {
  it('stamps a remote user mailbox as New-RemoteMailbox does', () => {
    const stamp = stampFor('remoteUserMailbox', { ...input, secondaries: ['ann@contoso.eu'] });
    expect(stamp.objectClass).toBe('user');
    expect(stamp.attributes).toEqual({
      mail: ['ann.doe@contoso.com'],
      mailNickname: ['ann.doe'],
      proxyAddresses: [
        'SMTP:ann.doe@contoso.com',
        'smtp:ann@contoso.eu',
        'smtp:ann.doe@contoso.mail.onmicrosoft.com',
      ],
      targetAddress: ['SMTP:ann.doe@contoso.mail.onmicrosoft.com'],
      msExchRecipientTypeDetails: ['2147483648'],
      msExchRecipientDisplayType: ['-2147483642'],
      msExchRemoteRecipientType: ['1'],
      msExchVersion: ['88218628259840'],
    });
  });

  it('writes the 2^35 type details of a remote shared mailbox without losing precision', () => {
    const stamp = stampFor('remoteSharedMailbox', { ...input, remoteState: 'migrated' });
    expect(stamp.attributes.msExchRecipientTypeDetails).toEqual(['34359738368']);
    expect(stamp.attributes.msExchRemoteRecipientType).toEqual(['100']);
  });

  it('computes the documented remote recipient types', () => {
    expect(remoteRecipientType(0, {})).toBe(1);
    expect(remoteRecipientType(0, { archive: true })).toBe(3);
    expect(remoteRecipientType(0, { remoteState: 'migrated' })).toBe(4);
    expect(remoteRecipientType(0, { remoteState: 'migrated', archive: true })).toBe(6);
    expect(remoteRecipientType(32, {})).toBe(33);
    expect(remoteRecipientType(32, { remoteState: 'migrated' })).toBe(36);
    expect(remoteRecipientType(64, {})).toBe(65);
    expect(remoteRecipientType(64, { remoteState: 'migrated' })).toBe(68);
  });

  it('stamps mail users and contacts with the external address as target', () => {
    const mailUser = stampFor('mailUser', input).attributes;
    expect(mailUser.targetAddress).toEqual(['SMTP:ann@fabrikam.com']);
    expect(mailUser.proxyAddresses).toEqual(['SMTP:ann.doe@contoso.com', 'smtp:ann@fabrikam.com']);
    expect(mailUser.msExchRemoteRecipientType).toEqual([]);
    const contact = stampFor('mailContact', { alias: 'ann', externalAddress: 'Ann@Fabrikam.com' });
    expect(contact.objectClass).toBe('contact');
    expect(contact.attributes.mail).toEqual(['Ann@Fabrikam.com']);
    expect(contact.attributes.proxyAddresses).toEqual(['SMTP:Ann@Fabrikam.com']);
    expect(contact.attributes.msExchRecipientTypeDetails).toEqual(['64']);
  });

  it('sets universal group types', () => {
    expect(stampFor('distributionGroup', input).attributes.groupType).toEqual(['8']);
    expect(stampFor('mailSecurityGroup', input).attributes.groupType).toEqual(['-2147483640']);
    expect(stampFor('securityGroup').attributes.groupType).toEqual(['-2147483640']);
  });

  it('clears every Exchange attribute for non-recipient kinds', () => {
    const stamp = stampFor('user');
    expect(Object.values(stamp.attributes).every((v) => v.length === 0)).toBe(true);
    expect(Object.keys(stamp.attributes)).toContain('msExchRemoteRecipientType');
  });

  it('keeps existing addresses (X500 included) and moves the primary when converting', () => {
    const stamp = stampFor('remoteUserMailbox', {
      ...input,
      existingProxyAddresses: ['SMTP:old@contoso.com', 'X500:/o=Contoso/cn=ann', 'smtp:ANN.DOE@contoso.com'],
    });
    expect(stamp.attributes.proxyAddresses).toEqual([
      'smtp:old@contoso.com',
      'X500:/o=Contoso/cn=ann',
      'SMTP:ann.doe@contoso.com',
      'smtp:ann.doe@contoso.mail.onmicrosoft.com',
    ]);
  });

  it('refuses missing or invalid input with specific messages', () => {
    expect(() => stampFor('remoteUserMailbox', { ...input, tenant: undefined })).toThrow(/tenant/);
    expect(() => stampFor('mailUser', { ...input, externalAddress: undefined })).toThrow(/external/);
    expect(() => stampFor('distributionGroup', { ...input, alias: 'a&b' })).toThrow(/Entra Connect/);
    expect(() => stampFor('distributionGroup', { ...input, primary: 'not an address' })).toThrow(AppError);
    expect(() => stampFor('distributionGroup', { ...input, secondaries: ['x@y'] })).toThrow(/no dot/);
  });

  it('round-trips: every stamp classifies back to its kind with no anomalies and passes the General checks', () => {
    for (const kind of STAMPABLE_KINDS) {
      const stamp = stampFor(kind, input);
      const attrs = stamp.attributes;
      const classified = classifyRecipient({ objectClass: OBJECT_CLASSES[stamp.objectClass], ...attrs });
      expect(classified.kind, kind).toBe(kind);
      expect(classified.anomalies, kind).toEqual([]);
      expect(classified.displayName).toBe(KINDS[kind].displayName);
      const general = validateGeneralEdit({
        mail: attrs.mail?.[0],
        mailNickname: attrs.mailNickname?.[0],
        displayName: 'Ann Doe',
        proxyAddresses: attrs.proxyAddresses ?? [],
      });
      expect(general.issues, kind).toEqual([]);
    }
  });
});
