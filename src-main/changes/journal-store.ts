import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { AuditEntry, Change, ChangeOutcome, ChangeStatus } from './change.ts';

/**
 * SQL for the journal and the audit log, nothing else: statements are prepared once because the
 * drain runs them thousands of times. Rows become domain objects here and nowhere else.
 */
export interface ChangeFilter {
  statuses?: readonly ChangeStatus[];
  objectGuid?: string;
}

export interface ChangeUpdate {
  status: ChangeStatus;
  attempts: number;
  outcome: ChangeOutcome | null;
  updatedAt: string;
}

export interface JournalStore {
  insertChange(change: Omit<Change, 'id'>): Change;
  getChange(id: number): Change | undefined;
  listChanges(filter?: ChangeFilter): Change[];
  updateChange(change: Change, update: ChangeUpdate): Change;
  insertAudit(entry: Omit<AuditEntry, 'id'>): AuditEntry;
  getAudit(id: number): AuditEntry | undefined;
  listAudit(filter?: { objectGuid?: string }): AuditEntry[];
  /** Changes left 'applying' by a crash go back to 'retryable'; returns how many. */
  recoverInterrupted(updatedAt: string): number;
}

type Row = Record<string, SQLInputValue>;

export function createJournalStore(db: DatabaseSync): JournalStore {
  const insertChange = db.prepare(`
    INSERT INTO changes (object_guid, dn, object_class, edits, created_at, updated_at, author, status, attempts, outcome, origin)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const getChange = db.prepare('SELECT * FROM changes WHERE id = ?');
  const updateChange = db.prepare(
    'UPDATE changes SET status = ?, attempts = ?, outcome = ?, updated_at = ? WHERE id = ?',
  );
  const insertAudit = db.prepare(`
    INSERT INTO audit (change_id, object_guid, dn, author, applied_at, before, after, powershell)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const getAudit = db.prepare('SELECT * FROM audit WHERE id = ?');
  const recover = db.prepare(
    "UPDATE changes SET status = 'retryable', updated_at = ? WHERE status = 'applying'",
  );

  return {
    insertChange(change) {
      const result = insertChange.run(
        change.objectGuid,
        change.dn,
        JSON.stringify(change.objectClass),
        JSON.stringify(change.edits),
        change.createdAt,
        change.updatedAt,
        change.author,
        change.status,
        change.attempts,
        jsonOrNull(change.outcome),
        jsonOrNull(change.origin),
      );
      return { ...change, id: Number(result.lastInsertRowid) };
    },
    getChange(id) {
      const row = getChange.get(id);
      return row === undefined ? undefined : toChange(row);
    },
    listChanges(filter = {}) {
      const where: string[] = [];
      const params: SQLInputValue[] = [];
      if (filter.statuses !== undefined) {
        where.push(`status IN (${filter.statuses.map(() => '?').join(',') || 'NULL'})`);
        params.push(...filter.statuses);
      }
      if (filter.objectGuid !== undefined) {
        where.push('object_guid = ?');
        params.push(filter.objectGuid);
      }
      const sql = `SELECT * FROM changes ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
      return db
        .prepare(sql)
        .all(...params)
        .map(toChange);
    },
    updateChange(change, update) {
      updateChange.run(
        update.status,
        update.attempts,
        jsonOrNull(update.outcome),
        update.updatedAt,
        change.id,
      );
      return { ...change, ...update };
    },
    insertAudit(entry) {
      const result = insertAudit.run(
        entry.changeId,
        entry.objectGuid,
        entry.dn,
        entry.author,
        entry.appliedAt,
        JSON.stringify(entry.before),
        JSON.stringify(entry.after),
        entry.powershell,
      );
      return { ...entry, id: Number(result.lastInsertRowid) };
    },
    getAudit(id) {
      const row = getAudit.get(id);
      return row === undefined ? undefined : toAudit(row);
    },
    listAudit(filter = {}) {
      const rows =
        filter.objectGuid === undefined
          ? db.prepare('SELECT * FROM audit ORDER BY id').all()
          : db.prepare('SELECT * FROM audit WHERE object_guid = ? ORDER BY id').all(filter.objectGuid);
      return rows.map(toAudit);
    },
    recoverInterrupted(updatedAt) {
      return Number(recover.run(updatedAt).changes);
    },
  };
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function parseOrNull<T>(value: SQLInputValue | undefined): T | null {
  return typeof value === 'string' ? (JSON.parse(value) as T) : null;
}

function toChange(row: Row): Change {
  return {
    id: Number(row['id']),
    objectGuid: String(row['object_guid']),
    dn: String(row['dn']),
    objectClass: JSON.parse(String(row['object_class'])) as string[],
    edits: JSON.parse(String(row['edits'])) as Change['edits'],
    createdAt: String(row['created_at']),
    updatedAt: String(row['updated_at']),
    author: String(row['author']),
    status: String(row['status']) as ChangeStatus,
    attempts: Number(row['attempts']),
    outcome: parseOrNull<ChangeOutcome>(row['outcome']),
    origin: parseOrNull<Change['origin']>(row['origin']),
  };
}

function toAudit(row: Row): AuditEntry {
  return {
    id: Number(row['id']),
    changeId: Number(row['change_id']),
    objectGuid: String(row['object_guid']),
    dn: String(row['dn']),
    author: String(row['author']),
    appliedAt: String(row['applied_at']),
    before: JSON.parse(String(row['before'])) as AuditEntry['before'],
    after: JSON.parse(String(row['after'])) as AuditEntry['after'],
    powershell: String(row['powershell']),
  };
}
