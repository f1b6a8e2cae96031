import type * as net from 'node:net';
import type * as tls from 'node:tls';
import { Client } from 'ldapts';
import { AppError } from '../../src-preload/contract/errors.ts';
import { mapBindError, mapOperationError } from './ldap-errors.ts';
import { checkBeforeConnect, hostOf, operationTimeoutOf, timeoutOf, urlOf } from './profile.ts';
import type { DirectoryProfile } from './profile.ts';
import { openTcp } from './tcp.ts';
import { inspectionOptions, openVerifiedTls, startHandshake, withCertificatePolicy } from './tls-socket.ts';
import { tlsOptionsFor } from './tls-verify.ts';
import type { TlsExpectations } from './tls-verify.ts';

export interface BoundConnection {
  client: Client;
  /** The socket LDAP travels on (TLS or, with consent, plain); its 'close' means offline. */
  socket: net.Socket;
}

interface Plan {
  profile: DirectoryProfile;
  host: string;
  timeoutMs: number;
  expect: TlsExpectations;
  clientOptions: { url: string; timeout: number; connectTimeout: number };
}

/**
 * Connects, secures and binds. Each socket is handed to ldapts through a single-use factory:
 * if the connection drops, ldapts must not silently reconnect (for StartTLS it would reconnect
 * in clear, unbound); the session reconnects through here instead.
 */
export async function openBoundConnection(
  profile: DirectoryProfile,
  password: string,
): Promise<BoundConnection> {
  checkBeforeConnect(profile, password);
  const host = hostOf(profile);
  const timeoutMs = timeoutOf(profile);
  const plan: Plan = {
    profile,
    host,
    timeoutMs,
    expect: { host, caPem: profile.caPem, pinnedFingerprints: profile.pinnedFingerprints },
    // ldapts times every request (the bind too) and destroys the socket of one that times out.
    clientOptions: { url: urlOf(profile), timeout: operationTimeoutOf(profile), connectTimeout: timeoutMs },
  };
  let connection: BoundConnection;
  if (profile.security === 'ldaps') {
    const socket = await openVerifiedTls({ host, port: profile.port }, plan.expect, timeoutMs);
    connection = {
      client: new Client({ ...plan.clientOptions, createSecureConnection: singleUse(socket) }),
      socket,
    };
  } else if (profile.security === 'starttls') {
    connection = await withCertificatePolicy(
      plan.expect,
      (anchorPem) => startTls(plan, tlsOptionsFor(plan.expect, anchorPem)),
      async () => {
        // Inspection only: read the certificate and drop the socket, without even an unbind.
        const inspection = await startTls(plan, inspectionOptions(plan.expect));
        const cert = (inspection.socket as tls.TLSSocket).getPeerCertificate(true);
        inspection.socket.destroy();
        return cert;
      },
    );
  } else {
    const socket = await openTcp(host, profile.port, timeoutMs);
    connection = {
      client: new Client({ ...plan.clientOptions, createConnection: singleUse(socket) }),
      socket,
    };
  }

  try {
    await connection.client.bind(profile.bindIdentity.trim(), password);
  } catch (error) {
    await closeQuietly(connection.client);
    throw mapBindError(error, { identity: profile.bindIdentity, server: host });
  }
  return connection;
}

/** Plain connection, StartTLS extended operation, then the handshake with `options`. */
async function startTls(plan: Plan, options: tls.ConnectionOptions): Promise<BoundConnection> {
  const plain = await openTcp(plan.host, plan.profile.port, plan.timeoutMs);
  let handshake: { socket: tls.TLSSocket; ready: Promise<tls.TLSSocket> } | undefined;
  const client = new Client({
    ...plan.clientOptions,
    createConnection: singleUse(plain),
    createSecureConnection: ((upgrade: tls.ConnectionOptions) => {
      handshake = startHandshake(
        { host: plan.host, port: plan.profile.port, socket: upgrade.socket as net.Socket },
        options,
        plan.timeoutMs,
      );
      return handshake.socket;
    }) as unknown as typeof tls.connect,
  });
  let startError: unknown;
  try {
    await client.startTLS({});
  } catch (error) {
    startError = error;
  }
  try {
    if (handshake === undefined) {
      throw new AppError('TLS_FAILED', `${plan.host} refused StartTLS. Use LDAPS (port 636) instead.`, {
        server: plan.host,
        cause: mapOperationError(startError, { server: plan.host }).message,
      });
    }
    // The handshake's own outcome decides (Node's error, for the certificate policy to read).
    return { client, socket: await handshake.ready };
  } catch (error) {
    await closeQuietly(client);
    throw error;
  }
}

function singleUse<T>(socket: T): () => T {
  let used = false;
  return () => {
    if (used) throw new Error('Connection closed: the directory session reconnects by itself');
    used = true;
    return socket;
  };
}

export async function closeQuietly(client: Client): Promise<void> {
  try {
    await client.unbind();
  } catch {
    // Closing a connection that is already gone is not an error worth reporting.
  }
}
