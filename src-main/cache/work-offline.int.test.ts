import { Attribute, Change } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeView, ConnectionState, ObjectSheet } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// "Work offline" with the DC right there: nothing may reach it until "Go online".
const facts = loadDcFacts();
let app: ServicesHarness;
let scratch: ScratchDirectory;

beforeAll(async () => {
  scratch = await openScratchDirectory('WorkOffline');
  app = startServices(facts);
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

describe('working offline by choice', () => {
  it('reads from the cache, keeps edits in the journal without sending them, and sends them on Go online', async () => {
    const { dn, guid } = await scratch.createUser('Wanda Offline', { extensionAttribute4: ['before'] });
    const online = await app.call<ObjectSheet>('objects.load', { dn });
    expect(online.details.cachedAt).toBeUndefined();

    const offline = await app.call<ConnectionState>('directory.workOffline', {});
    expect(offline).toMatchObject({ status: 'offline', cache: { kind: 'cache', byChoice: true } });
    // Changed on the DC meanwhile by someone else: the cached copy still shows what was read.
    await scratch.admin.modify(
      dn,
      new Change({
        operation: 'replace',
        modification: new Attribute({ type: 'description', values: ['set elsewhere'] }),
      }),
    );
    const cached = await app.call<ObjectSheet>('objects.load', { dn });
    expect(cached.details.cachedAt).toBeDefined();
    expect(cached.details.attributes.extensionAttribute4).toEqual(['before']);
    expect(cached.details.attributes.description).toBeUndefined();

    const [queued] = await app.call<ChangeView[]>('changes.submit', {
      changes: [
        {
          dn,
          objectGuid: guid,
          objectClass: cached.details.objectClass,
          edits: [{ attr: 'extensionAttribute4', base: ['before'], desired: ['after'] }],
        },
      ],
    });
    expect(queued?.status).toBe('pending');
    await new Promise((r) => setTimeout(r, 1500)); // a drain that should not run would have run by now
    expect((await scratch.read(dn, ['extensionAttribute4'])).extensionAttribute4).toEqual(['before']);
    expect((await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === queued?.id)?.status).toBe(
      'pending',
    );

    const back = await app.call<ConnectionState>('directory.goOnline', {});
    expect(back.status).toBe('online');
    expect(back.cache).toBeUndefined();
    await until(
      () => app.call<ChangeView[]>('changes.list', {}),
      (list) => list.find((c) => c.id === queued?.id)?.status === 'applied',
    );
    expect((await scratch.read(dn, ['extensionAttribute4'])).extensionAttribute4).toEqual(['after']);
    expect((await app.call<ObjectSheet>('objects.load', { dn })).details.cachedAt).toBeUndefined();
  });
});
