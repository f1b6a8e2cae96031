import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeView, ObjectSheet } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// A relay stands between the app and the DC; blocking it is a real dropped connection (a VPN
// going away), and letting it through again is the DC coming back.
const facts = loadDcFacts();
let relay: LdapRelay;
let app: ServicesHarness;
let scratch: ScratchDirectory;

beforeAll(async () => {
  relay = await startLdapRelay(facts);
  scratch = await openScratchDirectory('OfflineTests');
  app = startServices(facts);
  const profileId = await app.saveProfile({ name: 'Via relay', port: relay.port, identity: facts.admin.upn });
  await app.call('directory.connect', { profileId, password: facts.admin.password });
});

afterAll(async () => {
  await app?.services.dispose();
  await relay?.close();
  await scratch?.cleanup();
});

describe('editing while the domain controller is unreachable', () => {
  it('queues the edit, loses nothing, and applies it when the DC answers again', async () => {
    const { dn } = await scratch.createUser('Otto Offline', { extensionAttribute2: ['before'] });
    const sheet = await app.call<ObjectSheet>('objects.load', { dn });

    relay.block();
    await until(
      () => app.states.at(-1),
      (s) => s === 'offline' || s === 'reconnecting',
    );

    const { row, objectClass } = sheet.details;
    const [queued] = await app.call<ChangeView[]>('changes.submit', {
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

    relay.unblock();
    await until(
      () => app.states.at(-1),
      (s) => s === 'online',
    );
    const applied = await until(
      () => app.call<ChangeView[]>('changes.list', {}),
      (list) => list.find((c) => c.id === queued?.id)?.status === 'applied',
    );
    expect(applied.find((c) => c.id === queued?.id)?.outcome?.kind).toBe('applied');
    expect((await scratch.read(dn, ['extensionAttribute2'])).extensionAttribute2).toEqual(['after']);
  });
});
