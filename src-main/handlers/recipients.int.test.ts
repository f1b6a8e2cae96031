import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangeView,
  ConversionPreview,
  RecipientContext,
  RecipientPreflight,
} from '../../src-preload/contract/index.ts';
import { conversionTargets, planConversion } from '../../src-preload/shared/recipients/recipient-convert.ts';
import {
  NEW_OBJECT_KINDS,
  type RecipientFields,
} from '../../src-preload/shared/recipients/recipient-fields.ts';
import { classifyRecipient } from '../../src-preload/shared/recipients/recipient-kind.ts';
import { planRecipient } from '../../src-preload/shared/recipients/recipient-plan.ts';
import { STAMPABLE_KINDS, type StampableKind } from '../../src-preload/shared/recipients/recipient-stamp.ts';
import { KINDS } from '../../src-preload/shared/recipients/recipient-types.ts';
import { sameValues, valuesOf } from '../../src-preload/shared/values.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import {
  ldapsUrl,
  openScratchDirectory,
  type ScratchDirectory,
} from '../../e2e/support/scratch-directory.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// recipients.create and recipients.convert against the test DC: what lands in AD is exactly the
// kind's stamp (absent attributes absent), every convert pair reaches its target, and a taken
// name or address is refused before anything is written.
const facts = loadDcFacts();
const domain = facts.realm.toLowerCase();
let app: ServicesHarness;
let scratch: ScratchDirectory;
let memberDn: string;
const created: string[] = [];

/** The stamp's attributes: each must equal the plan exactly, an empty plan value meaning "absent". */
const EXCHANGE = [
  'mail',
  'mailNickname',
  'proxyAddresses',
  'targetAddress',
  'msExchRecipientTypeDetails',
  'msExchRecipientDisplayType',
  'msExchRemoteRecipientType',
  'msExchVersion',
  'groupType',
];

beforeAll(async () => {
  scratch = await openScratchDirectory('Recipients');
  memberDn = (await scratch.createUser(`Member ${randomBytes(3).toString('hex')}`)).dn;
  app = startServices(facts);
  const profile = await app.saveProfile({ name: 'Admin', port: facts.ldapsPort, identity: facts.admin.upn });
  await app.call('directory.connect', { profileId: profile, password: facts.admin.password });
});
afterAll(async () => {
  await app?.services.dispose();
  for (const guid of created.reverse()) await scratch?.admin.del(`<GUID=${guid}>`).catch(() => undefined);
  await scratch?.cleanup();
});

function fieldsFor(kind: StampableKind): RecipientFields {
  const tag = randomBytes(4).toString('hex');
  const alias = `rp${tag}`;
  return {
    givenName: 'Zoë',
    sn: `Test ${tag}`,
    name: `Zoë Test ${tag}`,
    upnPrefix: alias,
    upnSuffix: domain,
    samAccountName: alias,
    alias,
    primaryAddress: `${alias}@${domain}`,
    extraAddresses: [`${alias}.one@${domain}`, `${alias}.two@${domain}`],
    tenant: facts.tenant,
    externalAddress: `${alias}@fabrikam.com`,
    ...(KINDS[kind].baseClass === 'group' ? { members: [memberDn] } : {}),
  };
}

async function create(kind: StampableKind, fields = fieldsFor(kind), extra: Record<string, unknown> = {}) {
  const steps = await app.call<ChangeView[]>('recipients.create', {
    kind,
    parentDn: scratch.ouDn,
    fields,
    ...extra,
  });
  const change = steps[0]!;
  expect(change.status, JSON.stringify(change.outcome)).toBe('applied');
  created.push(change.objectGuid);
  return { change, fields, steps };
}

async function bindAs(dn: string, password: string): Promise<true | string> {
  const client = new Client({ url: ldapsUrl(facts), tlsOptions: { ca: [readFileSync(facts.caFile)] } });
  try {
    await client.bind(dn, password);
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
const passwordsUsed: string[] = [];
const strongPassword = () => {
  const password = `Rd-${randomBytes(6).toString('base64url')}-9a!`;
  passwordsUsed.push(password);
  return password;
};

const readBack = (guid: string, attrs: string[]) => scratch.read(`<GUID=${guid}>`, ['objectClass', ...attrs]);
const kindOf = (read: Record<string, string[]>) =>
  classifyRecipient({ ...read, objectClass: valuesOf(read, 'objectClass') }).kind;

describe('recipients.create', () => {
  it.each(NEW_OBJECT_KINDS.map((k) => k.kind))('%s: every attribute of the plan, exactly', async (kind) => {
    const { change, fields } = await create(kind);
    const plan = planRecipient(kind, scratch.ouDn, fields);
    const attrs = [...new Set([...EXCHANGE, ...Object.keys(plan.attributes)])];
    const read = await readBack(change.objectGuid, attrs);
    for (const attr of attrs) {
      if (attr === 'userAccountControl') continue;
      const expected = plan.attributes[attr] ?? [];
      expect(
        sameValues(valuesOf(read, attr), expected),
        `${attr}: ${valuesOf(read, attr)} ≠ ${expected}`,
      ).toBe(true);
    }
    expect(kindOf(read)).toBe(kind);
    if (KINDS[kind].baseClass === 'user') {
      // Created disabled: the account gets a password and is enabled separately.
      expect(Number(valuesOf(read, 'userAccountControl')[0]) & 2).toBe(2);
    }
  });

  it('the preflight shows what will be written and the PowerShell, and writes nothing', async () => {
    const fields = fieldsFor('remoteUserMailbox');
    const preflight = await app.call<RecipientPreflight>('recipients.preflight', {
      kind: 'remoteUserMailbox',
      parentDn: scratch.ouDn,
      fields,
    });
    expect(preflight.canCreate).toBe(true);
    expect(preflight.attributes.targetAddress).toEqual([`SMTP:${fields.alias}@contoso.mail.onmicrosoft.com`]);
    expect(preflight.powershell).toMatch(/^New-ADUser /);
    expect(preflight.powershell).toContain(`${fields.alias}@${domain}`);
    const found = await scratch.admin.search(scratch.ouDn, {
      filter: `(sAMAccountName=${fields.samAccountName})`,
    });
    expect(found.searchEntries).toEqual([]);
  });

  it('remembers the tenant per profile and uses it when none is typed', async () => {
    await create('remoteSharedMailbox');
    const context = await app.call<RecipientContext>('recipients.context', {});
    expect(context.tenant).toBe(facts.tenant);
    expect(context.upnSuffixes[0]?.toLowerCase()).toBe(domain);
    const { tenant: _tenant, ...withoutTenant } = fieldsFor('remoteRoomMailbox');
    const { change } = await create('remoteRoomMailbox', withoutTenant);
    const read = await readBack(change.objectGuid, ['targetAddress']);
    expect(valuesOf(read, 'targetAddress')).toEqual([
      `SMTP:${withoutTenant.alias}@contoso.mail.onmicrosoft.com`,
    ]);
    const saved = await app.call<RecipientContext>('recipients.saveDefaults', {
      addressTemplate: `%g.%s@${domain}`,
    });
    expect(saved).toMatchObject({ tenant: facts.tenant, addressTemplate: `%g.%s@${domain}` });
  });
});

describe('a new user with a password: create, password, enable — three steps of one lane', () => {
  it('ends enabled, signs in with the password, must change it at next logon', async () => {
    const password = strongPassword();
    const { change, steps, fields } = await create('remoteUserMailbox', fieldsFor('remoteUserMailbox'), {
      password,
      mustChange: true,
    });
    expect(steps.map((s) => [s.operation, s.status])).toEqual([
      ['create', 'applied'],
      ['password', 'applied'],
      ['modify', 'applied'],
    ]);
    // Every step belongs to the new object under its real GUID.
    expect(new Set(steps.map((s) => s.objectGuid))).toEqual(new Set([change.objectGuid]));
    const read = await readBack(change.objectGuid, ['userAccountControl', 'pwdLastSet']);
    expect(valuesOf(read, 'userAccountControl')).toEqual(['512']);
    expect(valuesOf(read, 'pwdLastSet')).toEqual(['0']);
    // pwdLastSet 0: the DC knows the password but insists on a change (data 773), not "bad password".
    expect(await bindAs(read.dn?.[0] ?? `${fields.upnPrefix}@${fields.upnSuffix}`, password)).toMatch(
      /data 773/,
    );
    const powershell = await app.call<string>('changes.powershell', { id: steps[1]!.id });
    expect(powershell).toContain('Read-Host -AsSecureString');
  });

  it('a password the domain refuses leaves the account created and disabled, and can be retried to completion', async () => {
    passwordsUsed.push('a');
    const { change, steps, fields } = await create('user', fieldsFor('user'), { password: 'a' });
    expect(steps.map((s) => s.status)).toEqual(['applied', 'rejected', 'pending']);
    expect(steps[1]!.outcome).toMatchObject({ kind: 'rejected' });
    // The policy's refusal in words, not an LDAP code.
    expect(steps[1]!.outcome).toMatchObject({
      message: expect.stringMatching(/password policy refused .*too short/),
    });
    const disabled = await readBack(change.objectGuid, ['userAccountControl']);
    expect(Number(valuesOf(disabled, 'userAccountControl')[0]) & 2).toBe(2);
    const good = strongPassword();
    const retried = await app.call<ChangeView>('changes.supplyPassword', {
      id: steps[1]!.id,
      password: good,
    });
    expect(retried.status).toBe('applied');
    const listed = await app.call<ChangeView[]>('changes.list', {});
    expect(listed.find((c) => c.id === steps[2]!.id)?.status).toBe('applied');
    expect(await bindAs(`${fields.upnPrefix}@${fields.upnSuffix}`, good)).toBe(true);
  });

  it('refuses a password for a kind that has no account to sign in to', async () => {
    const result = await app.dispatch('recipients.create', {
      kind: 'mailContact',
      parentDn: scratch.ouDn,
      fields: fieldsFor('mailContact'),
      password: strongPassword(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('no password is in the database file, its WAL, the journal or the audit', async () => {
    const listed = JSON.stringify(await app.call('changes.list', {}));
    const audit = JSON.stringify(await app.call('changes.audit', {}));
    const files = ['recipientdesk.db', 'recipientdesk.db-wal']
      .map((name) => join(app.userDataDir, name))
      .filter((path) => existsSync(path));
    const bytes = Buffer.concat(files.map((path) => readFileSync(path)));
    expect(bytes.includes(Buffer.from('Set-ADAccountPassword'))).toBe(true);
    for (const password of passwordsUsed.filter((p) => p.length > 1)) {
      expect(bytes.includes(Buffer.from(password, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from(password, 'utf16le'))).toBe(false);
      expect(listed).not.toContain(password);
      expect(audit).not.toContain(password);
    }
  });
});

describe('refused before anything is written', () => {
  async function refusal(kind: StampableKind, fields: RecipientFields) {
    const before = (await app.call<ChangeView[]>('changes.list', {})).length;
    const result = await app.dispatch('recipients.create', { kind, parentDn: scratch.ouDn, fields });
    expect(result.ok).toBe(false);
    expect((await app.call<ChangeView[]>('changes.list', {})).length).toBe(before);
    return result.ok ? '' : `${result.error.code}: ${result.error.message}`;
  }

  it('a taken sAMAccountName names who holds it', async () => {
    const { fields } = await create('user');
    const again = { ...fieldsFor('user'), samAccountName: fields.samAccountName! };
    expect(await refusal('user', again)).toMatch(
      new RegExp(
        `INVALID_INPUT: .*pre-Windows 2000 logon name ${fields.samAccountName} is already used by ${fields.name}`,
      ),
    );
    const found = await scratch.admin.search(scratch.ouDn, {
      filter: `(userPrincipalName=${again.upnPrefix}@*)`,
    });
    expect(found.searchEntries).toEqual([]);
  });

  it('a duplicate address (another object’s secondary) is refused, naming the address', async () => {
    const { fields } = await create('distributionGroup');
    const taken = fields.extraAddresses![1]!;
    const next = { ...fieldsFor('remoteUserMailbox'), extraAddresses: [taken] };
    expect(await refusal('remoteUserMailbox', next)).toMatch(
      new RegExp(`The address ${taken.toLowerCase()} is already used by ${fields.name}`),
    );
  });

  it('a taken name in the same OU and a taken alias', async () => {
    const { fields } = await create('mailContact');
    const sameName = { ...fieldsFor('mailContact'), name: fields.name };
    expect(await refusal('mailContact', sameName)).toMatch(/An object named .* already exists in/);
    const sameAlias = { ...fieldsFor('mailContact'), alias: fields.alias! };
    expect(await refusal('mailContact', sameAlias)).toMatch(/The alias .* is already used by/);
  });

  it('preflights asked at once (their alias searches shared) each get their own answer', async () => {
    const { fields } = await create('mailContact');
    const taken = { ...fieldsFor('mailContact'), alias: fields.alias!.toUpperCase() };
    const free = [fieldsFor('mailContact'), fieldsFor('mailContact'), fieldsFor('mailContact')];
    const answers = await Promise.all(
      [taken, ...free].map((typed) =>
        app.call<RecipientPreflight>('recipients.preflight', {
          kind: 'mailContact',
          parentDn: scratch.ouDn,
          fields: typed,
        }),
      ),
    );
    expect(answers.map((answer) => answer.canCreate)).toEqual([false, true, true, true]);
    expect(answers[0]!.issues.map((issue) => issue.message).join(' ')).toMatch(
      new RegExp(`The alias .* is already used by ${fields.name}`),
    );
  });

  it('an onmicrosoft.com address says why and what to do instead', async () => {
    const fields = { ...fieldsFor('remoteUserMailbox'), extraAddresses: ['someone@contoso.onmicrosoft.com'] };
    expect(await refusal('remoteUserMailbox', fields)).toMatch(/Entra Connect discards .* out of sync scope/);
  });
});

describe('recipients.convert: every pair, and disable mail', () => {
  const pairs = STAMPABLE_KINDS.flatMap((from) => conversionTargets(from).map((to) => [from, to] as const));

  it.each(pairs)('%s → %s', async (from, to) => {
    const { change } = await create(from);
    const guid = change.objectGuid;
    const read = await readBack(guid, [...EXCHANGE, 'name', 'displayName']);
    const input = {
      alias: `cv${randomBytes(4).toString('hex')}`,
      externalAddress: `x${randomBytes(3).toString('hex')}@fabrikam.com`,
    };
    // A kind that had no alias gets the typed one; one that had keeps its own.
    const mailEnabling = !KINDS[from].mailEnabled;
    const request = {
      objectGuid: guid,
      dn: change.dn,
      targetKind: to,
      ...(mailEnabling ? { alias: input.alias, primaryAddress: `${input.alias}@${domain}` } : {}),
      externalAddress: input.externalAddress,
    };
    const preview = await app.call<ConversionPreview>('recipients.previewConversion', request);
    expect(preview.canConvert, JSON.stringify(preview.issues)).toBe(true);
    expect(preview.cloudEffect.length).toBeGreaterThan(20);
    const converted = await app.call<ChangeView>('recipients.convert', request);
    expect(converted.status, JSON.stringify(converted.outcome)).toBe('applied');
    const after = await readBack(guid, EXCHANGE);
    expect(kindOf(after)).toBe(to);
    const expected = planConversion(read, to, { ...request, tenant: facts.tenant });
    const wanted: Record<string, string[]> = Object.fromEntries(EXCHANGE.map((a) => [a, valuesOf(read, a)]));
    for (const edit of expected.edits) wanted[edit.attr] = edit.desired;
    for (const attr of EXCHANGE)
      expect(
        sameValues(valuesOf(after, attr), wanted[attr]),
        `${attr}: ${valuesOf(after, attr)} ≠ ${wanted[attr]}`,
      ).toBe(true);
    const info = KINDS[to];
    expect(valuesOf(after, 'msExchRecipientTypeDetails')).toEqual(
      info.typeDetails === undefined ? [] : [String(info.typeDetails)],
    );
    if (!info.mailEnabled)
      for (const attr of EXCHANGE.filter((a) => a !== 'groupType'))
        expect(valuesOf(after, attr), attr).toEqual([]);
  });

  it('the preview names the few edits and their PowerShell; a pair Exchange has no cmdlet for is refused', async () => {
    const { change } = await create('remoteUserMailbox');
    const request = { objectGuid: change.objectGuid, dn: change.dn, targetKind: 'remoteSharedMailbox' };
    const preview = await app.call<ConversionPreview>('recipients.previewConversion', request);
    expect(preview.edits.map((e) => e.attr).sort()).toEqual([
      'msExchRecipientTypeDetails',
      'msExchRemoteRecipientType',
    ]);
    expect(preview.powershell).toMatch(/^Set-ADUser .*-Remove .*-Add /);
    const refused = await app.dispatch('recipients.convert', { ...request, targetKind: 'mailContact' });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.error.message).toMatch(/cannot be turned into a mail contact/);
  });
});
