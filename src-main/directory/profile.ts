import { AppError } from '../../src-preload/contract/errors.ts';

/** What the directory layer needs to reach and bind to a domain controller. */
export interface DirectoryProfile {
  host: string;
  port: number;
  security: 'ldaps' | 'starttls' | 'plain';
  /** Plain LDAP sends everything in clear: only with the admin's explicit consent. */
  allowPlain?: boolean;
  /** user@domain (UPN), DOMAIN\user, or a distinguished name. */
  bindIdentity: string;
  /** An extra CA (PEM) trusted besides the system's. */
  caPem?: string;
  /**
   * SHA-256 fingerprints (AA:BB:…) of certificates the admin chose to trust, several for a domain
   * name served by several DCs. With pins, the presented chain must contain one of them.
   */
  pinnedFingerprints?: string[];
  readOnly?: boolean;
  /** How long the TCP connect and the TLS handshake may take. */
  timeoutMs?: number;
  /**
   * How long one LDAP request (bind, search page, modify…) may go unanswered. Past it the link
   * counts as dead: a stalled network closes nothing, so nothing else would ever notice.
   */
  operationTimeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_OPERATION_TIMEOUT_MS = 30_000;

export function timeoutOf(profile: DirectoryProfile): number {
  return profile.timeoutMs ?? DEFAULT_TIMEOUT_MS;
}

export function operationTimeoutOf(profile: DirectoryProfile): number {
  return profile.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
}

/** ldap(s)://host:port, with IPv6 literals bracketed. */
export function urlOf(profile: DirectoryProfile): string {
  const host =
    profile.host.includes(':') && !profile.host.startsWith('[') ? `[${profile.host}]` : profile.host;
  return `${profile.security === 'ldaps' ? 'ldaps' : 'ldap'}://${host}:${profile.port}`;
}

/** Host without brackets, for sockets and certificate checks. */
export function hostOf(profile: DirectoryProfile): string {
  return profile.host.replace(/^\[(.*)\]$/, '$1');
}

export type BindIdentityKind = 'upn' | 'downlevel' | 'dn';

/** Simple bind accepts all three forms on AD; anything else is a typing error worth catching early. */
export function bindIdentityKind(identity: string): BindIdentityKind {
  const value = identity.trim();
  if (/^[^\\@\s]+\\[^\\]+$/.test(value)) return 'downlevel';
  if (/^[^@\s,=]+@[^@\s]+$/.test(value)) return 'upn';
  if (/^[A-Za-z][\w-]*=.+/.test(value)) return 'dn';
  throw new AppError(
    'INVALID_INPUT',
    `"${identity}" is not a sign-in name the domain controller understands. Use user@domain, DOMAIN\\user or a distinguished name.`,
    { bindIdentity: identity },
  );
}

/** Checks that need no network: refuses before anything is sent. */
export function checkBeforeConnect(profile: DirectoryProfile, password: string): void {
  if (profile.security === 'plain' && profile.allowPlain !== true) {
    throw new AppError(
      'CONSENT_REQUIRED',
      'Plain LDAP would send your password and every change unencrypted. Use LDAPS or StartTLS, or confirm that you accept an unencrypted connection.',
      { security: 'plain', host: profile.host, port: profile.port },
    );
  }
  bindIdentityKind(profile.bindIdentity);
  // AD treats a simple bind with an empty password as an anonymous bind that "succeeds".
  if (password === '') {
    throw new AppError('INVALID_CREDENTIALS', 'Type the password of the account to sign in with.', {
      identity: profile.bindIdentity,
    });
  }
}
