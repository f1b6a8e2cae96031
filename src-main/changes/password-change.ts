import type { Edit, NewChange } from './change.ts';

/**
 * The one shape of a password reset in the journal: operation 'password', and as edits only the
 * options sent in the same modify (blind replaces: "must change" and "unlock" mean the same
 * whatever the current values are). The password travels beside the change, never inside it.
 */
export interface PasswordRequest {
  objectGuid: string;
  dn: string;
  password: string;
  /** "User must change password at next logon": pwdLastSet 0. */
  mustChange: boolean;
  /** "Unlock the account": lockoutTime 0. */
  unlock: boolean;
  objectClass?: string[];
}

/** A password change as recorded (journal.record / recordMany hold `password` in memory). */
export type NewPasswordChange = NewChange & { operation: 'password'; password: string };

/** The attributes a password change may carry, each only to 0. */
export const PASSWORD_OPTION_ATTRIBUTES = ['pwdLastSet', 'lockoutTime'] as const;

export function passwordChange(request: PasswordRequest): NewPasswordChange {
  const edits: Edit[] = [];
  if (request.mustChange) edits.push({ attr: 'pwdLastSet', base: null, desired: ['0'] });
  if (request.unlock) edits.push({ attr: 'lockoutTime', base: null, desired: ['0'] });
  return {
    operation: 'password',
    objectGuid: request.objectGuid,
    dn: request.dn,
    objectClass: request.objectClass ?? ['top', 'person', 'organizationalPerson', 'user'],
    edits,
    password: request.password,
  };
}

/** Unlock Account on its own: lockoutTime 0, a blind replace (an unlocked account stays unlocked). */
export function unlockChange(request: { objectGuid: string; dn: string; objectClass?: string[] }): NewChange {
  return {
    objectGuid: request.objectGuid,
    dn: request.dn,
    objectClass: request.objectClass ?? ['top', 'person', 'organizationalPerson', 'user'],
    edits: [{ attr: 'lockoutTime', base: null, desired: ['0'] }],
  };
}

/** Whether a modify is exactly an unlock (its PowerShell is Unlock-ADAccount; it has no undo). */
export function isUnlock(change: { operation?: string; edits: readonly Edit[] }): boolean {
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
