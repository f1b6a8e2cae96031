import type { Change } from './change.ts';
import { classifyFailure, type Failure } from './classify-failure.ts';
import { setStatus, type JournalContext } from './journal-context.ts';
import { guidDn, type DirectoryWriter } from './ports.ts';
import { recordApplied } from './record-applied.ts';
import { guidToString } from '../directory/guid.ts';
import { parentDnOf, rdnOf, rdnValue, sameDn } from '../../src-preload/shared/dn.ts';
import { alreadyInPlace, isDelta, valuesOf } from '../../src-preload/shared/values.ts';

/**
 * The changes that give an entry its place in the tree: create (LDAP add), rename and move (LDAP
 * modifyDN). None has a compare-and-swap of values, so each reads first or afterwards to tell "the
 * lost reply of our own earlier attempt" from "somebody else's object", and to audit the real DNs.
 */

const NO_SUCH_OBJECT = 32;
const ENTRY_EXISTS = 68;

/**
 * Asked before a queued create is sent (see JournalOptions.checkCreate): null when it may go, or
 * why not in words. A thrown error is read like the add's own (connection lost: retryable).
 */
export type CreateCheck = (change: Change) => Promise<string | null>;

/** Sends a create: the add at its DN, then the new object's GUID read back by that DN. */
export async function applyCreate(
  ctx: JournalContext,
  change: Change,
  writer: DirectoryWriter,
  check?: CreateCheck,
): Promise<Change> {
  if (check !== undefined) {
    let refusal: string | null;
    try {
      refusal = await check(change);
    } catch (error) {
      return recordRefused(ctx, change, classifyFailure(error), null);
    }
    if (refusal !== null)
      return setStatus(ctx, change, 'rejected', {
        kind: 'rejected',
        at: ctx.now(),
        code: 'DUPLICATE',
        message: refusal,
      });
  }
  try {
    await writer.add(change.dn, addAttributes(change));
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.kind === 'refused' && failure.resultCode === ENTRY_EXISTS)
      return createFoundTaken(ctx, change, writer, failure);
    return recordRefused(ctx, change, failure, createRefusal(change, failure));
  }
  return recordCreated(ctx, change, writer, false);
}

/** Sends a rename or move to the object's GUID, with the other half of its DN as it is now. */
export async function applyRenameOrMove(
  ctx: JournalContext,
  change: Change,
  writer: DirectoryWriter,
): Promise<Change> {
  const verb = change.operation === 'rename' ? 'renamed' : 'moved';
  let current: string | null;
  try {
    current = await currentDn(writer, change.objectGuid);
  } catch (error) {
    return recordRefused(ctx, change, classifyFailure(error), null);
  }
  if (current === null) {
    return setStatus(ctx, change, 'rejected', {
      kind: 'rejected',
      at: ctx.now(),
      code: 'LDAP_NO_SUCH_OBJECT',
      resultCode: NO_SUCH_OBJECT,
      message: `Not ${verb}: the object no longer exists (someone else deleted it).`,
    });
  }
  const plan = planModifyDn(change, current);
  // Already where the change takes it: an earlier attempt landed and its answer was lost (or
  // someone did the same meanwhile). Nothing to send; the audit says the object is there.
  if (plan.done) return recordApplied(ctx, change, null, true, { dn: change.dn, newDn: current });
  try {
    await writer.modifyDn(guidDn(change.objectGuid), plan.newRdn, plan.newSuperior);
  } catch (error) {
    const failure = classifyFailure(error);
    return recordRefused(ctx, change, failure, modifyDnRefusal(change, plan, failure));
  }
  return recordApplied(ctx, change, null, false, { dn: current, newDn: plan.newDn });
}

interface ModifyDnPlan {
  newRdn: string;
  newSuperior?: string;
  newDn: string;
  done: boolean;
}

/**
 * A rename keeps whatever container the object is in now and a move keeps whatever name it has
 * now: a rename queued offline never moves back an object someone else moved meanwhile.
 */
function planModifyDn(change: Change, current: string): ModifyDnPlan {
  const currentRdn = rdnOf(current);
  const currentParent = parentDnOf(current);
  const target = change.target ?? null;
  if (change.operation === 'rename' && target !== null && 'newRdn' in target) {
    // Exact comparison: a case-only rename (pat lee → Pat Lee) is a rename too.
    // The container is sent too, as read: Samba resolves a modifyDN without newSuperior against
    // the parent of the request's DN, which for <GUID=…> is nothing (noSuchObject).
    return {
      newRdn: target.newRdn,
      newSuperior: currentParent,
      newDn: `${target.newRdn},${currentParent}`,
      done: currentRdn === target.newRdn,
    };
  }
  if (target !== null && 'newParentDn' in target) {
    return {
      newRdn: currentRdn,
      newSuperior: target.newParentDn,
      newDn: `${currentRdn},${target.newParentDn}`,
      done: sameDn(currentParent, target.newParentDn),
    };
  }
  throw new Error(`Change ${change.id} (${change.operation}) has no target.`);
}

/** The add's attributes: objectClass and every edit's values (bytes for binary ones). */
function addAttributes(change: Change): Record<string, string[] | Buffer[]> {
  const attributes: Record<string, string[] | Buffer[]> = { objectClass: [...change.objectClass] };
  for (const edit of change.edits) {
    const values = isDelta(edit) ? edit.add : edit.desired;
    attributes[edit.attr] =
      edit.binary === true ? values.map((value) => Buffer.from(value, 'base64')) : [...values];
  }
  return attributes;
}

/**
 * "Entry exists" on an add. After an attempt whose answer was lost (retryable) it may be our own
 * entry: if it holds exactly what the change writes it is ours and the change applied. After a
 * first attempt or a refused one nothing of ours can be there, so the name is another object's:
 * claiming it would send the steps queued behind the create (password, enable) to someone else.
 */
async function createFoundTaken(
  ctx: JournalContext,
  change: Change,
  writer: DirectoryWriter,
  failure: Failure & { kind: 'refused' },
): Promise<Change> {
  let found: Record<string, string[]> | null;
  try {
    found = await readIfExists(writer, change.dn, change);
  } catch (error) {
    return recordRefused(ctx, change, classifyFailure(error), null);
  }
  if (found !== null && change.outcome?.kind === 'retryable' && holdsWhatCreateWrites(change, found))
    return recordCreated(ctx, change, writer, true);
  // 68 without an entry at the DN: another unique value (sAMAccountName…) is taken; say the server's words.
  const message =
    found === null
      ? failure.message
      : `Not created: the name "${rdnValue(rdnOf(change.dn))}" is taken: ${parentDnOf(change.dn)} already holds an object called that. Choose another name. Nothing was written.`;
  return recordRefused(ctx, change, failure, message);
}

function holdsWhatCreateWrites(change: Change, found: Record<string, string[]>): boolean {
  const classes = new Set(valuesOf(found, 'objectClass').map((name) => name.toLowerCase()));
  if (!change.objectClass.every((name) => classes.has(name.toLowerCase()))) return false;
  return change.edits.every((edit) => alreadyInPlace(edit, valuesOf(found, edit.attr)));
}

async function recordCreated(
  ctx: JournalContext,
  change: Change,
  writer: DirectoryWriter,
  inPlace: boolean,
): Promise<Change> {
  let objectGuid: string | null;
  try {
    const read = await readIfExists(writer, change.dn, null);
    const raw = read === null ? undefined : valuesOf(read, 'objectGUID')[0];
    objectGuid = raw === undefined ? null : guidToString(Buffer.from(raw, 'base64'));
  } catch (error) {
    // The add landed but its GUID could not be read: the retry's add answers "exists", finds the
    // entry holding our values and records it then.
    return recordRefused(ctx, change, classifyFailure(error), null);
  }
  if (objectGuid === null || objectGuid === '') {
    return setStatus(ctx, change, 'retryable', {
      kind: 'retryable',
      at: ctx.now(),
      code: 'NOT_FOUND',
      message: `The new object was added but could not be read back at ${change.dn}; retry to check it.`,
    });
  }
  return recordApplied(ctx, change, null, inPlace, { dn: change.dn, newDn: change.dn, objectGuid });
}

/** The entry at `dn` (the create's attributes, or only its GUID), or null when there is none. */
async function readIfExists(
  writer: DirectoryWriter,
  dn: string,
  change: Change | null,
): Promise<Record<string, string[]> | null> {
  const attrs = change === null ? ['objectGUID'] : ['objectClass', ...change.edits.map((e) => e.attr)];
  const binary =
    change === null ? ['objectGUID'] : change.edits.filter((e) => e.binary === true).map((e) => e.attr);
  try {
    const read = await writer.readAttributes(dn, attrs, binary);
    return Object.keys(read).length === 0 ? null : read;
  } catch (error) {
    if (classifyFailure(error).kind === 'refused' && resultCodeOf(error) === NO_SUCH_OBJECT) return null;
    throw error;
  }
}

/** The object's DN now, read by GUID; null when no object has that GUID any more. */
async function currentDn(writer: DirectoryWriter, objectGuid: string): Promise<string | null> {
  try {
    const read = await writer.readAttributes(guidDn(objectGuid), ['distinguishedName']);
    return valuesOf(read, 'distinguishedName')[0] ?? null;
  } catch (error) {
    if (classifyFailure(error).kind === 'refused' && resultCodeOf(error) === NO_SUCH_OBJECT) return null;
    throw error;
  }
}

function resultCodeOf(error: unknown): number | undefined {
  const failure = classifyFailure(error);
  return failure.kind === 'refused' ? failure.resultCode : undefined;
}

function createRefusal(change: Change, failure: Failure): string | null {
  if (failure.kind !== 'refused') return null;
  if (failure.resultCode === NO_SUCH_OBJECT)
    return `Not created: the container ${parentDnOf(change.dn)} does not exist (deleted, renamed or moved). Nothing was written.`;
  return null;
}

function modifyDnRefusal(change: Change, plan: ModifyDnPlan, failure: Failure): string | null {
  if (failure.kind !== 'refused') return null;
  const verb = change.operation === 'rename' ? 'renamed' : 'moved';
  if (failure.resultCode === ENTRY_EXISTS)
    return `Not ${verb}: ${parentDnOf(plan.newDn)} already holds an object called "${rdnValue(plan.newRdn)}". Choose another name.`;
  if (failure.resultCode === NO_SUCH_OBJECT && change.operation === 'move')
    return `Not moved: the container ${plan.newSuperior ?? ''} does not exist (deleted, renamed or moved).`;
  return null;
}

/** A failure of a create, rename or move: queued again when the link failed, rejected otherwise. */
function recordRefused(
  ctx: JournalContext,
  change: Change,
  failure: Failure,
  message: string | null,
): Change {
  const at = ctx.now();
  if (failure.kind === 'retryable')
    return setStatus(ctx, change, 'retryable', {
      kind: 'retryable',
      at,
      code: failure.code,
      message: failure.message,
    });
  return setStatus(ctx, change, 'rejected', {
    kind: 'rejected',
    at,
    code: failure.code,
    ...(failure.resultCode === undefined ? {} : { resultCode: failure.resultCode }),
    message: message ?? failure.message,
  });
}
