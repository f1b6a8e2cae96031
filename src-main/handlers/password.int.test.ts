import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditView, ChangeView } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import {
  ldapsUrl,
  openScratchDirectory,
  type ScratchDirectory,
} from '../../e2e/support/scratch-directory.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';
import { createJournal } from '../changes/journal.ts';
import { passwordChange } from '../changes/password-change.ts';
import { createChange } from '../changes/placement-rules.ts';
import { openDatabase } from '../store/open-database.ts';
import { lockoutPolicy } from '../../e2e/support/lockout-policy.ts';

// Reset Password and Unlock Account through the registry against the real DC: the password works
// afterwards (a bind as the user), the domain's refusal is said in words, and the password is in
// none of what the app keeps (database and its WAL, audit, PowerShell, the change as listed).
const facts = loadDcFacts();
let app: ServicesHarness;
let scratch: ScratchDirectory;
const psos: string[] = [];
const unique = () => randomBytes(4).toString('hex');
/** A password the test DC's policy accepts (7+ characters, three character classes). */
const strongPassword = () => `Rd-${unique()}#Pw9`;
const passwordsUsed: string[] = [];

/** Whether a simple bind as `dn` with `password` succeeds; otherwise the server's diagnostic. */
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

/** An enabled user without a password yet (544: "password not required"), as the seed has them. */
const newUser = (name: string) => scratch.createUser(`${name} ${unique()}`, { userAccountControl: ['544'] });

function setPassword(user: { dn: string; guid: string }, password: string, options = {}) {
  passwordsUsed.push(password);
  return app.call<ChangeView>('changes.setPassword', {
    objectGuid: user.guid,
    dn: user.dn,
    password,
    mustChange: false,
    unlock: false,
    ...options,
  });
}

/** A fine-grained policy of our own that locks this one user after 2 bad passwords, until unlocked. */
async function lockOut(user: { dn: string }): Promise<void> {
  const dn = `CN=RD Lock ${unique()},CN=Password Settings Container,CN=System,${facts.domainDn}`;
  await scratch.admin.add(dn, lockoutPolicy(user.dn));
  psos.push(dn);
  for (let i = 0; i < 4; i++) {
    const answer = await bindAs(user.dn, `wrong-${i}-${unique()}`);
    if (typeof answer === 'string' && answer.includes('data 775')) break;
  }
  const read = await scratch.read(user.dn, ['lockoutTime']);
  expect(Number(read.lockoutTime?.[0] ?? '0')).toBeGreaterThan(0);
}

beforeAll(async () => {
  scratch = await openScratchDirectory('Passwords');
  app = startServices(facts);
  const profile = await app.saveProfile({
    name: 'Admin',
    port: facts.ldapsPort,
    identity: facts.admin.upn,
  });
  await app.call('directory.connect', { profileId: profile, password: facts.admin.password });
});
afterAll(async () => {
  await app?.services.dispose();
  for (const dn of psos) await scratch.admin.del(dn).catch(() => undefined);
  await scratch?.cleanup();
});

describe('reset password', () => {
  it('sets a password the user can then sign in with, audited without it', async () => {
    const user = await newUser('Pw Set');
    const password = strongPassword();
    const change = await setPassword(user, password);
    expect(change).toMatchObject({ operation: 'password', status: 'applied', edits: [] });
    expect(await bindAs(user.dn, password)).toBe(true);
    expect(await bindAs(user.dn, `${password}x`)).toMatch(/data 52e/);

    const powershell = await app.call<string>('changes.powershell', { id: change.id });
    expect(powershell).toBe(
      `Set-ADAccountPassword -Identity '${user.dn}' -Reset -NewPassword (Read-Host -AsSecureString 'New password')`,
    );
    const audit = (await app.call<AuditView[]>('changes.audit', {})).find((a) => a.changeId === change.id);
    expect(audit?.powershell).toContain('Read-Host -AsSecureString');
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it('with "must change at next logon" the next sign-in asks for a new password', async () => {
    const user = await newUser('Pw Must Change');
    const password = strongPassword();
    const change = await setPassword(user, password, { mustChange: true });
    expect(change.status).toBe('applied');
    expect((await scratch.read(user.dn, ['pwdLastSet'])).pwdLastSet).toEqual(['0']);
    // 773: the password is right and must be changed first (a wrong one would say 52e).
    expect(await bindAs(user.dn, password)).toMatch(/data 773/);
    await expect(app.call('changes.powershell', { id: change.id })).resolves.toContain(
      `Set-ADUser -Identity '${user.dn}' -ChangePasswordAtLogon $true`,
    );
  });

  it('with "unlock" a locked-out account can sign in again with the new password', async () => {
    const user = await newUser('Pw Unlock');
    await setPassword(user, strongPassword());
    await lockOut(user);
    const password = strongPassword();
    const change = await setPassword(user, password, { unlock: true });
    expect(change.status).toBe('applied');
    expect((await scratch.read(user.dn, ['lockoutTime'])).lockoutTime).toEqual(['0']);
    expect(await bindAs(user.dn, password)).toBe(true);
    const audit = (await app.call<AuditView[]>('changes.audit', {})).find((a) => a.changeId === change.id);
    // What unlocking replaced is kept: the lockout time before.
    expect(Number(audit?.before.find((b) => b.attr === 'lockoutTime')?.values?.[0])).toBeGreaterThan(0);
  });

  it('a password too short for the policy is refused in words, and the old one still works', async () => {
    const user = await newUser('Pw Short');
    const first = strongPassword();
    await setPassword(user, first);
    const change = await setPassword(user, 'Jw4!');
    expect(change.status).toBe('rejected');
    expect(change.outcome).toMatchObject({ kind: 'rejected', code: 'PASSWORD_POLICY' });
    const message = change.outcome?.kind === 'rejected' ? change.outcome.message : '';
    expect(message).toMatch(
      /password policy refused this password: it is too short \(at least 7 characters\)/,
    );
    expect(message).not.toMatch(/0000052D|LDAP|result/i);
    expect(await bindAs(user.dn, first)).toBe(true);
  });

  it('a password without enough kinds of characters is refused as not complex enough', async () => {
    const user = await newUser('Pw Simple');
    const change = await setPassword(user, `alllowercase${unique()}`);
    expect(change.outcome).toMatchObject({ code: 'PASSWORD_POLICY' });
    expect(change.outcome?.kind === 'rejected' && change.outcome.message).toMatch(/not complex enough/);
  });

  it('a refused password must be entered again; the new one is sent and works', async () => {
    const user = await newUser('Pw Again');
    const refused = await setPassword(user, 'Qz7#k');
    expect(refused.status).toBe('rejected');
    // The refused password is not kept: retrying without a new one asks for it.
    await app.call('changes.retry', { id: refused.id });
    const retried = (await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === refused.id);
    expect(retried?.outcome).toMatchObject({ kind: 'rejected', code: 'PASSWORD_NEEDED' });
    const password = strongPassword();
    passwordsUsed.push(password);
    const sent = await app.call<ChangeView>('changes.supplyPassword', { id: refused.id, password });
    expect(sent.status).toBe('applied');
    expect(await bindAs(user.dn, password)).toBe(true);
  });

  it('is refused as a change of its own kind when the object is not a user', async () => {
    const group = await scratch.createGroup(`Pw Group ${unique()}`, []);
    const change = await setPassword(group, strongPassword());
    expect(change.status).toBe('rejected');
  });
});

describe('in a lane behind a create', () => {
  it('a create and its password recorded together: the new user signs in with it', async () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'rd-pwlane-')), 'rd.db'));
    const journal = createJournal({ db, author: 'test', writer: scratch.adminWriter });
    const create = createChange({
      parentDn: scratch.ouDn,
      name: `Pw Lane ${unique()}`,
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      attributes: { sAMAccountName: [`pl${unique()}`], userAccountControl: ['544'] },
    });
    const password = strongPassword();
    passwordsUsed.push(password);
    try {
      // The password change addresses the create's provisional GUID: the same lane, sent after it.
      const [created, reset] = journal.recordMany([
        create,
        passwordChange({
          objectGuid: create.objectGuid,
          dn: create.dn,
          password,
          mustChange: false,
          unlock: false,
        }),
      ]);
      await journal.sendObjects([create.objectGuid]);
      expect(journal.get(created!.id).status).toBe('applied');
      expect(journal.get(reset!.id)).toMatchObject({
        status: 'applied',
        objectGuid: journal.get(created!.id).objectGuid,
      });
      expect(await bindAs(create.dn, password)).toBe(true);
    } finally {
      db.close();
      await scratch.admin.del(create.dn).catch(() => undefined);
    }
  });
});

describe('unlock account', () => {
  it('clears the lockout as a journal change shown as Unlock-ADAccount', async () => {
    const user = await newUser('Unlock Me');
    const password = strongPassword();
    await setPassword(user, password);
    await lockOut(user);
    expect(await bindAs(user.dn, password)).toMatch(/data 775/);
    const [change] = await app.call<ChangeView[]>('changes.unlock', {
      objects: [{ objectGuid: user.guid, dn: user.dn }],
    });
    expect(change).toMatchObject({ operation: 'modify', status: 'applied' });
    expect(await bindAs(user.dn, password)).toBe(true);
    await expect(app.call('changes.powershell', { id: change!.id })).resolves.toBe(
      `Unlock-ADAccount -Identity '${user.dn}'`,
    );
    const audit = (await app.call<AuditView[]>('changes.audit', {})).find((a) => a.changeId === change!.id);
    const undo = await app.dispatch('changes.undo', { auditId: audit!.id });
    expect(undo).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('secrecy', () => {
  it('no password sent in this file is in the database, its WAL, the journal or the audit', async () => {
    expect(passwordsUsed.length).toBeGreaterThan(5);
    const listed = JSON.stringify(await app.call('changes.list', {}));
    const audit = JSON.stringify(await app.call('changes.audit', {}));
    const files = ['recipientdesk.db', 'recipientdesk.db-wal']
      .map((name) => join(app.userDataDir, name))
      .filter((path) => existsSync(path));
    expect(files[0]).toMatch(/recipientdesk\.db$/);
    const bytes = Buffer.concat(files.map((path) => readFileSync(path)));
    // The bytes read hold the password changes' audit rows: the search is over the right data.
    expect(bytes.includes(Buffer.from('Set-ADAccountPassword'))).toBe(true);
    for (const password of passwordsUsed) {
      expect(bytes.includes(Buffer.from(password, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from(password, 'utf16le'))).toBe(false);
      expect(listed).not.toContain(password);
      expect(audit).not.toContain(password);
    }
  });
});
