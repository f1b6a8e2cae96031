import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../src-preload/contract/errors.ts';
import { inTransaction } from './transaction.ts';

/**
 * Schema history. Append only: a migration that shipped is never edited, because databases in
 * users' profiles already ran it. Each runs in its own transaction together with the version bump.
 */
export const MIGRATIONS: readonly {
  version: number;
  sql: string;
  /**
   * The migration rebuilds a table others reference: foreign keys are off while it runs (SQLite's
   * documented table-rebuild procedure; the pragma is ignored inside a transaction, so the runner
   * sets it around it) and checked before its transaction commits.
   */
  rebuildsTables?: boolean;
}[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL            -- JSON
      ) STRICT;

      -- The journal. Edits stay a JSON column: they are always read and written with their change,
      -- never queried on their own; status and object are columns because the UI and the drain
      -- filter on them.
      CREATE TABLE changes (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,   -- also the apply order
        object_guid  TEXT NOT NULL,
        dn           TEXT NOT NULL,
        object_class TEXT NOT NULL,    -- JSON array as read from AD
        edits        TEXT NOT NULL,    -- JSON array of {attr, binary, base, desired}
        created_at   TEXT NOT NULL,    -- ISO 8601 UTC
        updated_at   TEXT NOT NULL,
        author       TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN
                       ('pending','applying','applied','retryable','conflict','rejected','discarded')),
        attempts     INTEGER NOT NULL DEFAULT 0,
        outcome      TEXT,             -- JSON, null until the first attempt
        origin       TEXT              -- JSON: why it exists (undo of an audit row, resolution of a conflict)
      ) STRICT;
      CREATE INDEX changes_by_status ON changes (status, id);
      CREATE INDEX changes_by_object ON changes (object_guid, id);

      CREATE TABLE audit (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        change_id   INTEGER NOT NULL REFERENCES changes (id),
        object_guid TEXT NOT NULL,
        dn          TEXT NOT NULL,
        author      TEXT NOT NULL,
        applied_at  TEXT NOT NULL,
        before      TEXT NOT NULL,     -- JSON array of {attr, binary, values | null}
        after       TEXT NOT NULL,     -- JSON array of {attr, binary, values}
        powershell  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_object ON audit (object_guid, id);

      -- Placeholder for the offline cache: entries as last read, with what tells us they are stale.
      CREATE TABLE entry_cache (
        guid        TEXT PRIMARY KEY,
        dn          TEXT NOT NULL,
        usn_changed TEXT,              -- uSNChanged is a 64-bit integer: kept as text, never rounded
        when_changed TEXT,
        json        TEXT NOT NULL,
        cached_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entry_cache_by_dn ON entry_cache (dn COLLATE NOCASE);
    `,
  },
  {
    version: 2,
    sql: `
      -- A change belongs to one directory: queued offline for domain A, it must never be sent to
      -- whatever profile connects next. Rows from version 1 have neither and wait for the admin.
      -- A delete is a change too (operation), with what the object held kept in its audit row.
      ALTER TABLE changes ADD COLUMN operation TEXT NOT NULL DEFAULT 'modify'
        CHECK (operation IN ('modify','delete'));
      ALTER TABLE changes ADD COLUMN profile_id TEXT;
      ALTER TABLE changes ADD COLUMN domain TEXT;
      -- Place in its object's lane; a conflict's resolution takes the place of the change it
      -- replaces, so later edits of the same object still go after it. NULL: the id.
      ALTER TABLE changes ADD COLUMN seq INTEGER;
      CREATE INDEX changes_by_lane ON changes (object_guid, seq, id);
    `,
  },
  {
    version: 3,
    sql: `
      -- The change that undoes this applied one (not discarded): the panel says "Undone by #N" and
      -- offers no second undo. Kept on the row because the journal lists thousands of changes and
      -- the link would otherwise be a JSON search of every origin.
      ALTER TABLE changes ADD COLUMN undone_by INTEGER REFERENCES changes (id);
    `,
  },
  {
    version: 4,
    rebuildsTables: true,
    sql: `
      -- Creations, renames and moves are changes too. SQLite cannot widen a CHECK constraint, so
      -- the table is rebuilt with the same rows and ids (the audit refers to them).
      CREATE TABLE changes_v4 (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        object_guid  TEXT NOT NULL,    -- for a create not yet applied: a provisional GUID
        dn           TEXT NOT NULL,
        object_class TEXT NOT NULL,
        edits        TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        author       TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN
                       ('pending','applying','applied','retryable','conflict','rejected','discarded')),
        attempts     INTEGER NOT NULL DEFAULT 0,
        outcome      TEXT,
        origin       TEXT,
        operation    TEXT NOT NULL DEFAULT 'modify'
          CHECK (operation IN ('modify','delete','create','rename','move')),
        profile_id   TEXT,
        domain       TEXT,
        seq          INTEGER,
        target       TEXT,             -- JSON: {newRdn} of a rename, {newParentDn} of a move
        undone_by    INTEGER REFERENCES changes (id)
      ) STRICT;
      INSERT INTO changes_v4 (id, object_guid, dn, object_class, edits, created_at, updated_at,
          author, status, attempts, outcome, origin, operation, profile_id, domain, seq, undone_by)
        SELECT id, object_guid, dn, object_class, edits, created_at, updated_at,
          author, status, attempts, outcome, origin, operation, profile_id, domain, seq, undone_by FROM changes;
      DROP TABLE changes;
      ALTER TABLE changes_v4 RENAME TO changes;
      CREATE INDEX changes_by_status ON changes (status, id);
      CREATE INDEX changes_by_object ON changes (object_guid, id);
      CREATE INDEX changes_by_lane ON changes (object_guid, seq, id);
      -- The DN after a create, rename or move; the row's dn is the DN before.
      ALTER TABLE audit ADD COLUMN new_dn TEXT;
    `,
  },
  {
    version: 5,
    rebuildsTables: true,
    sql: `
      -- A password reset is a change too (its options, must-change and unlock, are its edits); the
      -- password itself is never stored: it waits in memory beside the row until it is sent.
      CREATE TABLE changes_v5 (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        object_guid  TEXT NOT NULL,
        dn           TEXT NOT NULL,
        object_class TEXT NOT NULL,
        edits        TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        author       TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN
                       ('pending','applying','applied','retryable','conflict','rejected','discarded')),
        attempts     INTEGER NOT NULL DEFAULT 0,
        outcome      TEXT,
        origin       TEXT,
        operation    TEXT NOT NULL DEFAULT 'modify'
          CHECK (operation IN ('modify','delete','create','rename','move','password')),
        profile_id   TEXT,
        domain       TEXT,
        seq          INTEGER,
        target       TEXT,
        undone_by    INTEGER REFERENCES changes (id)
      ) STRICT;
      INSERT INTO changes_v5 (id, object_guid, dn, object_class, edits, created_at, updated_at,
          author, status, attempts, outcome, origin, operation, profile_id, domain, seq, target, undone_by)
        SELECT id, object_guid, dn, object_class, edits, created_at, updated_at,
          author, status, attempts, outcome, origin, operation, profile_id, domain, seq, target, undone_by FROM changes;
      DROP TABLE changes;
      ALTER TABLE changes_v5 RENAME TO changes;
      CREATE INDEX changes_by_status ON changes (status, id);
      CREATE INDEX changes_by_object ON changes (object_guid, id);
      CREATE INDEX changes_by_lane ON changes (object_guid, seq, id);
    `,
  },
  {
    version: 6,
    sql: `
      -- The entry cache, for real this time (version 1's placeholder was never written to): entries
      -- as last read, per directory (its domain DN, lowercased: two profiles of one domain share
      -- what they read; the bundled sample is a directory of its own). "complete" says the entry
      -- was read whole (a property sheet), not just the list's columns.
      DROP TABLE entry_cache;
      CREATE TABLE entry_cache (
        id           INTEGER PRIMARY KEY,             -- also the rowid of its entry_search row
        source       TEXT NOT NULL,
        guid         TEXT NOT NULL,
        dn           TEXT NOT NULL,
        dn_key       TEXT NOT NULL,                   -- the DN compared as AD does (dn-key.ts)
        parent_key   TEXT NOT NULL,                   -- the same of its parent
        usn_changed  TEXT,                            -- 64-bit: text, never rounded
        when_changed TEXT,
        complete     INTEGER NOT NULL,
        json         TEXT NOT NULL,                   -- {a: {attr: values}, b: [binary attrs, base64]}
        cached_at    TEXT NOT NULL,                   -- ISO 8601 UTC
        UNIQUE (source, guid)
      ) STRICT;
      CREATE INDEX entry_cache_by_parent ON entry_cache (source, parent_key);
      CREATE INDEX entry_cache_by_dn ON entry_cache (source, dn_key);
      -- Find offline: names, addresses, UPN and alias, diacritics folded (Zoë finds zoe).
      CREATE VIRTUAL TABLE entry_search USING fts5(
        names, addresses, upn, alias,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      -- What a directory's sheets need beside its entries: rootDSE facts, the schema's attribute
      -- definitions, the attributes each class may hold.
      CREATE TABLE cache_facts (
        source    TEXT NOT NULL,
        key       TEXT NOT NULL,
        json      TEXT NOT NULL,
        cached_at TEXT NOT NULL,
        PRIMARY KEY (source, key)
      ) STRICT;
    `,
  },
  {
    version: 7,
    sql: `
      -- Guided fixes (the known sync problems that take several steps): what each was started
      -- with and where it stands, saved after every step so it is resumed after a restart. Facts
      -- and checks stay JSON: they are always read and written with their fix.
      CREATE TABLE guided_fixes (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id  TEXT NOT NULL,
        domain      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('open','done','cancelled')),
        step        INTEGER NOT NULL,
        facts       TEXT NOT NULL,     -- JSON: the object, the OUs, the address...
        checks      TEXT NOT NULL,     -- JSON array: each step's last check, or null
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX guided_fixes_by_profile ON guided_fixes (profile_id, domain, id);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

export function currentSchemaVersion(db: DatabaseSync): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT');
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as
    { version: number | null } | undefined;
  return row?.version ?? 0;
}

/** Brings the database up to LATEST_SCHEMA_VERSION; running it again does nothing. */
export function migrate(db: DatabaseSync): void {
  const found = currentSchemaVersion(db);
  if (found > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'INTERNAL',
      `The local database was created by a newer version of RecipientDesk (schema ${found}, this version knows ${LATEST_SCHEMA_VERSION}). Update RecipientDesk, or start with a new profile folder.`,
      { found, known: LATEST_SCHEMA_VERSION },
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= found) continue;
    const foreignKeys = foreignKeysOn(db);
    if (migration.rebuildsTables === true && foreignKeys) db.exec('PRAGMA foreign_keys = OFF');
    try {
      inTransaction(db, () => {
        db.exec(migration.sql);
        if (migration.rebuildsTables === true && db.prepare('PRAGMA foreign_key_check').all().length > 0)
          throw new AppError('INTERNAL', `Database migration ${migration.version} broke a reference.`);
        db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migration.version);
      });
    } finally {
      if (migration.rebuildsTables === true && foreignKeys) db.exec('PRAGMA foreign_keys = ON');
    }
  }
}

function foreignKeysOn(db: DatabaseSync): boolean {
  const row = db.prepare('PRAGMA foreign_keys').get() as { foreign_keys?: number } | undefined;
  return row?.foreign_keys === 1;
}
