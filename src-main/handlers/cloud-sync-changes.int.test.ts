// The Changes panel's sync preview through the real registry: changes applied through the journal
// to the test DC, the Graph test server holding the users as Entra Connect synced them, and the
// tenant's last sync time deciding which changes the next sync has still to carry.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangesSyncPreview,
  ChangeView,
  CloudSyncPreviewView,
} from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { importAdUsers } from '../../e2e/graph/ad-import.ts';
import { GraphTestServer } from '../../e2e/graph/graph-server.ts';
import { graphTestEndpoints } from '../../e2e/graph/graph-test-endpoints.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';

const facts = loadDcFacts();
let server: GraphTestServer;
let scratch: ScratchDirectory;
let app: ServicesHarness;

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('SyncChanges');
  app = startServices(facts, { cloud: graphTestEndpoints(server) });
  app.services.bus.subscribe((name, payload) => {
    if (name !== 'onCloudSignInPrompt') return;
    const { userCode } = payload as { userCode: string };
    for (const c of server.login.codes.values()) if (c.userCode === userCode) c.approved = true;
  });
  const profile = await app.saveProfile({ name: 'Admin', port: facts.ldapsPort, identity: facts.admin.upn });
  await app.call('directory.connect', { profileId: profile, password: facts.admin.password });
});
afterAll(async () => {
  await app?.services.dispose();
  await scratch?.cleanup();
  await server?.stop();
});
afterEach(() => {
  expect(server.violations).toEqual([]);
});

const USER = ['top', 'person', 'organizationalPerson', 'user'];

async function submit(
  target: { dn: string; guid: string },
  objectClass: string[],
  attr: string,
  base: string[],
  desired: string[],
): Promise<void> {
  const [sent] = await app.call<ChangeView[]>('changes.submit', {
    changes: [{ dn: target.dn, objectGuid: target.guid, objectClass, edits: [{ attr, base, desired }] }],
  });
  expect(sent?.status).toBe('applied');
}

function setLastSync(at: Date): void {
  const org = [...server.sets.get('organization')!.values()][0]!;
  org.onPremisesLastSyncDateTime = at.toISOString();
}

describe('the next sync across the Changes panel', () => {
  it('refuses before sign-in', async () => {
    expect(await app.dispatch('cloud.syncPreviewChanges', {})).toMatchObject({
      ok: false,
      error: { code: 'CLOUD_NOT_SIGNED_IN' },
    });
  });

  it('previews every object changed since the last sync, and only those', async () => {
    await app.call('cloud.signIn', { signInId: 'sync-changes' });
    const stamp = Date.now();
    const mail = (n: string) => ({
      userPrincipalName: [`${n}${stamp}@contoso.com`],
      mailNickname: [`${n}${stamp}`],
      mail: [`${n}${stamp}@contoso.com`],
      proxyAddresses: [`SMTP:${n}${stamp}@contoso.com`],
      extensionAttribute3: ['cost-centre 41'],
    });
    const early = await scratch.createUser(`Early ${stamp}`, mail('early'));
    const late = await scratch.createUser(`Late ${stamp}`, mail('late'));
    const group = await scratch.createGroup(`Team ${stamp}`, []);
    const ids = await importAdUsers(server, scratch.admin, scratch.ouDn);

    // Applied, then carried by a sync: nothing of it is left for the next one.
    await submit(early, USER, 'extensionAttribute3', ['cost-centre 41'], ['cost-centre 40']);
    await new Promise((r) => setTimeout(r, 20));
    const synced = new Date();
    setLastSync(synced);
    await new Promise((r) => setTimeout(r, 20));
    // Applied after it: the next sync carries these.
    await submit(
      late,
      USER,
      'proxyAddresses',
      [`SMTP:late${stamp}@contoso.com`],
      [`SMTP:late${stamp}@contoso.com`, `smtp:sales${stamp}@contoso.com`],
    );
    await submit(late, USER, 'extensionAttribute3', ['cost-centre 41'], ['cost-centre 42']);
    await submit(group, ['top', 'group'], 'description', [], [`team ${stamp}`]);

    const result = await app.call<ChangesSyncPreview>('cloud.syncPreviewChanges', {});
    expect(result.lastSyncDateTime).toBe(synced.toISOString());
    // One preview for the user changed twice; the early user is not in it; the group is counted.
    expect(result.objects.map((o) => o.dn)).toEqual([late.dn]);
    expect(result.notUsers).toBe(1);
    expect(result.gone).toBe(0);
    const [preview] = result.objects;
    expect(preview?.matchText).toBe('Matched by ImmutableId (hard match)');
    expect(preview?.preview.changes.map((c) => [c.property, c.before, c.after])).toEqual([
      [
        'proxyAddresses',
        [`SMTP:late${stamp}@contoso.com`, `smtp:late${stamp}@contoso.onmicrosoft.com`],
        [
          `SMTP:late${stamp}@contoso.com`,
          `smtp:sales${stamp}@contoso.com`,
          `smtp:late${stamp}@contoso.onmicrosoft.com`,
        ],
      ],
      ['onPremisesExtensionAttributes/extensionAttribute3', 'cost-centre 41', 'cost-centre 42'],
    ]);

    // The Cloud tab's preview of the one user says the same; a group is not previewed (null).
    const one = await app.call<CloudSyncPreviewView | null>('cloud.syncPreview', { dn: late.dn });
    expect(one?.preview.changes).toEqual(preview?.preview.changes);
    expect(await app.call('cloud.syncPreview', { dn: group.dn })).toBeNull();
    // Once the cloud manages the user, the same edits are previewed as not flowing.
    server.cloudManaged.set(ids.get(late.dn)!, true);
    const managed = await app.call<CloudSyncPreviewView | null>('cloud.syncPreview', { dn: late.dn });
    expect(managed?.preview).toMatchObject({ outcome: 'cloud-managed', flows: false });
    server.cloudManaged.delete(ids.get(late.dn)!);

    // A user deleted since its change is counted, not looked up.
    await scratch.admin.del(late.dn);
    const after = await app.call<ChangesSyncPreview>('cloud.syncPreviewChanges', {});
    expect(after).toMatchObject({ objects: [], gone: 1, notUsers: 1 });
  });
});
