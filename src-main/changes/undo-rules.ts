// What an undo may do beyond reversing edits: put a created, renamed or moved object back, and
// refuse what AD gives no way back from (a password reset, an unlock).
import { AppError } from '../../src-preload/contract/errors.ts';
import { parentDnOf, rdnOf } from '../../src-preload/shared/dn.ts';
import type { AuditEntry, Change, NewChange } from './change.ts';
import { isUnlock } from './password-change.ts';

/**
 * The undo of a create, rename or move: a delete of what was created (the UI asks first), the
 * rename back to the old RDN, the move back to the old container. From where the audit saw it.
 */
export function undoPlacement(applied: Change, entry: AuditEntry): NewChange | null {
  const now = entry.newDn ?? entry.dn;
  const common = { objectGuid: entry.objectGuid, dn: now, objectClass: applied.objectClass, edits: [] };
  if (applied.operation === 'create') return { ...common, operation: 'delete' };
  if (applied.operation === 'rename')
    return { ...common, operation: 'rename', target: { newRdn: rdnOf(entry.dn) } };
  if (applied.operation === 'move')
    return { ...common, operation: 'move', target: { newParentDn: parentDnOf(entry.dn) } };
  return null;
}

/**
 * A password cannot be put back (AD keeps no readable copy), and pwdLastSet and lockoutTime accept
 * only 0 (and -1): neither a reset nor an unlock has a way back, so none is offered.
 */
export function refuseUndoOfAccountAction(applied: Change, auditId: number): void {
  if (applied.operation !== 'password' && !isUnlock(applied)) return;
  throw new AppError(
    'VALIDATION_FAILED',
    applied.operation === 'password'
      ? 'A password reset cannot be undone: the old password is not kept anywhere. Reset it again if needed.'
      : 'An unlock cannot be undone: AD does not let an account be locked by a write.',
    { auditId },
  );
}
