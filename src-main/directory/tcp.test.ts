import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KEEPALIVE_MS, openTcp } from './tcp.ts';

// A real listener on 127.0.0.1: the plain and StartTLS paths both start with openTcp.
let server: net.Server;
let port = 0;

beforeAll(async () => {
  server = net.createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(() => {
  server.close();
});

describe('openTcp', () => {
  it('turns TCP keepalive on, so a silently dead link is noticed before the operation timeout', async () => {
    // Node has no getter for SO_KEEPALIVE: watch the call on the socket openTcp returns.
    const setKeepAlive = vi.spyOn(net.Socket.prototype, 'setKeepAlive');
    const socket = await openTcp('127.0.0.1', port, 5000);
    socket.destroy();
    const calls = setKeepAlive.mock.calls.filter((_, i) => setKeepAlive.mock.contexts[i] === socket);
    expect(calls).toEqual([[true, KEEPALIVE_MS]]);
    expect(KEEPALIVE_MS).toBeLessThan(30_000);
  });
});
