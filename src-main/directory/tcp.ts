import * as net from 'node:net';
import { AppError } from '../../src-preload/contract/errors.ts';
import { mapNetworkError } from './ldap-errors.ts';

/**
 * Idle time before TCP keepalive probes start on a socket that carries LDAP. A DC that vanished
 * (cable, VPN, sleeping laptop) sends no FIN: without probes an idle session would look online
 * until the next operation waited out its 30 s timeout. libuv (1.49+) then probes every second,
 * up to 10 times, so a dead link closes the socket in about 20 s, and the session goes offline.
 */
export const KEEPALIVE_MS = 10_000;

export function keepAlive<T extends net.Socket>(socket: T): T {
  socket.setKeepAlive(true, KEEPALIVE_MS);
  return socket;
}

/** A connected TCP socket (plain LDAP, or the one StartTLS upgrades), with keepalive on. */
export function openTcp(host: string, port: number, timeoutMs: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new AppError('TIMEOUT', `${host}:${port} did not answer within ${timeoutMs / 1000} s.`, {
          server: host,
        }),
      );
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(keepAlive(socket));
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(mapNetworkError(error, host));
    });
  });
}
