import { describe, expect, it } from 'vitest';
import { classifyRecipient } from './recipient-kind.ts';
import { conversionTargets, planConversion } from './recipient-convert.ts';
import { planRecipient, OBJECT_CLASSES } from './recipient-plan.ts';
import { STAMPABLE_KINDS, type StampableKind } from './recipient-stamp.ts';
import { KINDS } from './recipient-types.ts';
import { stampEdits } from './stamp-diff.ts';

const OU = 'OU=Staff,DC=contoso,DC=com';
const fields = {
  name: 'Ann Doe',
  upnPrefix: 'ann.doe',
  upnSuffix: 'contoso.com',
  samAccountName: 'adoe',
  alias: 'ann.doe',
  primaryAddress: 'ann.doe@contoso.com',
  extraAddresses: ['ann@contoso.eu'],
  tenant: 'contoso',
  externalAddress: 'ann@fabrikam.com',
};

/** An object as a create of `kind` leaves it, plus an X500 address the conversion must keep. */
function existing(kind: StampableKind): Record<string, string[]> {
  const plan = planRecipient(kind, OU, fields);
  const attrs: Record<string, string[]> = { objectClass: [...plan.objectClass], ...plan.attributes };
  if (attrs.proxyAddresses) attrs.proxyAddresses = [...attrs.proxyAddresses, 'X500:/o=Old/cn=ann'];
  return attrs;
}

function apply(current: Record<string, string[]>, edits: ReturnType<typeof stampEdits>) {
  const next = { ...current };
  for (const edit of edits) {
    if (edit.desired.length === 0) delete next[edit.attr];
    else next[edit.attr] = edit.desired;
  }
  return next;
}

const kindOf = (attrs: Record<string, string[]>) =>
  classifyRecipient({ ...attrs, objectClass: attrs.objectClass ?? [] }).kind;

describe('stampEdits', () => {
  it('is a compare-and-swap diff: unchanged attributes are left out, absent ones are removed', () => {
    expect(
      stampEdits(
        { mail: ['a@x.com'], proxyAddresses: ['smtp:a@x.com'], targetAddress: ['SMTP:t@y.com'] },
        { mail: ['a@x.com'], proxyAddresses: ['SMTP:a@x.com'], targetAddress: [], msExchVersion: [] },
      ),
    ).toEqual([
      { attr: 'proxyAddresses', base: ['smtp:a@x.com'], desired: ['SMTP:a@x.com'] },
      { attr: 'targetAddress', base: ['SMTP:t@y.com'], desired: [] },
    ]);
  });
});

describe('planConversion: every convert pair lands on exactly the target stamp', () => {
  const pairs = STAMPABLE_KINDS.flatMap((from) => conversionTargets(from).map((to) => [from, to] as const));

  it('covers mail-enable, convert and disable for users, contacts and groups', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(25);
  });

  it.each(pairs)('%s → %s', (from, to) => {
    const before = existing(from);
    expect(kindOf(before)).toBe(from);
    const plan = planConversion(before, to, {
      tenant: 'contoso',
      externalAddress: 'ann@fabrikam.com',
      alias: 'ann.doe',
      primaryAddress: 'ann.doe@contoso.com',
    });
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(plan.from).toBe(from);
    const after = apply(before, plan.edits);
    expect(kindOf(after)).toBe(to);
    // Every edit is a compare-and-swap against what the object holds.
    for (const edit of plan.edits) expect(edit.base).toEqual(before[edit.attr] ?? []);
    if (KINDS[to].mailEnabled) {
      expect(after.mailNickname).toEqual(['ann.doe']);
      expect(after.proxyAddresses?.filter((p) => p.startsWith('SMTP:'))).toHaveLength(1);
      if (before.proxyAddresses) expect(after.proxyAddresses).toContain('X500:/o=Old/cn=ann');
    } else {
      for (const attr of [
        'mail',
        'mailNickname',
        'proxyAddresses',
        'targetAddress',
        'msExchRecipientTypeDetails',
      ])
        expect(after[attr], attr).toBeUndefined();
    }
    expect(plan.cloudEffect.length).toBeGreaterThan(20);
  });

  it('a remote user mailbox turned shared keeps its routing and becomes remote type 97', () => {
    const plan = planConversion(existing('remoteUserMailbox'), 'remoteSharedMailbox');
    expect(plan.edits.map((e) => e.attr).sort()).toEqual([
      'msExchRecipientTypeDetails',
      'msExchRemoteRecipientType',
    ]);
    expect(plan.edits.find((e) => e.attr === 'msExchRemoteRecipientType')?.desired).toEqual(['97']);
    expect(plan.cloudEffect).toMatch(/Set-Mailbox -Type Shared/);
  });

  it('a migrated mailbox stays migrated (room: 36, not 33)', () => {
    const before = { ...existing('remoteUserMailbox'), msExchRemoteRecipientType: ['4'] };
    const plan = planConversion(before, 'remoteRoomMailbox');
    expect(plan.edits.find((e) => e.attr === 'msExchRemoteRecipientType')?.desired).toEqual(['36']);
  });

  it('a mail user turned remote mailbox drops its external address and gains the routing address', () => {
    const plan = planConversion(existing('mailUser'), 'remoteUserMailbox', { tenant: 'contoso' });
    const after = apply(existing('mailUser'), plan.edits);
    expect(after.targetAddress).toEqual(['SMTP:ann.doe@contoso.mail.onmicrosoft.com']);
    expect(after.proxyAddresses).not.toContain('smtp:ann@fabrikam.com');
    expect(after.proxyAddresses).toContain('smtp:ann.doe@contoso.mail.onmicrosoft.com');
    expect(plan.unique.addresses).toEqual(['ann.doe@contoso.mail.onmicrosoft.com']);
    expect(plan.unique.alias).toBeUndefined();
  });

  it('disabling a remote mailbox says the cloud mailbox will be disconnected, and clears policy settings', () => {
    const before = { ...existing('remoteUserMailbox'), msExchHideFromAddressLists: ['TRUE'] };
    const plan = planConversion(before, 'user');
    expect(plan.cloudEffect).toMatch(/cloud mailbox will be disconnected at the next sync/);
    expect(plan.edits.find((e) => e.attr === 'msExchHideFromAddressLists')).toEqual({
      attr: 'msExchHideFromAddressLists',
      base: ['TRUE'],
      desired: [],
    });
  });

  it('disabling mail on a global group keeps its scope', () => {
    const before = {
      objectClass: [...OBJECT_CLASSES.group],
      groupType: ['-2147483646'],
      mail: ['g@contoso.com'],
      mailNickname: ['g'],
      proxyAddresses: ['SMTP:g@contoso.com'],
    };
    expect(kindOf(before)).toBe('mailNonUniversalGroup');
    // Not a kind the app converts from: it says so rather than guessing.
    expect(planConversion(before, 'securityGroup').issues.map((i) => i.code)).toEqual(['not-convertible']);
    const universal = { ...before, groupType: ['-2147483640'] };
    const plan = planConversion(universal, 'securityGroup');
    expect(plan.edits.find((e) => e.attr === 'groupType')).toBeUndefined();
  });

  it('mail-enabling a user without any address asks for one', () => {
    const plan = planConversion(existing('user'), 'remoteUserMailbox', { tenant: 'contoso' });
    expect(plan.issues.map((i) => `${i.field}:${i.code}`)).toEqual(['primaryAddress:empty']);
    expect(plan.edits).toEqual([]);
  });

  it('refuses a pair Exchange has no cmdlet for', () => {
    const plan = planConversion(existing('contact'), 'remoteUserMailbox');
    expect(plan.issues.map((i) => i.code)).toEqual(['not-convertible']);
    expect(plan.edits).toEqual([]);
  });
});
