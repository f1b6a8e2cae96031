import { issue, type ValidationIssue } from './issues.ts';

/**
 * SMTP address syntax as Exchange Online and Entra ID accept it: the dot-atom form of RFC 5322
 * (IdFix's pattern), ASCII only. Quoted local parts ("ann doe"@x) are legal RFC 5322 but are
 * refused by Exchange Online recipients and by Entra ID, so they are an error here.
 */

export const MAIL_MAX_LENGTH = 256; // schema rangeUpper of mail
export const PROXY_VALUE_MAX_LENGTH = 1123; // schema rangeUpper of proxyAddresses, per value, prefix included
const LOCAL_PART_MAX = 64; // RFC 5321
const DOMAIN_MAX = 255;
const LABEL_MAX = 63;

const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TOP_LEVEL = /^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** Suffixes that are not reachable from the internet; Microsoft 365 never routes mail to them. */
const NON_ROUTABLE_TLDS = new Set([
  'local',
  'lan',
  'internal',
  'intranet',
  'corp',
  'home',
  'localdomain',
  'localhost',
  'test',
  'invalid',
  'example',
]);

export interface SmtpCheckOptions {
  /** Attribute the address belongs to, reported in each issue. Defaults to `mail`. */
  field?: string;
  /** Length limit for the address; defaults to mail's 256. */
  maxLength?: number;
}

function describeChars(chars: Iterable<string>): string {
  return [...new Set(chars)].map((c) => (c === ' ' ? 'space' : `"${c}"`)).join(', ');
}

export function validateSmtpAddress(address: string, options: SmtpCheckOptions = {}): ValidationIssue[] {
  const field = options.field ?? 'mail';
  const maxLength = options.maxLength ?? MAIL_MAX_LENGTH;
  const err = (code: string, message: string) => issue('error', code, field, message, address);
  const warn = (code: string, message: string) => issue('warning', code, field, message, address);

  if (address.trim() === '') return [err('empty', 'The address is empty.')];
  const issues: ValidationIssue[] = [];
  if (address.length > maxLength) {
    issues.push(
      err('too-long', `The address has ${address.length} characters; at most ${maxLength} are allowed.`),
    );
  }
  if (/\s/.test(address))
    issues.push(err('contains-space', 'The address contains a space or other blank character.'));
  if (/[^\x20-\x7e]/.test(address)) {
    issues.push(
      err(
        'non-ascii',
        'The address contains non-ASCII characters (accents, umlauts...); Exchange Online and Entra ID accept only ASCII addresses.',
      ),
    );
  }

  const at = address.lastIndexOf('@');
  if (at < 0) return [...issues, err('missing-at', 'The address has no "@": write it as name@domain.')];
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);

  if (local.startsWith('"') || local.endsWith('"')) {
    return [
      ...issues,
      err(
        'quoted-local-part',
        'Quoted names ("...") before the @ are not accepted by Exchange Online or Entra ID.',
      ),
    ];
  }
  if (local.includes('@')) issues.push(err('multiple-at', 'The address contains more than one "@".'));
  issues.push(...checkLocalPart(local, err));
  issues.push(...checkDomain(domain, err, warn));
  return issues;
}

type Report = (code: string, message: string) => ValidationIssue;

function checkLocalPart(local: string, err: Report): ValidationIssue[] {
  if (local === '') return [err('missing-local-part', 'Nothing comes before the "@".')];
  const issues: ValidationIssue[] = [];
  if (local.length > LOCAL_PART_MAX) {
    issues.push(
      err(
        'local-part-too-long',
        `The part before the @ has ${local.length} characters; at most ${LOCAL_PART_MAX} are allowed.`,
      ),
    );
  }
  const bad = [...local].filter((c) => c !== '@' && !/\s/.test(c) && c <= '\x7e' && !ATEXT.test(c));
  if (bad.length > 0)
    issues.push(
      err(
        'invalid-character',
        `The part before the @ contains characters not allowed in an address: ${describeChars(bad)}.`,
      ),
    );
  if (local.startsWith('.') || local.endsWith('.'))
    issues.push(err('dot-at-edge', 'The part before the @ cannot start or end with a dot.'));
  if (local.includes('..')) issues.push(err('consecutive-dots', 'The address contains two dots in a row.'));
  return issues;
}

function checkDomain(domain: string, err: Report, warn: Report): ValidationIssue[] {
  if (domain === '') return [err('missing-domain', 'Nothing comes after the "@".')];
  if (domain.startsWith('['))
    return [err('domain-literal', 'IP-address domains ([1.2.3.4]) are not accepted; use a domain name.')];
  if (!domain.includes('.'))
    return [
      err('domain-no-dot', `The domain "${domain}" has no dot; use a full domain such as contoso.com.`),
    ];
  const issues: ValidationIssue[] = [];
  if (domain.length > DOMAIN_MAX)
    issues.push(
      err(
        'domain-too-long',
        `The domain has ${domain.length} characters; at most ${DOMAIN_MAX} are allowed.`,
      ),
    );
  if (domain.includes('..')) issues.push(err('consecutive-dots', 'The domain contains two dots in a row.'));
  const labels = domain.split('.');
  const badLabels = labels.filter((l) => l !== '' && (l.length > LABEL_MAX || !LABEL.test(l)));
  if (badLabels.length > 0) {
    issues.push(
      err(
        'invalid-domain-label',
        `The domain part(s) ${badLabels.map((l) => `"${l}"`).join(', ')} may contain only letters, digits and inner hyphens (at most ${LABEL_MAX} characters each).`,
      ),
    );
  }
  if (domain.startsWith('.') || domain.endsWith('.'))
    issues.push(err('dot-at-edge', 'The domain cannot start or end with a dot.'));
  const tld = labels.at(-1) ?? '';
  if (tld !== '' && !TOP_LEVEL.test(tld)) {
    issues.push(
      err(
        'invalid-top-level-domain',
        `The domain ends in ".${tld}", which is not a valid top-level domain (letters only, at least two).`,
      ),
    );
  } else if (NON_ROUTABLE_TLDS.has(tld.toLowerCase())) {
    issues.push(
      warn(
        'non-routable-domain',
        `".${tld}" is not a public domain: Microsoft 365 cannot verify it, so the sync drops this address from the cloud object.`,
      ),
    );
  }
  return issues;
}

export type CloudDomainKind = 'initial' | 'routing' | 'microsoftonline' | 'none';

/**
 * Classifies Microsoft-owned suffixes. `tenant.mail.onmicrosoft.com` is the hybrid routing domain
 * that Exchange itself stamps on remote mailboxes (targetAddress and a secondary proxy), so it is
 * told apart from the initial `tenant.onmicrosoft.com` domain, which the sync's proxy calculation
 * discards when it comes from on-premises.
 */
export function cloudDomainKind(address: string): CloudDomainKind {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  if (domain.endsWith('.mail.onmicrosoft.com')) return 'routing';
  if (domain === 'onmicrosoft.com' || domain.endsWith('.onmicrosoft.com')) return 'initial';
  if (domain === 'microsoftonline.com' || domain.endsWith('.microsoftonline.com')) return 'microsoftonline';
  return 'none';
}
