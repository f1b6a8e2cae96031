import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { LATEST_SCHEMA_VERSION, currentSchemaVersion } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { createSettings } from './settings.ts';
import { inTransaction } from './transaction.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function tableNames(db: DatabaseSync): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
  return rows.map((row) => String(row['name']));
}

describe('openDatabase', () => {
  it('creates the schema in a new file, in a folder it creates, with WAL and foreign keys on', () => {
    const db = openDatabase(join(dir, 'profile', 'recipientdesk.db'));
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['audit', 'changes', 'entry_cache', 'schema_version', 'settings']),
    );
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 }); // FULL: an offline edit survives a power cut
    expect(currentSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('reopens an existing file without migrating twice and finds the data written before', () => {
    const file = join(dir, 'recipientdesk.db');
    const first = openDatabase(file);
    createSettings(first).set('lastServer', { host: 'dc1.contoso.com', port: 636 });
    first.close();

    const second = openDatabase(file);
    expect(createSettings(second).get('lastServer')).toEqual({ host: 'dc1.contoso.com', port: 636 });
    const versions = second.prepare('SELECT version FROM schema_version').all();
    expect(versions).toHaveLength(LATEST_SCHEMA_VERSION);
    second.close();
  });

  it('refuses a database from a newer version instead of damaging it', () => {
    const file = join(dir, 'future.db');
    openDatabase(file).close();
    const raw = new DatabaseSync(file);
    raw.prepare('INSERT INTO schema_version (version) VALUES (?)').run(LATEST_SCHEMA_VERSION + 1);
    raw.close();
    expect(() => openDatabase(file)).toThrow(AppError);
    expect(() => openDatabase(file)).toThrow(/newer version of RecipientDesk/);
  });

  it('enforces foreign keys (an audit row needs its change)', () => {
    const db = openDatabase(join(dir, 'fk.db'));
    const insertOrphan = () =>
      db
        .prepare(
          `INSERT INTO audit (change_id, object_guid, dn, author, applied_at, before, after, powershell)
           VALUES (999, 'g', 'CN=x', 'a', 't', '[]', '[]', '')`,
        )
        .run();
    expect(insertOrphan).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('inTransaction', () => {
  it('commits on return and rolls back everything on throw', () => {
    const db = openDatabase(join(dir, 'tx.db'));
    const settings = createSettings(db);
    inTransaction(db, () => settings.set('a', 1));
    expect(() =>
      inTransaction(db, () => {
        settings.set('b', 2);
        inTransaction(db, () => settings.set('c', 3)); // nested: part of the outer one
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(settings.get('a')).toBe(1);
    expect(settings.get('b')).toBeUndefined();
    expect(settings.get('c')).toBeUndefined();
    expect(db.isTransaction).toBe(false);
    db.close();
  });
});

describe('settings', () => {
  it('keeps types, overwrites and deletes', () => {
    const db = openDatabase(join(dir, 's.db'));
    const settings = createSettings(db);
    settings.set('pageSize', 500);
    settings.set('pageSize', 1000);
    settings.set('flags', [true, 'x']);
    expect(settings.get<number>('pageSize')).toBe(1000);
    expect(settings.get('flags')).toEqual([true, 'x']);
    settings.delete('pageSize');
    expect(settings.get('pageSize')).toBeUndefined();
    db.close();
  });
});
