import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConnectionState,
  ListPage,
  ListRow,
  OfflineCopyInfo,
  OfflineProgress,
  OfflineStarted,
} from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// The contract end to end: start a fill, follow its events, refresh it, then browse it offline.
const facts = loadDcFacts();
let app: ServicesHarness;
let scratch: ScratchDirectory;
const events: OfflineProgress[] = [];
const pages: ListPage[] = [];

beforeAll(async () => {
  scratch = await openScratchDirectory('OfflineIpc');
  app = startServices(facts);
  app.services.bus.subscribe((name, payload) => {
    if (name === 'onOfflineProgress') events.push(payload as OfflineProgress);
    if (name === 'onListPage') pages.push(payload as ListPage);
  });
  const profileId = await app.saveProfile({
    name: 'Direct',
    port: facts.ldapsPort,
    identity: facts.admin.upn,
  });
  await app.call('directory.connect', { profileId, password: facts.admin.password });
});

afterAll(async () => {
  await app?.services.dispose();
  await scratch?.cleanup();
});

const finished = (operationId: string) =>
  until(
    () => events.filter((e) => e.operationId === operationId),
    (found) => found.some((e) => e.done),
  ).then((found) => found.find((e) => e.done)!);

describe('offline.start', () => {
  it('fills a subtree, then refreshes it, pushing progress and the copy; the copy answers offline', async () => {
    await scratch.createUser('Kept Offline', { description: ['kept'] });
    await scratch.createUser('Also Kept');
    const started = await app.call<OfflineStarted>('offline.start', {
      operationId: 'fill-1',
      dn: scratch.ouDn,
    });
    expect(started).toEqual({ operationId: 'fill-1', kind: 'fill' });
    const filled = await finished('fill-1');
    expect(filled).toMatchObject({ kind: 'fill', cancelled: false, error: null, outcome: { read: 3 } });
    expect(filled.copy).toMatchObject({ dn: scratch.ouDn, count: 3 });
    expect(await app.call<OfflineCopyInfo[]>('offline.list', {})).toEqual([filled.copy]);

    await scratch.createUser('Added Later');
    const again = await app.call<OfflineStarted>('offline.start', {
      operationId: 'refresh-1',
      dn: scratch.ouDn,
    });
    expect(again.kind).toBe('refresh');
    const refreshed = await finished('refresh-1');
    // The one new entry, and its GUID once more in the domain-wide look for objects moved out.
    expect(refreshed.outcome).toMatchObject({ read: 2, updated: 1, deleted: 0 });

    const bad = await app.dispatch('offline.start', { operationId: 'no spaces', dn: scratch.ouDn });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    await app.call<ConnectionState>('directory.workOffline', {});
    await app.call('directory.list', { dn: scratch.ouDn, loadId: 'offline-list' });
    const listed = await until(
      () => pages.filter((p) => p.loadId === 'offline-list'),
      (found) => found.some((p) => p.done),
    );
    const names = listed.flatMap((p) => p.rows).map((r: ListRow) => r.name);
    expect(names.sort()).toEqual(['Added Later', 'Also Kept', 'Kept Offline']);
    const refused = await app.dispatch('offline.start', { operationId: 'fill-2', dn: scratch.ouDn });
    expect(refused).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    await app.call('directory.goOnline', {});
  });
});
