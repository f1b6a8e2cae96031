import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../src-preload/contract/errors.ts';
import type { Change, ChangeOutcome, ChangeStatus } from './change.ts';
import type { JournalStore } from './journal-store.ts';

/** What the journal's parts share: the database, its statements, the clock and the listener. */
export interface JournalContext {
  db: DatabaseSync;
  store: JournalStore;
  now(): string;
  /** Called after the transaction that changed `change` has committed. */
  emit(change: Change): void;
}

export function requireChange(ctx: JournalContext, id: number): Change {
  const change = ctx.store.getChange(id);
  if (change === undefined)
    throw new AppError('NOT_FOUND', `Change ${id} is not in the local journal.`, { id });
  return change;
}

export function requireStatus(change: Change, allowed: readonly ChangeStatus[], action: string): void {
  if (!allowed.includes(change.status)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Change ${change.id} to ${change.dn} is ${change.status}; only ${allowed.join(', ')} changes can be ${action}.`,
      { id: change.id, status: change.status },
    );
  }
}

/** Writes a new status and outcome, then tells the listener. */
export function setStatus(
  ctx: JournalContext,
  change: Change,
  status: ChangeStatus,
  outcome: ChangeOutcome | null,
  attempts = change.attempts,
): Change {
  const updated = ctx.store.updateChange(change, { status, outcome, attempts, updatedAt: ctx.now() });
  ctx.emit(updated);
  return updated;
}
