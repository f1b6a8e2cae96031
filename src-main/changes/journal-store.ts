import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { AuditEntry, Change, ChangeOutcome, ChangeStatus } from './change.ts';

/**
 * SQL for the journal and the audit log, nothing else: statements are prepared once because the
 * drain runs them thousands of times. Rows become domain objects here and nowhere else.
 */
export interface ChangeFilter {
  statuses?: readonly ChangeStatus[];
  objectGuid?: string;
  /** Order as the object's lane sends them (a resolution in its conflict's place), not by id. */
  laneOrder?: boolean;
}

export interface ChangeUpdate {
  status: ChangeStatus;
  attempts: number;
  outcome: ChangeOutcome | null;
  updatedAt: string;
}

export interface JournalStore {
  /** `seq`: the lane position to take (a resolution takes its conflict's); default its own id. */
  insertChange(change: Omit<Change, 'id' | 'undoneBy'>, seq?: number): Change;
  getChange(id: number): Change | undefined;
  /** The lane position of a change (its seq, or its id). */
  laneSeq(id: number): number;
  listChanges(filter?: ChangeFilter): Change[];
  updateChange(change: Change, update: ChangeUpdate): Change;
  /** Links an applied change to the change that undoes it, or unlinks it (null). */
  setUndoneBy(id: number, undoneBy: number | null): void;
  insertAudit(entry: Omit<AuditEntry, 'id'>): AuditEntry;
  getAudit(id: number): AuditEntry | undefined;
  listAudit(filter?: { objectGuid?: string }): AuditEntry[];
  /**
   * A create applied: its lane (the create and what was recorded behind it) takes the object's
   * real GUID, so later sends address <GUID=real> and new edits of the object join the same lane.
   */
  adoptObjectGuid(provisional: string, real: string): void;
  /** Changes left 'applying' by a crash go back to 'retryable'; returns how many. */
  recoverInterrupted(updatedAt: string): number;
}

type Row = Record<string, SQLInputValue>;

export function createJournalStore(db: DatabaseSync): JournalStore {
  const insertChange = db.prepare(`
    INSERT INTO changes (operation, object_guid, dn, object_class, edits, profile_id, domain, created_at, updated_at, author, status, attempts, outcome, origin, seq, target)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const getChange = db.prepare('SELECT * FROM changes WHERE id = ?');
  const laneSeq = db.prepare('SELECT COALESCE(seq, id) AS seq FROM changes WHERE id = ?');
  const updateChange = db.prepare(
    'UPDATE changes SET status = ?, attempts = ?, outcome = ?, updated_at = ? WHERE id = ?',
  );
  const setUndoneBy = db.prepare('UPDATE changes SET undone_by = ? WHERE id = ?');
  const insertAudit = db.prepare(`
    INSERT INTO audit (change_id, object_guid, dn, author, applied_at, before, after, powershell, new_dn)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const renameLane = db.prepare('UPDATE changes SET object_guid = ? WHERE object_guid = ?');
  const getAudit = db.prepare('SELECT * FROM audit WHERE id = ?');
  const recover = db.prepare(
    "UPDATE changes SET status = 'retryable', updated_at = ? WHERE status = 'applying'",
  );

  return {
    insertChange(change, seq) {
      const result = insertChange.run(
        change.operation,
        change.objectGuid,
        change.dn,
        JSON.stringify(change.objectClass),
        JSON.stringify(change.edits),
        change.profileId,
        change.domain,
        change.createdAt,
        change.updatedAt,
        change.author,
        change.status,
        change.attempts,
        jsonOrNull(change.outcome),
        jsonOrNull(change.origin),
        seq ?? null,
        jsonOrNull(change.target),
      );
      return { ...change, id: Number(result.lastInsertRowid), undoneBy: null };
    },
    getChange(id) {
      const row = getChange.get(id);
      return row === undefined ? undefined : toChange(row);
    },
    laneSeq(id) {
      const row = laneSeq.get(id) as { seq: number } | undefined;
      return row === undefined ? id : Number(row.seq);
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
      const order = filter.laneOrder === true ? 'COALESCE(seq, id), id' : 'id';
      const sql = `SELECT * FROM changes ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`;
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
    setUndoneBy(id, undoneBy) {
      setUndoneBy.run(undoneBy, id);
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
        entry.newDn ?? null,
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
    adoptObjectGuid(provisional, real) {
      renameLane.run(real, provisional);
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
    operation: String(row['operation'] ?? 'modify') as Change['operation'],
    objectGuid: String(row['object_guid']),
    dn: String(row['dn']),
    objectClass: JSON.parse(String(row['object_class'])) as string[],
    edits: JSON.parse(String(row['edits'])) as Change['edits'],
    profileId:
      row['profile_id'] === null || row['profile_id'] === undefined ? null : String(row['profile_id']),
    domain: row['domain'] === null || row['domain'] === undefined ? null : String(row['domain']),
    createdAt: String(row['created_at']),
    updatedAt: String(row['updated_at']),
    author: String(row['author']),
    status: String(row['status']) as ChangeStatus,
    attempts: Number(row['attempts']),
    outcome: parseOrNull<ChangeOutcome>(row['outcome']),
    origin: parseOrNull<Change['origin']>(row['origin']),
    undoneBy: row['undone_by'] === null || row['undone_by'] === undefined ? null : Number(row['undone_by']),
    // Only renames and moves have one: other changes keep the shape they always had.
    ...(row['target'] === null || row['target'] === undefined
      ? {}
      : { target: parseOrNull<NonNullable<Change['target']>>(row['target']) }),
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
    ...(typeof row['new_dn'] === 'string' ? { newDn: row['new_dn'] } : {}),
  };
}
