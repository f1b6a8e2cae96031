import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../src-preload/contract/errors.ts';
import { migrate } from './migrations.ts';

/** How long a writer waits for another connection's lock before SQLite gives up. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating if needed) the app's local database at `file` and migrates it to the current
 * schema. The caller owns the returned handle and closes it on shutdown.
 *
 * synchronous=FULL in WAL mode: every commit is fsynced before it returns, so an edit the admin
 * made offline survives a laptop losing power right after. NORMAL would only lose an "applied"
 * mark (harmless: the replay's compare-and-swap finds the values in place), but it could also lose
 * the queued edit itself, which exists nowhere else. A commit costs one fsync (the journal-edit
 * benchmark measures it against a bare ldapts client).
 */
export function openDatabase(file: string): DatabaseSync {
  let db: DatabaseSync;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new DatabaseSync(file, { enableForeignKeyConstraints: true, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new AppError(
      'INTERNAL',
      `RecipientDesk cannot open its local database at ${file}: ${(error as Error).message}. Check that the folder exists and that your account may write to it.`,
      { file },
      { cause: error },
    );
  }
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    // Fewer, larger checkpoints keep a bulk drain (thousands of outcomes) from stalling on them.
    // The WAL is trimmed back afterwards.
    db.exec('PRAGMA wal_autocheckpoint = 4000'); // pages: about 16 MB
    db.exec('PRAGMA journal_size_limit = 16777216');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
