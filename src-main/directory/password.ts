import { AppError } from '../../src-preload/contract/errors.ts';
import type { DirectoryProfile } from './profile.ts';

/**
 * What setting a password takes on the wire, and what the domain's answer means in words. AD
 * accepts unicodePwd only over an encrypted connection, as the UTF-16LE bytes of the password in
 * double quotes, replaced (an admin's reset; a user's own change is delete-old + add-new).
 */

/** The unicodePwd value: UTF-16LE of `"password"`. */
export function unicodePwdValue(password: string): Buffer {
  return Buffer.from(`"${password}"`, 'utf16le');
}

/**
 * Refuses before anything is sent on plain LDAP: the password would cross the network in clear
 * (and AD refuses it anyway, with "unwilling to perform").
 */
export function requireEncryptedTransport(profile: Pick<DirectoryProfile, 'security' | 'host'>): void {
  if (profile.security !== 'plain') return;
  throw new AppError(
    'STRONG_AUTH_REQUIRED',
    `Passwords are only sent over an encrypted connection. This connection to ${profile.host} is plain LDAP: connect with LDAPS (port 636) or StartTLS to reset passwords.`,
    { security: profile.security },
  );
}

const CONSTRAINT_VIOLATION = 19;
const UNWILLING_TO_PERFORM = 53;

/**
 * The domain's refusal of a password in words. Windows answers every policy failure with result
 * 19 and "0000052D" (ERROR_PASSWORD_RESTRICTION) without saying which rule; Samba adds the rule
 * (too short, complexity, history), which is used when present. Anything else passes unchanged.
 * Only the server's diagnostic is read: the password is in neither message nor details.
 */
export function explainPasswordRefusal(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const resultCode = error.details?.['resultCode'];
  const diagnostic = String(error.details?.['diagnostic'] ?? '');
  const details = { resultCode, diagnostic };
  if (resultCode === CONSTRAINT_VIOLATION && /0000052D|password/i.test(diagnostic))
    return new AppError('PASSWORD_POLICY', policyWords(diagnostic), details);
  if (resultCode === UNWILLING_TO_PERFORM && /0000001F/i.test(diagnostic)) {
    return new AppError(
      'STRONG_AUTH_REQUIRED',
      'The domain controller refused the password because the connection is not encrypted. Connect with LDAPS or StartTLS.',
      details,
    );
  }
  return error;
}

function policyWords(diagnostic: string): string {
  const lead = "The domain's password policy refused this password:";
  const minimum = /too short.*?(\d+)\s*characters/i.exec(diagnostic)?.[1];
  if (/too short/i.test(diagnostic))
    return `${lead} it is too short${minimum === undefined ? '' : ` (at least ${minimum} characters)`}. Nothing was changed.`;
  if (/complex/i.test(diagnostic))
    return `${lead} it is not complex enough. Use at least three of: capital letters, small letters, digits, symbols; and do not include the account's name. Nothing was changed.`;
  if (/history|already used/i.test(diagnostic))
    return `${lead} it was used recently by this account. Choose one it has not had before. Nothing was changed.`;
  if (/too young|minimum.*age/i.test(diagnostic))
    return `${lead} the current password is too new to be changed yet (minimum password age). Nothing was changed.`;
  return `${lead} it is too short, not complex enough, or was used recently by this account. Choose a longer password that mixes capital and small letters, digits and symbols. Nothing was changed.`;
}
