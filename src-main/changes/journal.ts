import { AppError } from '../../src-preload/contract/errors.ts';
import { inTransaction } from '../store/transaction.ts';
import { applyChange } from './apply-change.ts';
import type { Change, ChangeOrigin, NewChange } from './change.ts';
import { countLane, drainLanes, emptySummary, type DrainOptions, type DrainSummary } from './drain.ts';
import { requireChange, requireStatus, setStatus, type JournalContext } from './journal-context.ts';
import { createJournalStore } from './journal-store.ts';
import { ObjectLanes } from './object-lanes.ts';
import { toPowerShell } from './powershell.ts';
import { refuseUndoOfAccountAction, undoPlacement } from './undo-rules.ts';
import { resolutionEdits, undoEdits } from './reverse-edits.ts';
import { normaliseEdit, requirePasswordWhereNeeded, validateNewChange } from './validate-change.ts';
import { passwordNeeded } from './apply-password.ts';
import type { NewPasswordChange } from './password-change.ts';
import { PasswordSecrets } from './password-secrets.ts';
import { sameDomain } from '../../src-preload/shared/values.ts';

export type { AttributeResolution, DirectoryScope, Journal, JournalOptions } from './journal-api.ts';
import type { DirectoryScope, Journal, JournalOptions } from './journal-api.ts';

/** Changes that still stand in their object's lane. */
const OPEN: Change['status'][] = ['pending', 'retryable', 'conflict', 'rejected'];
const SENDABLE: readonly Change['status'][] = ['pending', 'retryable'];

export function createJournal(options: JournalOptions): Journal {
  const clock = options.now ?? (() => new Date());
  const writer = options.writer;
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
  const secrets = new PasswordSecrets();
  // Passwords live in this process only: a reset queued before a restart now has none, and says so
  // at once rather than failing quietly when it would be sent.
  for (const change of ctx.store.listChanges({ statuses: ['pending', 'retryable'] })) {
    if (change.operation === 'password') setStatus(ctx, change, 'rejected', passwordNeeded(ctx.now()));
  }
  const inFlight = new Set<number>();
  const lanes = new ObjectLanes();
  const withLiveStatus = (change: Change): Change =>
    inFlight.has(change.id) ? { ...change, status: 'applying' } : change;
  let drain: Promise<DrainSummary> | null = null;

  function insert(change: NewChange, origin: ChangeOrigin | null, seq?: number): Change {
    validateNewChange(change);
    requirePasswordWhereNeeded(change);
    const at = ctx.now();
    return ctx.store.insertChange(
      {
        operation: change.operation ?? 'modify',
        objectGuid: change.objectGuid,
        dn: change.dn,
        objectClass: [...change.objectClass],
        edits: change.edits.map(normaliseEdit),
        profileId: change.profileId ?? null,
        domain: change.domain ?? null,
        createdAt: at,
        updatedAt: at,
        author: change.author ?? options.author,
        status: 'pending',
        attempts: 0,
        outcome: null,
        origin,
        ...(change.target === undefined || change.target === null ? {} : { target: change.target }),
      },
      seq,
    );
  }

  function openLane(objectGuid: string, scope: DirectoryScope | undefined): Change[] {
    return ctx.store
      .listChanges({ statuses: OPEN, objectGuid, laneOrder: true })
      .filter((change) => inScope(change, scope));
  }

  /** `preflighted`: a create checked against the live directory by the request that recorded it. */
  async function applyQueued(change: Change, preflighted = false): Promise<Change> {
    if (inFlight.has(change.id)) {
      throw new AppError('VALIDATION_FAILED', `Change ${change.id} is already being sent.`, {
        id: change.id,
      });
    }
    inFlight.add(change.id);
    try {
      const check = preflighted ? undefined : options.checkCreate;
      return await applyChange(ctx, change, writer, secrets, check);
    } finally {
      inFlight.delete(change.id);
    }
  }

  /** Later changes of a stuck object say what they wait for, instead of sitting silently. */
  function markWaiting(rest: readonly Change[], stuck: Change): number {
    let count = 0;
    for (const listed of rest) {
      const change = requireChange(ctx, listed.id);
      if (!SENDABLE.includes(change.status)) continue;
      count += 1;
      if (change.outcome?.kind === 'waiting' && change.outcome.behind === stuck.id) continue;
      setStatus(ctx, change, change.status, {
        kind: 'waiting',
        at: ctx.now(),
        behind: stuck.id,
        message: `Waits for change #${stuck.id} of this object (${stuck.status}): retry, resolve or discard it first.`,
      });
    }
    return count;
  }

  /** The lane's body: sends waiting changes in order, stopping at the first that does not apply. */
  async function sendLane(
    objectGuid: string,
    scope: DirectoryScope | undefined,
    summary: DrainSummary,
    preflighted = false,
  ): Promise<Change[]> {
    const lane = openLane(objectGuid, scope);
    const results: Change[] = [];
    let blocked = 0;
    for (const [index, listed] of lane.entries()) {
      const change = withLiveStatus(requireChange(ctx, listed.id));
      if (change.status === 'discarded' || change.status === 'applied') continue;
      if (!SENDABLE.includes(change.status)) {
        blocked = markWaiting(lane.slice(index + 1), change);
        break;
      }
      const result = await applyQueued(change, preflighted);
      results.push(result);
      if (result.status === 'applied' || result.status === 'discarded') continue;
      blocked = markWaiting(lane.slice(index + 1), result);
      break;
    }
    countLane(summary, results, blocked);
    return results;
  }

  /**
   * Once per lane run, with what it applied: the object is read back once for its last state, not
   * once per step (a create's add, password and enable would be three reads of the same entry).
   */
  function announceLane(sent: readonly Change[]): void {
    const applied = sent.filter((change) => change.status === 'applied');
    if (applied.length === 0) return;
    try {
      options.onLaneSent?.(applied);
    } catch (error) {
      console.error('RecipientDesk journal lane listener failed', error);
    }
  }

  /** Sends one change at the head of its lane, then whatever of the lane can follow it. */
  function sendOne(id: number, allowed: Change['status'][]): Promise<Change> {
    const first = requireChange(ctx, id);
    return lanes.run(first.objectGuid, async () => {
      const change = withLiveStatus(requireChange(ctx, id));
      requireStatus(change, allowed, 'sent');
      const ahead = openLane(change.objectGuid, undefined).find(
        (other) => ctx.store.laneSeq(other.id) < ctx.store.laneSeq(id) && other.id !== id,
      );
      if (ahead !== undefined) {
        throw new AppError(
          'VALIDATION_FAILED',
          `Change #${ahead.id} of this object (${ahead.status}) must be applied or discarded before change #${id}.`,
          { id, behind: ahead.id },
        );
      }
      const result = await applyQueued(change);
      const followers =
        result.status === 'applied' ? await sendLane(result.objectGuid, undefined, emptySummary()) : [];
      announceLane([result, ...followers]);
      return requireChange(ctx, id);
    });
  }

  function sendObjects(
    objectGuids: readonly string[],
    scope?: DirectoryScope,
    drainOptions: DrainOptions = {},
    preflighted = false,
  ): Promise<DrainSummary> {
    const unique = [...new Set(objectGuids.map((guid) => guid.toLowerCase()))];
    return drainLanes(
      unique,
      (guid, summary) =>
        lanes.run(guid, async () => announceLane(await sendLane(guid, scope, summary, preflighted))),
      drainOptions,
    );
  }

  /** A discarded change no longer holds its lane: what waited behind it stops saying so. */
  function releaseWaiting(stuck: Change): void {
    for (const change of openLane(stuck.objectGuid, undefined)) {
      if (change.outcome?.kind === 'waiting' && change.outcome.behind === stuck.id)
        setStatus(ctx, change, change.status, null);
    }
  }

  /**
   * When an undo gives way (discarded, or replaced by its conflict's resolution), the change it
   * undid says so: unlinked, it may be undone again; relinked, it names the replacement.
   */
  function moveUndoLink(undo: Change, to: number | null): void {
    if (undo.origin?.kind !== 'undo') return;
    const entry = ctx.store.getAudit(undo.origin.auditId);
    const undone = entry === undefined ? undefined : ctx.store.getChange(entry.changeId);
    if (undone === undefined || undone.undoneBy !== undo.id) return;
    ctx.store.setUndoneBy(undone.id, to);
    ctx.emit(requireChange(ctx, undone.id));
  }

  function holdPassword(created: Change, input: NewChange | NewPasswordChange): void {
    if ('password' in input && typeof input.password === 'string') secrets.hold(created.id, input.password);
  }

  function discardFollowers(create: Change): void {
    for (const change of openLane(create.objectGuid, undefined)) {
      if (change.id === create.id || inFlight.has(change.id)) continue;
      secrets.forget(change.id);
      setStatus(ctx, change, 'discarded', {
        kind: 'discarded',
        at: ctx.now(),
        previous: change.outcome,
      });
    }
  }

  const journal: Journal = {
    record(change) {
      const created = insert(change, null);
      holdPassword(created, change);
      ctx.emit(created);
      return created;
    },
    recordMany(changes) {
      const created = inTransaction(ctx.db, () => changes.map((change) => insert(change, null)));
      created.forEach((change, index) => holdPassword(change, changes[index]!));
      for (const change of created) ctx.emit(change);
      return created;
    },
    supplyPassword(id, password) {
      const change = withLiveStatus(requireChange(ctx, id));
      if (change.operation !== 'password')
        throw new AppError('VALIDATION_FAILED', `Change #${id} is not a password change.`, { id });
      requireStatus(change, ['pending', 'retryable', 'rejected'], 'given a password');
      if (password === '') throw new AppError('INVALID_INPUT', 'Enter the new password.', { id });
      secrets.hold(id, password);
      return change;
    },
    get: (id) => withLiveStatus(requireChange(ctx, id)),
    list(filter) {
      const changes = ctx.store.listChanges(filter).map(withLiveStatus);
      const statuses = filter?.statuses;
      return statuses === undefined ? changes : changes.filter((change) => statuses.includes(change.status));
    },
    apply: (id) => sendOne(id, ['pending', 'retryable']),
    sendObjects: (guids, scope, sendOptions) =>
      sendObjects(guids, scope, {}, sendOptions?.preflighted === true),
    applyPending(drainOptions = {}) {
      // One drain at a time: a second caller (reconnect event + button) joins the running one.
      drain ??= (() => {
        const guids = ctx.store
          .listChanges({ statuses: ['pending', 'retryable'] })
          .filter((change) => inScope(change, drainOptions.scope))
          .map((change) => change.objectGuid);
        return sendObjects(guids, drainOptions.scope, drainOptions);
      })().finally(() => {
        drain = null;
      });
      return drain;
    },
    retry: (id) => sendOne(id, ['retryable', 'rejected', 'conflict']),
    discard(id) {
      const change = withLiveStatus(requireChange(ctx, id)); // never under a modify in flight
      requireStatus(change, ['pending', 'retryable', 'conflict', 'rejected'], 'discarded');
      secrets.forget(id);
      const discarded = setStatus(ctx, change, 'discarded', {
        kind: 'discarded',
        at: ctx.now(),
        previous: change.outcome,
      });
      // What waits behind a create addresses an object that will now never exist: it goes too.
      if (change.operation === 'create') discardFollowers(discarded);
      else releaseWaiting(discarded);
      moveUndoLink(discarded, null);
      return discarded;
    },
    resolveConflict(id, keep) {
      const change = requireChange(ctx, id);
      requireStatus(change, ['conflict'], 'resolved');
      const outcome = change.outcome;
      if (outcome?.kind !== 'conflict')
        throw new AppError('INTERNAL', `Change ${id} is marked conflict but keeps no conflict values.`);
      // Mine again, now against what the server holds: a full set compares with theirs, a delta
      // stays a delta (what is still to remove and to add), so nothing else of the list is touched.
      const perAttribute = typeof keep === 'object' ? keep : null;
      const edits = perAttribute?.edits ?? resolutionEdits(change.edits, outcome.attrs);
      if (keep === 'theirs' || edits.length === 0) return journal.discard(id);
      const [created, discarded] = inTransaction(ctx.db, () => {
        const next = insert(
          { ...change, edits },
          {
            kind: 'resolution',
            of: id,
            keep: 'mine',
            ...(perAttribute === null ? {} : { attributes: { ...perAttribute.attributes } }),
          },
          ctx.store.laneSeq(id),
        );
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
      // An undo kept against the server's values still undoes the same change.
      moveUndoLink(change, created.id);
      return created;
    },
    undo(auditId, author) {
      const entry = ctx.store.getAudit(auditId);
      if (entry === undefined)
        throw new AppError('NOT_FOUND', `Audit entry ${auditId} is not in the local audit log.`, { auditId });
      const applied = requireChange(ctx, entry.changeId);
      refuseUndoOfAccountAction(applied, auditId);
      if (applied.operation === 'delete') {
        throw new AppError(
          'VALIDATION_FAILED',
          `A deleted object cannot be brought back by an edit: restore it from the AD Recycle Bin (Restore-ADObject). Its attributes are kept in audit entry ${auditId}.`,
          { auditId },
        );
      }
      if (applied.undoneBy !== null) {
        throw new AppError(
          'VALIDATION_FAILED',
          `Change #${applied.id} is already undone by change #${applied.undoneBy}; discard that one to undo again.`,
          { auditId, undoneBy: applied.undoneBy },
        );
      }
      const reverse = undoPlacement(applied, entry) ?? {
        objectGuid: entry.objectGuid,
        dn: entry.dn,
        objectClass: applied.objectClass,
        edits: undoEdits(entry),
      };
      const created = inTransaction(ctx.db, () => {
        const undo = insert(
          {
            ...reverse,
            profileId: applied.profileId,
            domain: applied.domain,
            ...(author === undefined ? {} : { author }),
          },
          { kind: 'undo', auditId },
        );
        ctx.store.setUndoneBy(applied.id, undo.id);
        return undo;
      });
      ctx.emit(requireChange(ctx, applied.id));
      ctx.emit(created);
      return created;
    },
    audit: (filter) => ctx.store.listAudit(filter),
    powershell: (id, psOptions) => toPowerShell(requireChange(ctx, id), psOptions),
  };
  return journal;
}

function inScope(change: Change, scope: DirectoryScope | undefined): boolean {
  if (scope === undefined) return true;
  return change.profileId === scope.profileId && sameDomain(change.domain, scope.domain);
}
