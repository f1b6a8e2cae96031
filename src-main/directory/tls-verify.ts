import { isIP } from 'node:net';
import * as tls from 'node:tls';
import { AppError } from '../../src-preload/contract/errors.ts';

/**
 * Certificate rules for LDAPS and StartTLS. Node validates every handshake that carries LDAP
 * (chain against the OS store, Node's bundled roots and the profile's CA, then the host name).
 * Pins restrict: with pins, the presented chain must also contain one of the pinned certificates.
 * A pinned certificate the chain cannot be validated to (a self-signed DC) becomes one more trust
 * anchor for a second handshake, so the chain and name checks still run.
 */

export interface TlsExpectations {
  host: string;
  caPem?: string | undefined;
  /** SHA-256 fingerprints; any spelling (colons, case) is accepted. */
  pinnedFingerprints?: readonly string[] | undefined;
}

/** The parts of node:tls that say which CAs exist; a parameter so tests can stand in for old Node. */
export interface CaSource {
  rootCertificates: readonly string[];
  getCACertificates?: (type: 'system' | 'bundled') => string[];
}

/**
 * The OS store (so a DC certificate from the enterprise CA is trusted without a pin) plus Node's
 * bundled roots. getCACertificates is Node 22.15+/23.5+; older runtimes get the bundled roots only.
 */
export function systemAndBundledRoots(source: CaSource = tls): string[] {
  if (typeof source.getCACertificates !== 'function') return [...source.rootCertificates];
  let system: string[] = [];
  try {
    system = source.getCACertificates('system');
  } catch {
    // An unreadable OS store must not stop a connection that the bundled roots or a pin allow.
  }
  return [...new Set([...system, ...source.getCACertificates('bundled')])];
}

/** Options for a validated handshake; `anchorPem` is a pinned certificate to trust as an anchor. */
export function tlsOptionsFor(expect: TlsExpectations, anchorPem?: string): tls.ConnectionOptions {
  const ca = systemAndBundledRoots();
  if (expect.caPem) ca.push(expect.caPem);
  if (anchorPem !== undefined) ca.push(anchorPem);
  const pins = pinsOf(expect);
  return {
    host: expect.host,
    // SNI must be a name, never an IP literal.
    ...(isIP(expect.host) === 0 ? { servername: expect.host } : {}),
    ca,
    minVersion: 'TLSv1.2',
    // A pinned leaf or intermediate is not self-signed: let OpenSSL end the chain at it.
    ...(anchorPem !== undefined ? { allowPartialTrustChain: true } : {}),
    // Node calls this only after the chain validated, with the full chain (no session is ever
    // resumed: no `session` option is passed), so returning an error here refuses the handshake.
    ...(pins.length > 0
      ? {
          checkServerIdentity: (name: string, cert: tls.PeerCertificate) =>
            tls.checkServerIdentity(name, cert) ??
            (pinnedInChain(cert, pins) ? undefined : untrusted(cert, 'NOT_PINNED', expect.host)),
        }
      : {}),
  };
}

const TRUST_ERRORS = /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH)/;

/** Node's code for a certificate chain it refused (OpenSSL X509_V_ERR_* names). */
export function isTrustError(error: unknown): boolean {
  return TRUST_ERRORS.test((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}

export function isNameError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_TLS_CERT_ALTNAME_INVALID';
}

export function normalizeFingerprint(value: string | undefined): string {
  return (value ?? '').replace(/[^0-9a-f]/gi, '').toUpperCase();
}

export function pinsOf(expect: TlsExpectations): string[] {
  return (expect.pinnedFingerprints ?? []).map(normalizeFingerprint).filter((p) => p !== '');
}

/** The first certificate of the chain (leaf, then issuers) whose fingerprint is pinned. */
export function pinnedInChain(
  cert: tls.PeerCertificate,
  pins: readonly string[],
): tls.PeerCertificate | undefined {
  const seen = new Set<tls.PeerCertificate>();
  // A self-signed top of the chain is its own issuer: stop at the first repeat.
  for (
    let c: tls.DetailedPeerCertificate | undefined = cert as tls.DetailedPeerCertificate;
    c && !seen.has(c);
  ) {
    if (pins.includes(normalizeFingerprint(c.fingerprint256))) return c;
    seen.add(c);
    c = c.issuerCertificate;
  }
  return undefined;
}

export function pemOf(cert: tls.PeerCertificate): string {
  const lines = cert.raw.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

export function untrusted(cert: tls.PeerCertificate, reason: string, host: string): AppError {
  return new AppError(
    'TLS_UNTRUSTED',
    `The certificate of ${host} is not trusted (${describeReason(reason)}). Check its fingerprint with the domain's administrators before trusting it.`,
    {
      ...certificateFacts(cert),
      reason,
      host,
      nameMatches: tls.checkServerIdentity(host, cert) === undefined,
    },
  );
}

export function nameMismatch(cert: tls.PeerCertificate | undefined, host: string): AppError {
  const names = cert === undefined ? [] : certificateNames(cert);
  return new AppError(
    'TLS_NAME_MISMATCH',
    `The certificate of ${host} is issued to ${names.join(', ') || 'another name'}, not to ${host}. Connect with one of those names.`,
    { ...(cert === undefined ? {} : certificateFacts(cert)), host, names },
  );
}

function describeReason(reason: string): string {
  switch (reason) {
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return 'it is self-signed or signed by a CA this computer does not trust';
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_GET_ISSUER_CERT':
      return 'it is signed by a CA this computer does not trust';
    case 'CERT_HAS_EXPIRED':
      return 'it has expired';
    case 'CERT_NOT_YET_VALID':
      return 'it is not valid yet';
    case 'NOT_PINNED':
      return 'it is none of the certificates pinned for this connection';
    default:
      return reason;
  }
}

function formatName(name: tls.Certificate | undefined): string {
  if (name === undefined || name === null) return '';
  return Object.entries(name)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}

function subjectAltNames(cert: tls.PeerCertificate): string[] {
  return (cert.subjectaltname ?? '')
    .split(/,\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Names the certificate is valid for: SAN entries without their type, else the CN. */
export function certificateNames(cert: tls.PeerCertificate): string[] {
  const san = subjectAltNames(cert).map((s) => s.replace(/^(DNS|IP Address):/, ''));
  if (san.length > 0) return san;
  const cn = cert.subject?.CN;
  return cn === undefined ? [] : [Array.isArray(cn) ? cn.join(', ') : cn];
}

export function certificateFacts(cert: tls.PeerCertificate): Record<string, unknown> {
  return {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    validFrom: cert.valid_from,
    validTo: cert.valid_to,
    fingerprint256: cert.fingerprint256,
    san: subjectAltNames(cert),
  };
}
