import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { facts, ldapsProfile } from '../../e2e/support/int-test-dc.ts';
import { DirectorySession } from './session.ts';
import type { SessionState } from './session.ts';

// A TCP relay on 127.0.0.1 between the session and the DC: cutting its sockets is a real
// dropped connection (what a VPN drop or a DC reboot looks like to the client).
let relay: net.Server;
let relayPort = 0;
const live = new Set<net.Socket>();

beforeAll(async () => {
  relay = net.createServer((client) => {
    const upstream = net.connect(facts.ldapsPort, facts.host);
    for (const s of [client, upstream]) {
      live.add(s);
      s.on('close', () => live.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relayPort = (relay.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const s of live) s.destroy();
  await new Promise<void>((resolve) => relay.close(() => resolve()));
});

function waitFor(states: SessionState[], target: SessionState, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = (): void => {
      if (states.includes(target)) resolve();
      else if (Date.now() - started > timeoutMs)
        reject(new Error(`never reached ${target}: ${states.join(' → ')}`));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

describe('a dropped connection', () => {
  it('goes offline, refuses work with OFFLINE, reconnects and works again', async () => {
    const session = await DirectorySession.connect(ldapsProfile({ port: relayPort }), facts.admin.password, {
      reconnectDelaysMs: [300],
    });
    const states: SessionState[] = [];
    session.onStateChange = (state) => states.push(state);
    try {
      expect(session.state).toBe('online');
      for (const s of live) s.destroy();
      await waitFor(states, 'offline');
      const during = await session.read(facts.admin.dn).catch((e: unknown) => e);
      // The first retry waits 300 ms: the session is still offline here.
      expect((during as AppError).code).toBe('OFFLINE');
      await waitFor(states, 'online');
      expect(states).toEqual(['offline', 'reconnecting', 'online']);
      expect((await session.read(facts.admin.dn)).dn).toBe(facts.admin.dn);
    } finally {
      await session.close();
    }
    expect(session.state).toBe('closed');
  });

  it('turns an operation cut in the middle into OFFLINE', async () => {
    const session = await DirectorySession.connect(ldapsProfile({ port: relayPort }), facts.admin.password, {
      reconnectDelaysMs: [60_000],
    });
    try {
      const pending = session.search({ base: facts.domainDn, attributes: ['*'] });
      setTimeout(() => {
        for (const s of live) s.destroy();
      }, 5);
      const error = await pending.then(
        () => undefined,
        (e: unknown) => e,
      );
      // Reading every attribute of the whole domain takes far longer than 5 ms.
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('OFFLINE');
    } finally {
      await session.close();
    }
  });
});
