import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations.ts';

describe('migration 3 (creations, renames, moves)', () => {
  it('keeps every queued change and audit row of a version-2 database, and accepts the new operations', () => {
    const db = new DatabaseSync(':memory:', { enableForeignKeyConstraints: true });
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL) STRICT');
    for (const m of MIGRATIONS.filter((m) => m.version <= 2)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    }
    db.exec(`INSERT INTO changes (object_guid, dn, object_class, edits, created_at, updated_at, author, status, operation, profile_id, domain)
      VALUES ('g1', 'CN=a,DC=x', '[]', '[]', 't', 't', 'me', 'applied', 'delete', 'p', 'DC=x'),
             ('g2', 'CN=b,DC=x', '[]', '[{"attr":"description","base":[],"desired":["v"]}]', 't', 't', 'me', 'pending', 'modify', 'p', 'DC=x')`);
    db.exec(`INSERT INTO audit (change_id, object_guid, dn, author, applied_at, before, after, powershell)
      VALUES (1, 'g1', 'CN=a,DC=x', 'me', 't', '[]', '[]', 'Remove-ADObject')`);

    migrate(db);

    const rows = db.prepare('SELECT id, operation, status, edits FROM changes ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, operation: 'delete', status: 'applied', edits: '[]' },
      {
        id: 2,
        operation: 'modify',
        status: 'pending',
        edits: '[{"attr":"description","base":[],"desired":["v"]}]',
      },
    ]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    // New rows continue the ids (the audit refers to them) and may be creates, renames, moves.
    const insert =
      db.prepare(`INSERT INTO changes (object_guid, dn, object_class, edits, created_at, updated_at, author, status, operation)
      VALUES ('g3', 'CN=c,DC=x', '[]', '[]', 't', 't', 'me', 'pending', ?)`);
    for (const op of ['create', 'rename', 'move']) insert.run(op);
    expect(db.prepare("SELECT MIN(id) AS id FROM changes WHERE object_guid = 'g3'").get()).toEqual({ id: 3 });
    expect(() => insert.run('teleport')).toThrow(/CHECK/);
    // An audit row may not point at a change that does not exist: the reference still holds.
    expect(() =>
      db.exec(`INSERT INTO audit (change_id, object_guid, dn, author, applied_at, before, after, powershell)
        VALUES (99, 'g', 'dn', 'me', 't', '[]', '[]', '')`),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
