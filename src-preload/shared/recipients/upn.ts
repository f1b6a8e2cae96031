import { issue, type ValidationIssue } from './issues.ts';

/**
 * userPrincipalName rules as Entra ID applies them (sync fails with IdentityDataValidationFailed
 * otherwise): at most 113 characters, at most 64 before the @, and only A-Z a-z 0-9 ' . - _ ! # ^ ~
 * in the prefix. AD itself accepts almost anything, which is why these checks matter before sync.
 */

export const UPN_MAX_LENGTH = 113;
const UPN_PREFIX_MAX = 64;
const PREFIX_CHAR = /^[A-Za-z0-9'._!#^~-]$/;
const SUFFIX = /^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

export interface UpnParts {
  prefix: string;
  suffix: string;
}

/** Splits at the last "@" (the suffix never contains one). Undefined when there is no "@". */
export function splitUpn(upn: string): UpnParts | undefined {
  const at = upn.lastIndexOf('@');
  if (at < 0) return undefined;
  return { prefix: upn.slice(0, at), suffix: upn.slice(at + 1) };
}

/**
 * The suffixes a UPN may use in this forest: the forest's alternative UPN suffixes (uPNSuffixes on
 * the Partitions container) plus the DNS name of each domain. Deduplicated ignoring case.
 */
export function knownUpnSuffixes(
  forestSuffixes: readonly string[],
  domainDnsNames: readonly string[],
): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const s of [...domainDnsNames, ...forestSuffixes]) {
    const key = s.trim().toLowerCase();
    if (key !== '' && !seen.has(key)) {
      seen.add(key);
      result.push(s.trim());
    }
  }
  return result;
}

export interface UpnCheckOptions {
  /** From knownUpnSuffixes(); when given, a suffix outside it is reported. */
  knownSuffixes?: readonly string[];
  /** Verified domains of the tenant, when known; a suffix outside them is reported. */
  verifiedDomains?: readonly string[];
}

export function validateUpn(upn: string, options: UpnCheckOptions = {}): ValidationIssue[] {
  const field = 'userPrincipalName';
  const err = (code: string, message: string) => issue('error', code, field, message, upn);
  const warn = (code: string, message: string) => issue('warning', code, field, message, upn);
  if (upn.trim() === '') return [err('empty', 'The user logon name (UPN) is empty.')];
  const parts = splitUpn(upn);
  if (parts === undefined) return [err('missing-at', 'The UPN has no "@": write it as name@suffix.')];
  const { prefix, suffix } = parts;
  const issues: ValidationIssue[] = [];
  if (upn.length > UPN_MAX_LENGTH)
    issues.push(
      err('too-long', `The UPN has ${upn.length} characters; Entra ID accepts at most ${UPN_MAX_LENGTH}.`),
    );
  if (prefix === '') issues.push(err('missing-prefix', 'Nothing comes before the "@".'));
  if (prefix.length > UPN_PREFIX_MAX)
    issues.push(
      err(
        'prefix-too-long',
        `The part before the @ has ${prefix.length} characters; Entra ID accepts at most ${UPN_PREFIX_MAX}.`,
      ),
    );
  if (prefix.includes('@')) issues.push(err('multiple-at', 'The UPN contains more than one "@".'));
  const bad = [...prefix].filter((c) => c !== '@' && !PREFIX_CHAR.test(c));
  if (bad.length > 0) {
    const shown = [...new Set(bad)].map((c) => (c === ' ' ? 'space' : `"${c}"`)).join(', ');
    issues.push(
      err(
        'invalid-character',
        `The part before the @ contains characters Entra ID refuses: ${shown}. Allowed: letters, digits and ' . - _ ! # ^ ~.`,
      ),
    );
  }
  if (prefix.startsWith('.') || prefix.endsWith('.'))
    issues.push(err('dot-at-edge', 'The part before the @ cannot start or end with a dot.'));
  if (prefix.includes('..')) issues.push(err('consecutive-dots', 'The UPN contains two dots in a row.'));
  if (suffix === '') return [...issues, err('missing-suffix', 'Nothing comes after the "@".')];
  if (!SUFFIX.test(suffix)) {
    issues.push(
      err('invalid-suffix', `"${suffix}" is not a valid UPN suffix (letters, digits, hyphens and dots).`),
    );
    return issues;
  }
  const lower = suffix.toLowerCase();
  if (options.knownSuffixes !== undefined && !options.knownSuffixes.some((s) => s.toLowerCase() === lower)) {
    issues.push(
      warn(
        'unknown-suffix',
        `"${suffix}" is neither a domain of this forest nor one of its UPN suffixes; Windows sign-in with this name will fail. Add it in Active Directory Domains and Trusts or pick another suffix.`,
      ),
    );
  }
  if (options.verifiedDomains !== undefined && !isVerifiedDomain(lower, options.verifiedDomains)) {
    issues.push(
      warn(
        'unverified-suffix',
        `"${suffix}" is not a verified domain of the Microsoft 365 tenant: Entra Connect will give the cloud user a ...@<tenant>.onmicrosoft.com sign-in name instead.`,
      ),
    );
  }
  return issues;
}

// Exact match only: a subdomain of a verified domain is verified automatically, but only once it
// has been added to the tenant, and then it is in the list Graph returns anyway.
function isVerifiedDomain(suffix: string, verified: readonly string[]): boolean {
  return verified.some((d) => d.toLowerCase() === suffix);
}
