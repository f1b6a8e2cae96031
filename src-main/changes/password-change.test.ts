import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/open-database.ts';
import { createJournal } from './journal.ts';
import { passwordChange } from './password-change.ts';
import type { DirectoryWriter } from './ports.ts';
import { toPowerShell } from './powershell.ts';

// A password change in the journal without a directory: what is recorded, what survives a
// restart (the change, not its password) and how it reads as PowerShell.
const refuse = (): never => {
  throw new Error('never sent here');
};
const unreachable: DirectoryWriter = {
  modify: refuse,
  delete: refuse,
  add: refuse,
  modifyDn: refuse,
  resetPassword: refuse,
  readAttributes: refuse,
  readEntry: refuse,
};
const user = {
  objectGuid: '2f5c9d7e-1c1a-4d6b-9c53-0d2f0e6f8a11',
  dn: 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com',
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-password-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('password change', () => {
  it('records the options as edits and never the password', () => {
    const db = openDatabase(join(dir, 'rd.db'));
    const journal = createJournal({ db, author: 'admin', writer: unreachable });
    const change = journal.record(
      passwordChange({ ...user, password: 'S3cret#Pat', mustChange: true, unlock: true }),
    );
    expect(change).toMatchObject({ operation: 'password', status: 'pending' });
    expect(change.edits).toEqual([
      { attr: 'pwdLastSet', base: null, desired: ['0'] },
      { attr: 'lockoutTime', base: null, desired: ['0'] },
    ]);
    expect(JSON.stringify(change)).not.toContain('S3cret');
    db.close();
  });

  it('after a restart says the password must be entered again, and takes it', () => {
    const file = join(dir, 'rd.db');
    const db = openDatabase(file);
    const recorded = createJournal({ db, author: 'admin', writer: unreachable }).record(
      passwordChange({ ...user, password: 'S3cret#Pat', mustChange: false, unlock: false }),
    );
    db.close();
    const reopened = openDatabase(file);
    const journal = createJournal({ db: reopened, author: 'admin', writer: unreachable });
    expect(journal.get(recorded.id)).toMatchObject({
      status: 'rejected',
      outcome: {
        kind: 'rejected',
        code: 'PASSWORD_NEEDED',
        message: expect.stringMatching(/Enter the password again/),
      },
    });
    expect(journal.supplyPassword(recorded.id, 'N3w#Secret').status).toBe('rejected');
    reopened.close();
  });

  it('refuses a password change without a password and a password on any other change', () => {
    const db = openDatabase(join(dir, 'rd.db'));
    const journal = createJournal({ db, author: 'admin', writer: unreachable });
    expect(() =>
      journal.record({
        ...passwordChange({ ...user, password: 'x', mustChange: false, unlock: false }),
        password: '',
      }),
    ).toThrow(/has no password/);
    expect(() =>
      journal.record({
        ...user,
        objectClass: ['user'],
        edits: [{ attr: 'unicodePwd', base: null, desired: ['x'] }],
      }),
    ).toThrow(/holds a secret/);
    db.close();
  });

  it('reads as Set-ADAccountPassword with the password asked for, and its options as cmdlets', () => {
    const change = passwordChange({ ...user, password: 'S3cret#Pat', mustChange: true, unlock: true });
    expect(toPowerShell(change).split('\n')).toEqual([
      `Set-ADAccountPassword -Identity '${user.dn}' -Reset -NewPassword (Read-Host -AsSecureString 'New password')`,
      `Set-ADUser -Identity '${user.dn}' -ChangePasswordAtLogon $true`,
      `Unlock-ADAccount -Identity '${user.dn}'`,
    ]);
  });
});
