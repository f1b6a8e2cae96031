import type { DatabaseSync } from 'node:sqlite';
import type {
  GuidedFixKind,
  GuidedFixRecord,
  GuidedFixStatus,
  StepCheck,
} from '../../src-preload/shared/guided/guided-fix.ts';
import type { DirectoryScope } from '../changes/journal.ts';

interface Row {
  id: number;
  kind: string;
  status: string;
  step: number;
  facts: string;
  checks: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: Row): GuidedFixRecord {
  return {
    id: row.id,
    kind: row.kind as GuidedFixKind,
    status: row.status as GuidedFixStatus,
    step: row.step,
    facts: JSON.parse(row.facts) as unknown,
    checks: JSON.parse(row.checks) as (StepCheck | null)[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** How many finished fixes the list keeps showing beside the open ones. */
const RECENT_FINISHED = 20;

/**
 * The guided fixes of each directory, in the local database. A fix belongs to the profile and
 * domain it was started on, as a journal change does: another connection never sees or resumes it.
 */
export class GuidedStore {
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  create(scope: DirectoryScope, kind: GuidedFixKind, facts: unknown, now: string): GuidedFixRecord {
    const row = this.#db
      .prepare(
        `INSERT INTO guided_fixes (profile_id, domain, kind, status, step, facts, checks, created_at, updated_at)
         VALUES (?, ?, ?, 'open', 0, ?, '[]', ?, ?) RETURNING *`,
      )
      .get(scope.profileId, scope.domain, kind, JSON.stringify(facts), now, now) as unknown as Row;
    return fromRow(row);
  }

  get(scope: DirectoryScope, id: number): GuidedFixRecord | undefined {
    const row = this.#db
      .prepare('SELECT * FROM guided_fixes WHERE id = ? AND profile_id = ? AND domain = ?')
      .get(id, scope.profileId, scope.domain) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Writes where the fix stands; its facts never change after it started. */
  save(fix: GuidedFixRecord): void {
    this.#db
      .prepare('UPDATE guided_fixes SET status = ?, step = ?, checks = ?, updated_at = ? WHERE id = ?')
      .run(fix.status, fix.step, JSON.stringify(fix.checks), fix.updatedAt, fix.id);
  }

  /** Open fixes, then the most recently finished ones; newest first within each. */
  list(scope: DirectoryScope): GuidedFixRecord[] {
    const open = this.#db
      .prepare(
        "SELECT * FROM guided_fixes WHERE profile_id = ? AND domain = ? AND status = 'open' ORDER BY id DESC",
      )
      .all(scope.profileId, scope.domain) as unknown as Row[];
    const finished = this.#db
      .prepare(
        "SELECT * FROM guided_fixes WHERE profile_id = ? AND domain = ? AND status <> 'open' ORDER BY id DESC LIMIT ?",
      )
      .all(scope.profileId, scope.domain, RECENT_FINISHED) as unknown as Row[];
    return [...open, ...finished].map(fromRow);
  }
}
