import type * as net from 'node:net';
import * as tls from 'node:tls';
import { AppError } from '../../src-preload/contract/errors.ts';
import { mapNetworkError } from './ldap-errors.ts';
import { keepAlive } from './tcp.ts';
import {
  isNameError,
  isTrustError,
  nameMismatch,
  pemOf,
  pinnedInChain,
  pinsOf,
  tlsOptionsFor,
  untrusted,
} from './tls-verify.ts';
import type { TlsExpectations } from './tls-verify.ts';

export interface TlsTarget {
  host: string;
  port: number;
  /** For StartTLS: the connected plain socket to upgrade. */
  socket?: net.Socket;
}

/**
 * A handshake, validated by Node: the socket at once (ldapts' StartTLS wants it synchronously)
 * and a promise settled by the handshake, rejected with Node's own error.
 */
export function startHandshake(
  target: TlsTarget,
  options: tls.ConnectionOptions,
  timeoutMs: number,
): { socket: tls.TLSSocket; ready: Promise<tls.TLSSocket> } {
  const socket = tls.connect({
    ...options,
    port: target.port,
    ...(target.socket ? { socket: target.socket } : {}),
  });
  const ready = new Promise<tls.TLSSocket>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new AppError(
          'TIMEOUT',
          `${target.host} did not complete the TLS handshake within ${timeoutMs / 1000} s.`,
          { server: target.host },
        ),
      );
    }, timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      // For LDAPS this is the TCP socket itself; for StartTLS it reaches the same one again.
      resolve(keepAlive(socket));
    });
    socket.once('error', (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    });
  });
  ready.catch(() => undefined); // the caller awaits it; this only avoids an "unhandled" report meanwhile
  return { socket, ready };
}

/**
 * Options of a handshake that reads the server's certificate WITHOUT trusting it, for the
 * untrusted-certificate dialog and to compare it with a pin. Such a socket is destroyed as soon
 * as the certificate is read: no LDAP message (and no password) ever travels on it. Node offers
 * no other way to see a certificate it refuses.
 */
export function inspectionOptions(expect: TlsExpectations): tls.ConnectionOptions {
  // Without pins: the inspection reads whatever chain is presented, the pin check comes after.
  const options = tlsOptionsFor({ host: expect.host, caPem: expect.caPem });
  // eslint-disable-next-line no-restricted-syntax -- inspection only, see above; never used for LDAP
  return { ...options, rejectUnauthorized: false };
}

/** The certificate from an inspection handshake; the socket is destroyed at once. */
export async function certificateOf(
  handshake: { socket: tls.TLSSocket; ready: Promise<tls.TLSSocket> },
  host: string,
): Promise<tls.PeerCertificate> {
  try {
    await handshake.ready;
    return handshake.socket.getPeerCertificate(true);
  } catch (error) {
    throw tlsError(error, host);
  } finally {
    handshake.socket.destroy();
  }
}

/**
 * Runs `attempt` (a validated handshake plus whatever must happen on that socket; its options
 * refuse a chain without a pin, see tlsOptionsFor). On a refused chain, inspects the
 * certificates: when the presented chain holds a pinned one, tries once more with it as a trust
 * anchor (a different chain presented then fails validation); otherwise TLS_UNTRUSTED.
 */
export async function withCertificatePolicy<T>(
  expect: TlsExpectations,
  attempt: (anchorPem?: string) => Promise<T>,
  inspect: () => Promise<tls.PeerCertificate>,
): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isTrustError(error)) throw tlsError(error, expect.host);
    const cert = await inspect();
    const anchor = pinnedInChain(cert, pinsOf(expect));
    if (anchor === undefined)
      throw untrusted(cert, (error as NodeJS.ErrnoException).code ?? 'unknown', expect.host);
    try {
      return await attempt(pemOf(anchor));
    } catch (retryError) {
      if (isTrustError(retryError))
        throw untrusted(cert, (retryError as NodeJS.ErrnoException).code ?? 'unknown', expect.host);
      throw tlsError(retryError, expect.host);
    }
  }
}

/** The AppError for a failed handshake (or anything under it). */
export function tlsError(error: unknown, host: string): AppError {
  if (error instanceof AppError) return error;
  if (isNameError(error)) return nameMismatch((error as { cert?: tls.PeerCertificate }).cert, host);
  const err = error as NodeJS.ErrnoException;
  const code = err?.code ?? '';
  if (code.startsWith('ERR_SSL') || /ssl|tls|handshake|alert/i.test(err?.message ?? '')) {
    return new AppError('TLS_FAILED', `The TLS handshake with ${host} failed: ${err.message}`, {
      server: host,
      cause: code || err.message,
    });
  }
  return mapNetworkError(error, host);
}

/** LDAPS: a validated TLS socket to host:port, following the certificate policy. */
export function openVerifiedTls(
  target: TlsTarget,
  expect: TlsExpectations,
  timeoutMs: number,
): Promise<tls.TLSSocket> {
  return withCertificatePolicy(
    expect,
    (anchorPem) => startHandshake(target, tlsOptionsFor(expect, anchorPem), timeoutMs).ready,
    () => certificateOf(startHandshake(target, inspectionOptions(expect), timeoutMs), expect.host),
  );
}
