import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` inside one SQLite transaction: committed if it returns, rolled back if it throws.
 * BEGIN IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout instead of
 * failing half-way with SQLITE_BUSY on their first write.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) return work(); // nested call: the outer transaction owns commit/rollback
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
