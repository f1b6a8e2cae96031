import { hasUacFlag, UAC } from './user-account-control.ts';
import { readBigInt } from '../recipients/ad-values.ts';

/**
 * A user account's state as ADUC's Account tab shows it, from what the list already reads:
 * userAccountControl (disabled, password never expires), pwdLastSet 0 (must change at next
 * logon), and the DC's own computation of lockout and expiry (msDS-User-Account-Control-Computed):
 * lockoutTime alone stays set after a lockout duration has run out, the computed bit does not.
 */
export interface AccountState {
  disabled: boolean;
  locked: boolean;
  passwordExpired: boolean;
  passwordNeverExpires: boolean;
  mustChange: boolean;
}

/** The attributes the state is computed from; lists and sheets read them with the row. */
export const ACCOUNT_STATE_ATTRIBUTES = [
  'userAccountControl',
  'pwdLastSet',
  'lockoutTime',
  'msDS-User-Account-Control-Computed',
] as const;

const COMPUTED_LOCKOUT = 0x10;
const COMPUTED_PASSWORD_EXPIRED = 0x800000;

export function accountState(valuesOf: (attr: string) => readonly string[]): AccountState {
  const uac = valuesOf('userAccountControl');
  const computedValues = valuesOf('msDS-User-Account-Control-Computed');
  const computed = Number(readBigInt(computedValues) ?? 0n);
  const lockoutTime = readBigInt(valuesOf('lockoutTime')) ?? 0n;
  const mustChange = readBigInt(valuesOf('pwdLastSet')) === 0n;
  // Without the computed value (a server that does not send it) lockoutTime is the best sign.
  const locked = computedValues.length > 0 ? (computed & COMPUTED_LOCKOUT) !== 0 : lockoutTime > 0n;
  return {
    disabled: hasUacFlag(uac, UAC.ACCOUNTDISABLE),
    locked,
    // pwdLastSet 0 makes the DC report "expired" too; that is "must change", said once.
    passwordExpired: !mustChange && (computed & COMPUTED_PASSWORD_EXPIRED) !== 0,
    passwordNeverExpires: hasUacFlag(uac, UAC.DONT_EXPIRE_PASSWORD),
    mustChange,
  };
}

/** The state in words, most pressing first; '' for an account that is simply in use. */
export function accountStateText(state: AccountState): string {
  const parts: string[] = [];
  if (state.disabled) parts.push('Disabled');
  if (state.locked) parts.push('Locked out');
  if (state.mustChange) parts.push('Must change password');
  if (state.passwordExpired) parts.push('Password expired');
  if (state.passwordNeverExpires) parts.push('Password never expires');
  return parts.join(', ');
}
