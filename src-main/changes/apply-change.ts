import type { AuditEntry, Change, ConflictValues, Edit } from './change.ts';
import { classifyFailure, type Failure } from './classify-failure.ts';
import { setStatus, type JournalContext } from './journal-context.ts';
import { computeChangeModifications } from './modifications.ts';
import type { DirectoryWriter } from './ports.ts';
import { toPowerShell } from './powershell.ts';
import { inTransaction } from '../store/transaction.ts';
import { sameValues, valuesOf } from './values.ts';

/** Result codes a compare-and-swap produces when the directory moved on since the read. */
const CAS_RESULT_CODES = new Set([16, 19, 20]);

/**
 * Sends one change as one modify and records what happened. Never throws for directory failures:
 * they become the change's status (retryable, conflict, rejected), and nothing is deleted.
 */
export async function applyChange(
  ctx: JournalContext,
  queued: Change,
  writer: DirectoryWriter,
): Promise<Change> {
  // 'applying' is announced but not written: the outcome's transaction records the attempt. After
  // a crash mid-send the row still says pending/retryable, which is right — the next attempt's
  // compare-and-swap finds out whether the lost one landed. That saves a commit per change.
  const change: Change = {
    ...queued,
    status: 'applying',
    attempts: queued.attempts + 1,
    updatedAt: ctx.now(),
  };
  ctx.emit(change);
  let before: Record<string, string[]> | null = null;
  try {
    // An edit without base replaces blindly; read what it replaces so the audit (and undo) knows.
    const blind = change.edits.filter((edit) => edit.base === null);
    if (blind.length > 0) before = await readCurrent(writer, change.dn, blind);
    await writer.modify(change.dn, computeChangeModifications(change.edits));
  } catch (error) {
    return recordFailure(ctx, change, classifyFailure(error), writer);
  }
  return recordApplied(ctx, change, before, false);
}

function recordApplied(
  ctx: JournalContext,
  change: Change,
  blindBefore: Record<string, string[]> | null,
  alreadyInPlace: boolean,
): Change {
  const at = ctx.now();
  const updated = inTransaction(ctx.db, () => {
    const audit = ctx.store.insertAudit(auditEntry(change, blindBefore, at));
    const outcome = {
      kind: 'applied' as const,
      at,
      auditId: audit.id,
      ...(alreadyInPlace ? { alreadyInPlace } : {}),
    };
    return ctx.store.updateChange(change, {
      status: 'applied',
      outcome,
      attempts: change.attempts,
      updatedAt: at,
    });
  });
  ctx.emit(updated);
  return updated;
}

async function recordFailure(
  ctx: JournalContext,
  change: Change,
  failure: Failure,
  writer: DirectoryWriter,
): Promise<Change> {
  const at = ctx.now();
  if (failure.kind === 'retryable') {
    return setStatus(ctx, change, 'retryable', {
      kind: 'retryable',
      at,
      code: failure.code,
      message: failure.message,
    });
  }
  const rejected = {
    kind: 'rejected' as const,
    at,
    code: failure.code,
    resultCode: failure.resultCode,
    message: failure.message,
  };
  const casEdits = change.edits.filter((edit) => edit.base !== null);
  if (
    failure.resultCode === undefined ||
    !CAS_RESULT_CODES.has(failure.resultCode) ||
    casEdits.length === 0
  ) {
    return setStatus(ctx, change, 'rejected', rejected);
  }

  let theirs: Record<string, string[]>;
  try {
    theirs = await readCurrent(writer, change.dn, change.edits);
  } catch (readError) {
    const readFailure = classifyFailure(readError);
    if (readFailure.kind === 'retryable') {
      return setStatus(ctx, change, 'retryable', {
        kind: 'retryable',
        at,
        code: readFailure.code,
        message: readFailure.message,
      });
    }
    return setStatus(ctx, change, 'rejected', rejected);
  }

  // The directory already holds what we wanted: an earlier attempt landed but its answer was lost.
  if (change.edits.every((edit) => sameValues(valuesOf(theirs, edit.attr), edit.desired))) {
    return recordApplied(ctx, change, null, true);
  }
  const attrs: Record<string, ConflictValues> = {};
  for (const edit of change.edits) {
    const current = valuesOf(theirs, edit.attr);
    attrs[edit.attr] = {
      base: edit.base,
      mine: edit.desired,
      theirs: current,
      differs: edit.base !== null && !sameValues(current, edit.base),
    };
  }
  // Nobody else touched our attributes: the server refused the request itself.
  if (!Object.values(attrs).some((values) => values.differs))
    return setStatus(ctx, change, 'rejected', rejected);

  const changed = Object.entries(attrs)
    .filter(([, values]) => values.differs)
    .map(([attr]) => attr);
  const message = `Not applied: ${changed.join(', ')} changed on the server since you read ${changed.length > 1 ? 'them' : 'it'}. Choose which values to keep.`;
  return setStatus(ctx, change, 'conflict', {
    kind: 'conflict',
    at,
    resultCode: failure.resultCode,
    message,
    attrs,
  });
}

async function readCurrent(
  writer: DirectoryWriter,
  dn: string,
  edits: readonly Edit[],
): Promise<Record<string, string[]>> {
  const binary = edits.filter((edit) => edit.binary === true).map((edit) => edit.attr);
  return writer.readAttributes(
    dn,
    edits.map((edit) => edit.attr),
    binary,
  );
}

function auditEntry(
  change: Change,
  blindBefore: Record<string, string[]> | null,
  appliedAt: string,
): Omit<AuditEntry, 'id'> {
  return {
    changeId: change.id,
    objectGuid: change.objectGuid,
    dn: change.dn,
    author: change.author,
    appliedAt,
    before: change.edits.map((edit) => ({
      attr: edit.attr,
      binary: edit.binary === true,
      values: edit.base ?? (blindBefore === null ? null : valuesOf(blindBefore, edit.attr)),
    })),
    after: change.edits.map((edit) => ({
      attr: edit.attr,
      binary: edit.binary === true,
      values: edit.desired,
    })),
    powershell: toPowerShell(change),
  };
}
