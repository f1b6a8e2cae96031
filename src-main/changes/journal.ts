import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../src-preload/contract/errors.ts';
import { inTransaction } from '../store/transaction.ts';
import { applyChange } from './apply-change.ts';
import type { AuditEntry, Change, ChangeOrigin, Edit, NewChange } from './change.ts';
import { drainPending, type DrainOptions, type DrainSummary } from './drain.ts';
import { requireChange, requireStatus, setStatus, type JournalContext } from './journal-context.ts';
import { createJournalStore, type ChangeFilter } from './journal-store.ts';
import type { DirectoryWriter } from './ports.ts';
import { toPowerShell, type PowerShellOptions } from './powershell.ts';
import { validateNewChange } from './validate-change.ts';
import { sameValues } from './values.ts';

export interface JournalOptions {
  /** An open store database (see store/open-database.ts). */
  db: DatabaseSync;
  /** Who makes the changes, as the audit log shows it (e.g. the bound account). */
  author: string;
  /** Told about every status change, after its commit ('applying' is announced, never stored). */
  onChanged?: (change: Change) => void;
  now?: () => Date;
}

export interface Journal {
  record(change: NewChange): Change;
  /** A bulk edit: every change is queued, in order, or (if one is invalid) none is. */
  recordMany(changes: readonly NewChange[]): Change[];
  get(id: number): Change;
  list(filter?: ChangeFilter): Change[];
  apply(id: number, writer: DirectoryWriter): Promise<Change>;
  applyPending(writer: DirectoryWriter, options?: DrainOptions): Promise<DrainSummary>;
  retry(id: number, writer: DirectoryWriter): Promise<Change>;
  discard(id: number): Change;
  /** 'mine': a new change from the server's current values to mine; 'theirs': drop mine. */
  resolveConflict(id: number, keep: 'mine' | 'theirs'): Change;
  undo(auditId: number): Change;
  audit(filter?: { objectGuid?: string }): AuditEntry[];
  powershell(id: number, options?: PowerShellOptions): string;
}

export function createJournal(options: JournalOptions): Journal {
  const clock = options.now ?? (() => new Date());
  const ctx: JournalContext = {
    db: options.db,
    store: createJournalStore(options.db),
    now: () => clock().toISOString(),
    emit: (change) => {
      try {
        options.onChanged?.(change);
      } catch (error) {
        // A broken listener must not undo a write that is already committed.
        console.error('RecipientDesk journal listener failed', error);
      }
    },
  };
  // 'applying' lives in memory only (see apply-change.ts); a row that says so anyway (written by
  // an older version) is treated like any interrupted send: retried under compare-and-swap.
  ctx.store.recoverInterrupted(ctx.now());
  const inFlight = new Set<number>();
  const withLiveStatus = (change: Change): Change =>
    inFlight.has(change.id) ? { ...change, status: 'applying' } : change;
  let drain: Promise<DrainSummary> | null = null;

  function insert(change: NewChange, origin: ChangeOrigin | null): Change {
    validateNewChange(change);
    const at = ctx.now();
    const created = ctx.store.insertChange({
      objectGuid: change.objectGuid,
      dn: change.dn,
      objectClass: [...change.objectClass],
      edits: change.edits.map(normaliseEdit),
      createdAt: at,
      updatedAt: at,
      author: change.author ?? options.author,
      status: 'pending',
      attempts: 0,
      outcome: null,
      origin,
    });
    return created;
  }

  async function applyOnce(
    id: number,
    writer: DirectoryWriter,
    allowed: Change['status'][],
  ): Promise<Change> {
    const change = withLiveStatus(requireChange(ctx, id));
    requireStatus(change, allowed, 'sent');
    return applyQueued(change, writer);
  }

  /** For the drain: the admin may have discarded or sent a change since the queue was listed. */
  async function sendIfStillWaiting(id: number, writer: DirectoryWriter): Promise<Change> {
    const current = withLiveStatus(requireChange(ctx, id));
    if (current.status !== 'pending' && current.status !== 'retryable') return current;
    return applyQueued(current, writer);
  }

  async function applyQueued(change: Change, writer: DirectoryWriter): Promise<Change> {
    if (inFlight.has(change.id)) {
      throw new AppError('VALIDATION_FAILED', `Change ${change.id} is already being sent.`, {
        id: change.id,
      });
    }
    inFlight.add(change.id);
    try {
      return await applyChange(ctx, change, writer);
    } finally {
      inFlight.delete(change.id);
    }
  }

  const journal: Journal = {
    record(change) {
      const created = insert(change, null);
      ctx.emit(created);
      return created;
    },
    recordMany(changes) {
      const created = inTransaction(ctx.db, () => changes.map((change) => insert(change, null)));
      for (const change of created) ctx.emit(change);
      return created;
    },
    get: (id) => withLiveStatus(requireChange(ctx, id)),
    list(filter) {
      const changes = ctx.store.listChanges(filter).map(withLiveStatus);
      const statuses = filter?.statuses;
      return statuses === undefined ? changes : changes.filter((change) => statuses.includes(change.status));
    },
    apply: (id, writer) => applyOnce(id, writer, ['pending', 'retryable']),
    applyPending(writer, drainOptions) {
      // One drain at a time: a second caller (reconnect event + button) joins the running one.
      drain ??= drainPending(ctx, (change) => sendIfStillWaiting(change.id, writer), drainOptions).finally(
        () => {
          drain = null;
        },
      );
      return drain;
    },
    retry: (id, writer) => applyOnce(id, writer, ['retryable', 'rejected', 'conflict']),
    discard(id) {
      const change = withLiveStatus(requireChange(ctx, id)); // never under a modify in flight
      requireStatus(change, ['pending', 'retryable', 'conflict', 'rejected'], 'discarded');
      return setStatus(ctx, change, 'discarded', {
        kind: 'discarded',
        at: ctx.now(),
        previous: change.outcome,
      });
    },
    resolveConflict(id, keep) {
      const change = requireChange(ctx, id);
      requireStatus(change, ['conflict'], 'resolved');
      const outcome = change.outcome;
      if (outcome?.kind !== 'conflict')
        throw new AppError('INTERNAL', `Change ${id} is marked conflict but keeps no conflict values.`);
      // Mine again, now compared against what the server holds: still a compare-and-swap.
      const edits = change.edits
        .map((edit) => ({ ...edit, base: outcome.attrs[edit.attr]?.theirs ?? [] }))
        .filter((edit) => !sameValues(edit.base, edit.desired));
      if (keep === 'theirs' || edits.length === 0) return journal.discard(id);
      const [created, discarded] = inTransaction(ctx.db, () => {
        const next = insert({ ...change, edits }, { kind: 'resolution', of: id, keep: 'mine' });
        const old = ctx.store.updateChange(change, {
          status: 'discarded',
          outcome: { kind: 'discarded', at: ctx.now(), previous: outcome, replacedBy: next.id },
          attempts: change.attempts,
          updatedAt: ctx.now(),
        });
        return [next, old] as const;
      });
      ctx.emit(discarded);
      ctx.emit(created);
      return created;
    },
    undo(auditId) {
      const entry = ctx.store.getAudit(auditId);
      if (entry === undefined)
        throw new AppError('NOT_FOUND', `Audit entry ${auditId} is not in the local audit log.`, { auditId });
      const applied = requireChange(ctx, entry.changeId);
      const edits: Edit[] = [];
      for (const after of entry.after) {
        const before = entry.before.find((b) => b.attr === after.attr)?.values;
        if (before === null || before === undefined) {
          throw new AppError(
            'VALIDATION_FAILED',
            `This change cannot be undone automatically: the values of ${after.attr} before it were not known. Set them by hand.`,
            { auditId, attr: after.attr },
          );
        }
        if (!sameValues(before, after.values))
          edits.push({ attr: after.attr, binary: after.binary, base: after.values, desired: before });
      }
      if (edits.length === 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          `Nothing to undo: audit entry ${auditId} did not change any value.`,
          { auditId },
        );
      }
      const created = insert(
        { objectGuid: entry.objectGuid, dn: entry.dn, objectClass: applied.objectClass, edits },
        { kind: 'undo', auditId },
      );
      ctx.emit(created);
      return created;
    },
    audit: (filter) => ctx.store.listAudit(filter),
    powershell: (id, psOptions) => toPowerShell(requireChange(ctx, id), psOptions),
  };
  return journal;
}

/** Only mark binary when it is: keeps stored JSON and the PowerShell text stable. */
function normaliseEdit(edit: Edit): Edit {
  const base = edit.base === null ? null : [...edit.base];
  return edit.binary === true
    ? { attr: edit.attr, binary: true, base, desired: [...edit.desired] }
    : { attr: edit.attr, base, desired: [...edit.desired] };
}
