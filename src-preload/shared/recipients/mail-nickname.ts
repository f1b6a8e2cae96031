import { issue, type ValidationIssue } from './issues.ts';

export const MAIL_NICKNAME_MAX_LENGTH = 64; // schema rangeUpper, and Exchange's alias limit

// Exchange accepts these in an alias (the RFC 5322 atext set plus inner dots).
const ALIAS_CHAR = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]$/;

/**
 * mailNickname (the Exchange alias). Entra Connect only flows the Exchange attributes of an object
 * whose mailNickname is set, and it becomes the cloud alias (and the MOERA alias@tenant.onmicrosoft.com),
 * so the rules are Exchange's plus what breaks the sync: "&" is legal to Exchange but is refused on
 * export to Entra ID, so it is an error here.
 */
export function validateMailNickname(alias: string): ValidationIssue[] {
  const field = 'mailNickname';
  const err = (code: string, message: string) => issue('error', code, field, message, alias);
  if (alias === '') return [err('empty', 'The alias is empty.')];
  const issues: ValidationIssue[] = [];
  if (alias.length > MAIL_NICKNAME_MAX_LENGTH) {
    issues.push(
      err(
        'too-long',
        `The alias has ${alias.length} characters; at most ${MAIL_NICKNAME_MAX_LENGTH} are allowed.`,
      ),
    );
  }
  if (/\s/.test(alias))
    issues.push(
      err('contains-space', 'The alias contains a space; use a dot, hyphen or underscore instead.'),
    );
  if (alias.includes('&')) {
    issues.push(
      err(
        'ampersand',
        'The alias contains "&": Exchange accepts it, but Entra Connect fails to export the object to Microsoft 365. Use "and" or a hyphen.',
      ),
    );
  }
  const bad = [...alias].filter((c) => !/\s/.test(c) && c !== '&' && !ALIAS_CHAR.test(c));
  if (bad.length > 0) {
    const shown = [...new Set(bad)].map((c) => `"${c}"`).join(', ');
    issues.push(
      err(
        'invalid-character',
        `The alias contains characters Exchange does not allow: ${shown}. Use letters, digits, dot, hyphen or underscore.`,
      ),
    );
  }
  if (alias.startsWith('.') || alias.endsWith('.'))
    issues.push(err('dot-at-edge', 'The alias cannot start or end with a dot.'));
  if (alias.includes('..')) issues.push(err('consecutive-dots', 'The alias contains two dots in a row.'));
  return issues;
}

/**
 * Suggests an alias from a primary address or a name the way Exchange does when none is given:
 * the local part with disallowed characters removed. Returns '' when nothing usable remains.
 */
export function suggestMailNickname(source: string): string {
  const base = source.includes('@') ? source.slice(0, source.lastIndexOf('@')) : source;
  return [...base.normalize('NFD')]
    .filter((c) => ALIAS_CHAR.test(c) && c !== '&')
    .join('')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, MAIL_NICKNAME_MAX_LENGTH)
    .replace(/\.+$/, '');
}
