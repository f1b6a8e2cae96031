import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { openDatabase } from '../store/open-database.ts';
import type { Change, NewChange } from './change.ts';
import { createJournal } from './journal.ts';
import type { DirectoryWriter } from './ports.ts';

// The parts of the journal that never reach the directory: recording, listing, discarding,
// surviving a restart. Sending is tested against the real DC in journal.int.test.ts.

/** These tests never send: a writer that is asked anything fails them loudly. */
const refuse = (): never => {
  throw new Error('journal.test.ts never reaches a directory');
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

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-journal-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const pat: NewChange = {
  objectGuid: '2f5c9d7e-1c1a-4d6b-9c53-0d2f0e6f8a11',
  dn: 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com',
  objectClass: ['top', 'person', 'organizationalPerson', 'user'],
  edits: [{ attr: 'proxyAddresses', base: ['smtp:pat@contoso.com'], desired: ['SMTP:pat@contoso.com'] }],
};

describe('journal (local side)', () => {
  it('records a pending change durably, tells the listener and finds it after a restart', () => {
    const file = join(dir, 'rd.db');
    const seen: Change[] = [];
    const db = openDatabase(file);
    const journal = createJournal({
      writer: unreachable,
      db,
      author: 'CONTOSO\\admin',
      onChanged: (c) => seen.push(c),
      now: () => new Date('2025-01-02T03:04:05Z'),
    });
    const recorded = journal.record(pat);
    expect(recorded).toMatchObject({
      status: 'pending',
      attempts: 0,
      author: 'CONTOSO\\admin',
      createdAt: '2025-01-02T03:04:05.000Z',
      outcome: null,
    });
    expect(seen.map((c) => c.status)).toEqual(['pending']);
    db.close();

    const reopened = openDatabase(file);
    const again = createJournal({ db: reopened, author: 'someone else', writer: unreachable });
    expect(again.get(recorded.id)).toEqual(recorded);
    expect(again.list({ statuses: ['pending'], objectGuid: pat.objectGuid }).map((c) => c.id)).toEqual([
      recorded.id,
    ]);
    expect(again.powershell(recorded.id)).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com' -Remove @{proxyAddresses='smtp:pat@contoso.com'} -Add @{proxyAddresses='SMTP:pat@contoso.com'}",
    );
    reopened.close();
  });

  it('refuses invalid changes without writing anything', () => {
    const db = openDatabase(join(dir, 'rd.db'));
    const journal = createJournal({ db, author: 'a', writer: unreachable });
    expect(() => journal.record({ ...pat, edits: [] })).toThrow(AppError);
    expect(journal.list()).toEqual([]);
    db.close();
  });

  it('records a bulk edit all or nothing', () => {
    const db = openDatabase(join(dir, 'rd.db'));
    const journal = createJournal({ db, author: 'a', writer: unreachable });
    const other = { ...pat, objectGuid: 'other-guid', dn: 'CN=Other,DC=contoso,DC=com' };
    expect(() => journal.recordMany([pat, { ...other, edits: [] }])).toThrow(/Other.*no edits/);
    expect(journal.list()).toEqual([]);
    const created = journal.recordMany([pat, other]);
    expect(journal.list().map((c) => [c.id, c.dn, c.status])).toEqual(
      created.map((c) => [c.id, c.dn, 'pending']),
    );
    db.close();
  });

  it('discards a pending change but keeps it, and will not discard it twice', () => {
    const db = openDatabase(join(dir, 'rd.db'));
    const journal = createJournal({ db, author: 'a', writer: unreachable });
    const { id } = journal.record(pat);
    const discarded = journal.discard(id);
    expect(discarded).toMatchObject({ status: 'discarded', outcome: { kind: 'discarded', previous: null } });
    expect(journal.list({ statuses: ['discarded'] })).toHaveLength(1);
    expect(() => journal.discard(id)).toThrow(
      /is discarded; only pending, retryable, conflict, rejected changes can be discarded/,
    );
    expect(() => journal.get(9999)).toThrow(/Change 9999 is not in the local journal/);
    db.close();
  });

  it("turns a change left 'applying' by a crash into 'retryable' on the next start", () => {
    const file = join(dir, 'rd.db');
    const db = openDatabase(file);
    const { id } = createJournal({ db, author: 'a', writer: unreachable }).record(pat);
    db.prepare("UPDATE changes SET status = 'applying' WHERE id = ?").run(id);
    db.close();
    const reopened = openDatabase(file);
    expect(createJournal({ db: reopened, author: 'a', writer: unreachable }).get(id).status).toBe(
      'retryable',
    );
    reopened.close();
  });
});
