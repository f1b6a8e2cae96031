import { PROXY_VALUE_MAX_LENGTH, validateSmtpAddress } from './address-validation.ts';
import { issue, type ValidationIssue } from './issues.ts';
import { parseProxyAddress } from './proxy-addresses.ts';

const PREFIX = /^[A-Za-z0-9-]{1,9}$/;

/**
 * One proxyAddresses value. The prefix must look like an Exchange address type (letters, digits,
 * at most 9 characters). SMTP values get the full address check; X400/X500 values may contain
 * spaces, parentheses and apostrophes (IdFix wrongly flags those), but never control characters.
 */
export function validateProxyAddressValue(value: string): ValidationIssue[] {
  const field = 'proxyAddresses';
  const err = (code: string, message: string) => issue('error', code, field, message, value);
  const p = parseProxyAddress(value);
  if (p.type === 'invalid')
    return [
      err(
        'missing-prefix',
        `"${value}" has no address type: write smtp:name@domain (SMTP: for the primary).`,
      ),
    ];
  const issues: ValidationIssue[] = [];
  if (value.length > PROXY_VALUE_MAX_LENGTH) {
    issues.push(
      err(
        'too-long',
        `The value has ${value.length} characters; Active Directory accepts at most ${PROXY_VALUE_MAX_LENGTH}.`,
      ),
    );
  }
  if (!PREFIX.test(p.prefix))
    issues.push(
      err('invalid-prefix', `"${p.prefix}" is not a valid address type (letters and digits, at most 9).`),
    );
  if (p.type === 'smtp') {
    if (p.prefix !== 'SMTP' && p.prefix !== 'smtp') {
      issues.push(
        issue(
          'warning',
          'prefix-case',
          field,
          `"${p.prefix}:" is neither SMTP: (primary) nor smtp: (secondary); it is treated as secondary and will be rewritten as smtp:.`,
          value,
        ),
      );
    }
    return [...issues, ...validateSmtpAddress(p.address, { field, maxLength: PROXY_VALUE_MAX_LENGTH - 5 })];
  }
  if (p.address.trim() === '')
    issues.push(err('empty', `The ${p.prefix}: value has no address after the colon.`));
  if (/[\x00-\x1f\x7f]/.test(p.address))
    issues.push(err('control-character', 'The value contains a tab, line break or other control character.'));
  if (p.type === 'x500' && !p.address.startsWith('/')) {
    issues.push(
      issue(
        'warning',
        'x500-format',
        field,
        'X500 addresses normally start with "/o=" (a legacyExchangeDN); this one will not match old Outlook entries.',
        value,
      ),
    );
  }
  return issues;
}
