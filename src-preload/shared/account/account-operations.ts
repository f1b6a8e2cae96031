import type { ChangeView, EditView } from '../../contract/index.ts';

/**
 * Which journal changes are account operations with no way back: a password reset (AD keeps no
 * readable copy of the old password) and an unlock (lockoutTime accepts only 0: an account cannot
 * be locked by a write). Main refuses their undo; the Changes panel offers none.
 */
export function isUnlock(change: {
  operation?: ChangeView['operation'] | undefined;
  edits: readonly EditView[];
}): boolean {
  if ((change.operation ?? 'modify') !== 'modify' || change.edits.length !== 1) return false;
  const [edit] = change.edits;
  return (
    edit !== undefined &&
    edit.attr.toLowerCase() === 'lockouttime' &&
    edit.mode !== 'delta' &&
    edit.desired.length === 1 &&
    edit.desired[0] === '0'
  );
}

export function hasNoUndo(change: {
  operation?: ChangeView['operation'] | undefined;
  edits: readonly EditView[];
}): boolean {
  return change.operation === 'password' || isUnlock(change);
}

/** A password change that only a new password can send (a retry as it is would fail the same way). */
export function needsNewPassword(change: Pick<ChangeView, 'operation' | 'outcome'>): boolean {
  return (
    change.operation === 'password' &&
    change.outcome?.kind === 'rejected' &&
    (change.outcome.code === 'PASSWORD_NEEDED' || change.outcome.code === 'PASSWORD_POLICY')
  );
}
