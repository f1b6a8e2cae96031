import { mkdtempSync, readFileSync } from 'node:fs';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangeView,
  ConnectionState,
  MethodName,
  ObjectSheet,
} from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { SessionSecretStore } from '../secrets/secret-store.ts';
import { createServices, type Services } from '../services.ts';

// A TCP relay stands between the app and the DC; cutting it is a real dropped connection (a VPN
// going away), and letting it through again is the DC coming back.
const facts = loadDcFacts();
let relay: net.Server;
let relayPort = 0;
let blocked = false;
const live = new Set<net.Socket>();
let services: Services;
let scratch: ScratchDirectory;
const states: ConnectionState['status'][] = [];

async function call<T>(name: MethodName, input: unknown): Promise<T> {
  const result = await services.registry.dispatch(name, input, { transport: 'browser' });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function until<T>(
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`gave up waiting; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  relay = net.createServer((client) => {
    if (blocked) {
      client.destroy();
      return;
    }
    const upstream = net.connect(facts.ldapsPort, facts.host);
    for (const s of [client, upstream]) {
      live.add(s);
      s.on('close', () => live.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relayPort = (relay.address() as AddressInfo).port;
  scratch = await openScratchDirectory('OfflineTests');
  services = createServices({
    userDataDir: mkdtempSync(join(tmpdir(), 'rd-offline-')),
    secrets: new SessionSecretStore(),
    facts: { name: 'RecipientDesk', version: '0.0.0', electronVersion: null },
  });
  services.bus.subscribe((name, payload) => {
    if (name === 'onConnectionChanged') states.push((payload as ConnectionState).status);
  });
  // The certificate names 127.0.0.1, which is also where the relay listens.
  const profile = await call<{ id: string }>('directory.saveProfile', {
    name: 'Via relay',
    host: '127.0.0.1',
    port: relayPort,
    security: 'ldaps',
    bindIdentity: facts.admin.upn,
    caPem: readFileSync(facts.caFile, 'utf8'),
  });
  await call('directory.connect', { profileId: profile.id, password: facts.admin.password });
});

afterAll(async () => {
  await services?.dispose();
  for (const s of live) s.destroy();
  await new Promise<void>((resolve) => relay.close(() => resolve()));
  await scratch?.cleanup();
});

describe('editing while the domain controller is unreachable', () => {
  it('queues the edit, loses nothing, and applies it when the DC answers again', async () => {
    const { dn } = await scratch.createUser('Otto Offline', { extensionAttribute2: ['before'] });
    const sheet = await call<ObjectSheet>('objects.load', { dn });

    blocked = true;
    for (const s of live) s.destroy();
    await until(
      () => states.at(-1),
      (s) => s === 'offline' || s === 'reconnecting',
    );

    const { row, objectClass } = sheet.details;
    const [queued] = await call<ChangeView[]>('changes.submit', {
      changes: [
        {
          dn,
          objectGuid: row.guid,
          objectClass,
          edits: [{ attr: 'extensionAttribute2', base: ['before'], desired: ['after'] }],
        },
      ],
    });
    expect(queued?.status).toBe('pending');
    expect((await scratch.read(dn, ['extensionAttribute2'])).extensionAttribute2).toEqual(['before']);

    blocked = false;
    await until(
      () => states.at(-1),
      (s) => s === 'online',
    );
    const applied = await until(
      () => call<ChangeView[]>('changes.list', {}),
      (list) => list.find((c) => c.id === queued?.id)?.status === 'applied',
    );
    expect(applied.find((c) => c.id === queued?.id)?.outcome?.kind).toBe('applied');
    expect((await scratch.read(dn, ['extensionAttribute2'])).extensionAttribute2).toEqual(['after']);
  });
});
