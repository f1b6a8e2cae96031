import type { Change, ConflictValues, Edit } from './change.ts';
import { classifyFailure, type Failure } from './classify-failure.ts';
import { setStatus, type JournalContext } from './journal-context.ts';
import { computeChangeModifications } from './modifications.ts';
import { guidDn, type DirectoryWriter } from './ports.ts';
import { alreadyInPlace, isDelta, sameValues, valuesIn, valuesOf } from '../../src-preload/shared/values.ts';
import { applyCreate, applyRenameOrMove, type CreateCheck } from './apply-naming.ts';
import { recordApplied, type ReadBefore } from './record-applied.ts';
import { applyPassword } from './apply-password.ts';
import type { PasswordSecrets } from './password-secrets.ts';

/**
 * Result codes a compare-and-swap produces when the directory moved on since the read: 16 a value
 * to remove is gone, 19/20 a value to add is there. For linked attributes (member) AD answers an
 * existing value with 68 (ENTRY_EXISTS) and a missing one with 53 (WILL_NOT_PERFORM); Samba does
 * the same for 68. The read that follows decides: if nobody touched our values it is a rejection.
 */
const CAS_RESULT_CODES = new Set([16, 19, 20, 53, 68]);
const NO_SUCH_OBJECT = 32;

/**
 * Sends one change as one modify (or one delete) to the object's GUID and records what happened.
 * Never throws for directory failures: they become the change's status (retryable, conflict,
 * rejected), and nothing is deleted that the admin did not remove.
 */
export async function applyChange(
  ctx: JournalContext,
  queued: Change,
  writer: DirectoryWriter,
  secrets: PasswordSecrets,
  checkCreate?: CreateCheck,
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
  if (change.operation === 'create') return applyCreate(ctx, change, writer, checkCreate);
  if (change.operation === 'password') return applyPassword(ctx, change, writer, secrets);
  if (change.operation === 'rename' || change.operation === 'move')
    return applyRenameOrMove(ctx, change, writer);
  const target = guidDn(change.objectGuid);
  let before: ReadBefore | null = null;
  try {
    if (change.operation === 'delete') {
      // The audit keeps what the object held, so the admin can see (and rebuild) what was removed.
      before = await writer.readEntry(target);
      if (Object.keys(before.values).length === 0) return recordGone(ctx, change);
      await writer.delete(target);
    } else {
      // An edit without base replaces blindly; read what it replaces so the audit (and undo) knows.
      const blind = change.edits.filter((edit) => !isDelta(edit) && edit.base === null);
      if (blind.length > 0) before = { values: await readCurrent(writer, target, blind) };
      await writer.modify(target, computeChangeModifications(change.edits));
    }
  } catch (error) {
    return recordFailure(ctx, change, classifyFailure(error), writer);
  }
  return recordApplied(ctx, change, before, false);
}

/** A delete whose object is already gone: nothing was removed by us, so nothing to audit or undo. */
function recordGone(ctx: JournalContext, change: Change): Change {
  return setStatus(ctx, change, 'rejected', {
    kind: 'rejected',
    at: ctx.now(),
    code: 'LDAP_NO_SUCH_OBJECT',
    resultCode: NO_SUCH_OBJECT,
    message: 'Not deleted: the object no longer exists (someone else deleted it).',
  });
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
  const casEdits = change.edits.filter((edit) => isDelta(edit) || edit.base !== null);
  if (
    change.operation === 'delete' ||
    failure.resultCode === undefined ||
    !CAS_RESULT_CODES.has(failure.resultCode) ||
    casEdits.length === 0
  ) {
    return setStatus(ctx, change, 'rejected', rejected);
  }

  let theirs: Record<string, string[]>;
  try {
    theirs = await readCurrent(writer, guidDn(change.objectGuid), change.edits);
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
  if (change.edits.every((edit) => alreadyInPlace(edit, valuesOf(theirs, edit.attr)))) {
    return recordApplied(ctx, change, null, true);
  }
  const attrs: Record<string, ConflictValues> = {};
  for (const edit of change.edits) attrs[edit.attr] = conflictValues(edit, valuesOf(theirs, edit.attr));
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

/**
 * A set edit keeps the three lists of a three-way view. A delta keeps only its own values and
 * which of them the server holds: the rest of a 5,000-member list is not the admin's edit.
 */
function conflictValues(edit: Edit, current: string[]): ConflictValues {
  if (isDelta(edit)) {
    const present = valuesIn([...edit.remove, ...edit.add], current);
    return {
      mode: 'delta',
      remove: edit.remove,
      add: edit.add,
      present,
      // The server is as the delta expected when exactly its removals are there.
      differs: !sameValues(present, edit.remove),
    };
  }
  return {
    base: edit.base,
    mine: edit.desired,
    theirs: current,
    differs: edit.base !== null && !sameValues(current, edit.base),
  };
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
