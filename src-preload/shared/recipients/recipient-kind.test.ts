import { describe, expect, it } from 'vitest';
import { baseClassOf, classifyRecipient, type RecipientAttributes } from './recipient-kind.ts';

const USER = ['top', 'person', 'organizationalPerson', 'user'];
const GROUP = ['top', 'group'];
const CONTACT = ['top', 'person', 'organizationalPerson', 'contact'];
const codes = (a: RecipientAttributes) => classifyRecipient(a).anomalies.map((i) => i.code);

const remoteUser: RecipientAttributes = {
  objectClass: USER,
  msExchRecipientTypeDetails: ['2147483648'],
  msExchRecipientDisplayType: ['-2147483642'],
  msExchRemoteRecipientType: ['4'],
  mail: ['ann@contoso.com'],
  mailNickname: ['ann'],
  targetAddress: ['SMTP:ann@contoso.mail.onmicrosoft.com'],
};

describe('baseClassOf', () => {
  it('reads the structural class, computers before users', () => {
    expect(baseClassOf(USER)).toBe('user');
    expect(baseClassOf([...USER, 'computer'])).toBe('computer');
    expect(baseClassOf(['top', 'Group'])).toBe('group');
    expect(baseClassOf(CONTACT)).toBe('contact');
    expect(baseClassOf(['top', 'msExchDynamicDistributionList'])).toBe('dynamicGroup');
  });
});

describe('classifyRecipient from stamps', () => {
  it('recognises the remote kinds whose type details exceed 2^31 exactly', () => {
    expect(classifyRecipient(remoteUser)).toEqual({
      kind: 'remoteUserMailbox',
      displayName: 'Remote user mailbox',
      mailEnabled: true,
      basis: 'stamped',
      anomalies: [],
    });
    const shared = {
      ...remoteUser,
      msExchRecipientTypeDetails: ['34359738368'],
      msExchRemoteRecipientType: ['100'],
    };
    expect(classifyRecipient(shared)).toMatchObject({
      kind: 'remoteSharedMailbox',
      displayName: 'Remote shared mailbox',
      anomalies: [],
    });
    const room = {
      ...remoteUser,
      msExchRecipientTypeDetails: ['8589934592'],
      msExchRecipientDisplayType: ['-2147481850'],
      msExchRemoteRecipientType: ['33'],
    };
    expect(classifyRecipient(room)).toMatchObject({ kind: 'remoteRoomMailbox', anomalies: [] });
    // One bit off is a different (unknown) type, which Number-based int32 maths could confuse.
    expect(classifyRecipient({ ...remoteUser, msExchRecipientTypeDetails: ['34359738369'] }).kind).toBe(
      'unknown',
    );
  });

  it('accepts the ACL-able display type of remote user mailboxes', () => {
    expect(codes({ ...remoteUser, msExchRecipientDisplayType: ['-1073741818'] })).toEqual([]);
  });

  it('reports incomplete or contradictory remote stamps', () => {
    expect(codes({ ...remoteUser, msExchRecipientDisplayType: ['6'] })).toEqual(['display-type-mismatch']);
    expect(codes({ ...remoteUser, msExchRemoteRecipientType: undefined })).toEqual(['missing-remote-type']);
    expect(codes({ ...remoteUser, msExchRemoteRecipientType: ['33'] })).toEqual(['remote-type-mismatch']);
    expect(codes({ ...remoteUser, targetAddress: ['SMTP:ann@fabrikam.com'] })).toEqual([
      'not-remote-routing',
    ]);
    expect(codes({ ...remoteUser, targetAddress: [] })).toEqual(['missing-target-address']);
    expect(codes({ ...remoteUser, mailNickname: undefined })).toEqual(['missing-alias']);
  });

  it('names Exchange kinds as Exchange does', () => {
    const cases: [RecipientAttributes, string][] = [
      [
        {
          objectClass: USER,
          msExchRecipientTypeDetails: ['128'],
          msExchRecipientDisplayType: ['6'],
          mailNickname: ['a'],
          targetAddress: ['SMTP:a@domino.contoso.com'],
        },
        'Mail user',
      ],
      [
        {
          objectClass: CONTACT,
          msExchRecipientTypeDetails: ['64'],
          msExchRecipientDisplayType: ['6'],
          mailNickname: ['a'],
          targetAddress: ['SMTP:a@fabrikam.com'],
        },
        'Mail contact',
      ],
      [
        {
          objectClass: GROUP,
          groupType: ['8'],
          msExchRecipientTypeDetails: ['256'],
          msExchRecipientDisplayType: ['1'],
          mailNickname: ['g'],
        },
        'Distribution group',
      ],
      [
        {
          objectClass: GROUP,
          groupType: ['-2147483640'],
          msExchRecipientTypeDetails: ['1024'],
          msExchRecipientDisplayType: ['1073741833'],
          mailNickname: ['g'],
        },
        'Mail-enabled security group',
      ],
    ];
    for (const [attrs, name] of cases)
      expect(classifyRecipient(attrs)).toMatchObject({ displayName: name, anomalies: [] });
  });

  it('flags a type that does not fit the object class or group type', () => {
    expect(
      codes({
        objectClass: USER,
        msExchRecipientTypeDetails: ['64'],
        msExchRecipientDisplayType: ['6'],
        mailNickname: ['a'],
        targetAddress: ['SMTP:a@x.com'],
      }),
    ).toEqual(['class-mismatch']);
    expect(
      codes({
        objectClass: GROUP,
        groupType: ['-2147483646'],
        msExchRecipientTypeDetails: ['1024'],
        msExchRecipientDisplayType: ['1073741833'],
        mailNickname: ['g'],
      }),
    ).toEqual(['group-type-mismatch']);
    // groupType written unsigned by some tools still reads as universal security.
    expect(
      codes({
        objectClass: GROUP,
        groupType: ['2147483656'],
        msExchRecipientTypeDetails: ['1024'],
        msExchRecipientDisplayType: ['1073741833'],
        mailNickname: ['g'],
      }),
    ).toEqual([]);
  });

  it('warns about linked mailboxes and sync-excluded system types', () => {
    expect(
      codes({
        objectClass: USER,
        msExchRecipientTypeDetails: ['2'],
        msExchRecipientDisplayType: ['1073741824'],
        mailNickname: ['a'],
      }),
    ).toEqual(['linked-mailbox']);
    const system = classifyRecipient({
      objectClass: USER,
      msExchRecipientTypeDetails: ['8388608'],
      mailNickname: ['a'],
    });
    expect(system.kind).toBe('unknown');
    expect(system.anomalies.map((i) => i.code)).toEqual(['unknown-type-details', 'excluded-from-sync']);
  });
});

describe('classifyRecipient without type details', () => {
  it('infers groups from groupType and mail', () => {
    expect(classifyRecipient({ objectClass: GROUP, groupType: ['-2147483646'] })).toMatchObject({
      kind: 'securityGroup',
      displayName: 'Security group',
      basis: 'inferred',
      anomalies: [],
    });
    expect(classifyRecipient({ objectClass: GROUP, groupType: ['8'] }).kind).toBe(
      'distributionGroupNotMailEnabled',
    );
    expect(classifyRecipient({ objectClass: GROUP, groupType: ['8'], mail: ['g@x.com'] }).kind).toBe(
      'distributionGroup',
    );
    expect(
      classifyRecipient({ objectClass: GROUP, groupType: ['-2147483640'], mail: ['g@x.com'] }).kind,
    ).toBe('mailSecurityGroup');
    expect(classifyRecipient({ objectClass: GROUP, groupType: ['2'], mail: ['g@x.com'] }).kind).toBe(
      'mailNonUniversalGroup',
    );
  });

  it('infers users, mail users, remote mailboxes and contacts, and says the stamp is missing', () => {
    expect(classifyRecipient({ objectClass: USER, mail: ['a@x.com'] })).toMatchObject({
      kind: 'user',
      displayName: 'User',
      anomalies: [],
    });
    expect(
      classifyRecipient({ objectClass: USER, mail: ['a@x.com'], targetAddress: ['SMTP:a@y.com'] }).kind,
    ).toBe('mailUser');
    const remote = classifyRecipient({
      ...remoteUser,
      msExchRecipientTypeDetails: undefined,
      msExchRemoteRecipientType: ['97'],
    });
    expect(remote).toMatchObject({ kind: 'remoteSharedMailbox', basis: 'inferred' });
    expect(remote.anomalies.map((i) => i.code)).toEqual(['missing-type-details']);
    expect(classifyRecipient({ objectClass: CONTACT, mail: ['a@x.com'] }).kind).toBe('mailContact');
    expect(classifyRecipient({ objectClass: CONTACT }).kind).toBe('contact');
    expect(classifyRecipient({ objectClass: [...USER, 'computer'] }).kind).toBe('computer');
  });
});
