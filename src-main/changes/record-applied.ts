import type { AuditEntry, Change } from './change.ts';
import type { JournalContext } from './journal-context.ts';
import { toPowerShell } from './powershell.ts';
import { inTransaction } from '../store/transaction.ts';
import { isDelta, valuesOf } from '../../src-preload/shared/values.ts';

/**
 * An applied change's one transaction: the audit row and the change's outcome together, and for a
 * create the lane's move from its provisional GUID to the real one. Shared by every operation.
 */

/** What was read just before a write that the change itself cannot tell the audit. */
export interface ReadBefore {
  values: Record<string, string[]>;
  binary?: string[];
}

/** Where a create, rename or move left the object, which only the directory could tell. */
export interface Placement {
  /** The DN before (rename, move: as read just before sending). */
  dn: string;
  newDn: string;
  /** A create: the new object's real GUID, read back by DN. */
  objectGuid?: string;
}

export function recordApplied(
  ctx: JournalContext,
  sent: Change,
  before: ReadBefore | null,
  inPlace: boolean,
  placement?: Placement,
): Change {
  const at = ctx.now();
  const realGuid = placement?.objectGuid;
  const change = realGuid === undefined ? sent : { ...sent, objectGuid: realGuid };
  const updated = inTransaction(ctx.db, () => {
    if (realGuid !== undefined && realGuid !== sent.objectGuid)
      ctx.store.adoptObjectGuid(sent.objectGuid, realGuid);
    const audit = ctx.store.insertAudit(auditEntry(change, before, at, placement));
    const outcome = {
      kind: 'applied' as const,
      at,
      auditId: audit.id,
      ...(inPlace ? { alreadyInPlace: inPlace } : {}),
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

function auditEntry(
  change: Change,
  before: ReadBefore | null,
  appliedAt: string,
  placement: Placement | undefined,
): Omit<AuditEntry, 'id'> {
  const common = {
    changeId: change.id,
    objectGuid: change.objectGuid,
    dn: placement?.dn ?? change.dn,
    author: change.author,
    appliedAt,
    // What was done, as it was done: a rename shows the DN it had when sent.
    powershell: toPowerShell({ ...change, dn: placement?.dn ?? change.dn }),
    ...(placement === undefined ? {} : { newDn: placement.newDn }),
  };
  if (change.operation === 'rename' || change.operation === 'move')
    return { ...common, before: [], after: [] };
  if (change.operation === 'create') {
    // Nothing was there before; afterwards, exactly what the add wrote.
    return {
      ...common,
      before: [],
      after: [
        { attr: 'objectClass', binary: false, values: change.objectClass },
        ...change.edits.map((edit) => ({
          attr: edit.attr,
          binary: edit.binary === true,
          values: isDelta(edit) ? edit.add : edit.desired,
        })),
      ],
    };
  }
  if (change.operation === 'delete') {
    const binary = new Set((before?.binary ?? []).map((name) => name.toLowerCase()));
    return {
      ...common,
      before: Object.entries(before?.values ?? {}).map(([attr, values]) => ({
        attr,
        binary: binary.has(attr.toLowerCase()),
        values,
      })),
      after: [],
    };
  }
  return {
    ...common,
    before: change.edits.map((edit) =>
      isDelta(edit)
        ? { attr: edit.attr, binary: edit.binary === true, mode: 'delta' as const, values: edit.remove }
        : {
            attr: edit.attr,
            binary: edit.binary === true,
            values: edit.base ?? (before === null ? null : valuesOf(before.values, edit.attr)),
          },
    ),
    after: change.edits.map((edit) =>
      isDelta(edit)
        ? { attr: edit.attr, binary: edit.binary === true, mode: 'delta' as const, values: edit.add }
        : { attr: edit.attr, binary: edit.binary === true, values: edit.desired },
    ),
  };
}
