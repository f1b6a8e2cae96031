import { DatabaseSync } from 'node:sqlite';

/**
 * A second handle on the app's database (already opened and migrated by openDatabase) for the
 * entry cache, with synchronous=NORMAL: the cache is a copy of the directory, so a power cut may
 * lose its last pages (they are read again), and list pages are not each held up by an fsync.
 * The journal keeps FULL on its own handle: queued edits exist nowhere else.
 */
export function openCacheDatabase(file: string): DatabaseSync {
  const db = new DatabaseSync(file, { timeout: 5_000 });
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
