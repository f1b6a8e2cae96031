// The guided fixes through the real registry, against the test DC and the Graph test server. The
// test plays Entra Connect and Exchange Online between the steps (a sync that deletes the user, an
// address added in Exchange Online, a sync that matches it back), and checks that every step is
// refused until its result is really there, and that a fix resumes after a restart.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { immutableIdFromGuid } from '../../src-preload/shared/cloud/immutable-id.ts';
import type { CloudSignInPrompt, GuidedFixView, GuidedFixesView } from '../../src-preload/contract/index.ts';
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
let profileId: string;
const pushed: GuidedFixView[] = [];

async function open(userDataDir?: string): Promise<ServicesHarness> {
  const harness = startServices(facts, {
    cloud: graphTestEndpoints(server),
    ...(userDataDir ? { userDataDir } : {}),
  });
  harness.services.bus.subscribe((name, payload) => {
    if (name === 'onGuidedFixChanged') pushed.push(payload as GuidedFixView);
    if (name !== 'onCloudSignInPrompt') return;
    const prompt = payload as CloudSignInPrompt;
    for (const c of server.login.codes.values()) if (c.userCode === prompt.userCode) c.approved = true;
  });
  if (!userDataDir)
    profileId = await harness.saveProfile({
      name: 'Admin',
      port: facts.ldapsPort,
      identity: facts.admin.upn,
    });
  await harness.call('directory.connect', { profileId, password: facts.admin.password });
  await harness.call('cloud.configure', { clientId: null, tenant: 'contoso.onmicrosoft.com' });
  await harness.call('cloud.signIn', { signInId: `s${Date.now()}` });
  return harness;
}

/** Entra Connect's delta sync deleting a user that left its scope (kept in Deleted users). */
function syncDeletes(id: string): void {
  const user = server.sets.get('users')!.get(id)!;
  server.sets.get('users')!.delete(id);
  server.deleted.set(id, { ...user, deletedDateTime: new Date().toISOString() });
}

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('Guided');
  app = await open();
});
afterAll(async () => {
  await app?.services.dispose();
  // The users were created by the scratch directory (it deletes them); the OUs here were not.
  await scratch?.admin.del(`OU=NotSynced,${scratch.ouDn}`).catch(() => undefined);
  await scratch?.cleanup();
  await server?.stop();
});

describe('guided fix: the missing onmicrosoft.com address (seed scenario 9)', () => {
  const stamp = Date.now();
  const alias = `gm${stamp}`;
  const address = `${alias}@contoso.onmicrosoft.com`;
  let userDn: string;
  let userGuid: string;
  let outOfScopeDn: string;
  let cloudId: string;
  let fix: GuidedFixView;

  it('checks the user and its cloud twin before anything is saved', async () => {
    outOfScopeDn = `OU=NotSynced,${scratch.ouDn}`;
    await scratch.admin.add(outOfScopeDn, { objectClass: ['top', 'organizationalUnit'] });
    const user = await scratch.createUser(`Gina Missing ${stamp}`, {
      userPrincipalName: [`${alias}@contoso.com`],
      displayName: [`Gina Missing ${stamp}`],
      mail: [`${alias}@contoso.com`],
      mailNickname: [alias],
      proxyAddresses: [`SMTP:${alias}@contoso.com`],
    });
    userDn = user.dn;
    userGuid = user.guid;
    const ids = await importAdUsers(server, scratch.admin, scratch.ouDn);
    cloudId = ids.get(userDn)!;
    const twin = server.sets.get('users')!.get(cloudId)!;
    // The broken state: the sync made the user without its MOERA.
    twin.proxyAddresses = (twin.proxyAddresses as string[]).filter((p) => !/onmicrosoft\.com$/i.test(p));

    const notInCloud = await scratch.createUser(`Nowhere ${stamp}`, {
      userPrincipalName: [`nowhere${stamp}@contoso.com`],
    });
    const refused = await app.dispatch('guided.startMissingAlias', { dn: notInCloud.dn, outOfScopeDn });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const inside = await app.dispatch('guided.startMissingAlias', { dn: userDn, outOfScopeDn: scratch.ouDn });
    expect(inside).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });

    fix = await app.call<GuidedFixView>('guided.startMissingAlias', { dn: userDn, outOfScopeDn });
    expect(fix.status).toBe('open');
    expect(fix.step).toBe(0);
    expect(fix.subject).toContain(address);
    expect(fix.steps.map((s) => s.key)).toEqual([
      'move-out',
      'sync-delete',
      'restore',
      'add-alias',
      'move-back',
      'sync-match',
    ]);
    expect(fix.steps[3]?.command).toBe(
      `Set-Mailbox -Identity '${alias}@contoso.com' -EmailAddresses @{Add='smtp:${address}'}`,
    );
    const twice = await app.dispatch('guided.startMissingAlias', { dn: userDn, outOfScopeDn });
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringContaining('open already') } });
    const listed = await app.call<GuidedFixesView>('guided.list', {});
    expect(listed.settings.outOfScopeDn).toBe(outOfScopeDn);
    expect(listed.canRunSync).toBe(process.platform === 'win32');
  });

  it('moves the user out through the journal, and waits for the sync to delete it', async () => {
    const early = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(early.step).toBe(0);
    expect(early.steps[0]?.lastCheck).toMatchObject({ ok: false });

    fix = await app.call<GuidedFixView>('guided.run', { id: fix.id });
    expect(fix.step).toBe(1);
    const moved = await scratch.read(`<GUID=${userGuid}>`, ['distinguishedName']);
    expect(moved.distinguishedName?.[0]?.toLowerCase()).toBe(
      `cn=gina missing ${stamp},${outOfScopeDn}`.toLowerCase(),
    );
    const journaled = await app.call<{ operation: string; status: string }[]>('changes.list', {});
    expect(journaled[0]).toMatchObject({ operation: 'move', status: 'applied' });

    // A step done elsewhere has no action here.
    expect(await app.dispatch('guided.run', { id: fix.id })).toMatchObject({ ok: false });
    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.step).toBe(1);
    expect(fix.steps[1]?.lastCheck?.text).toContain('still holds');

    syncDeletes(cloudId);
    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.step).toBe(2);
  });

  it('restores the user, then waits for the address from Exchange Online', async () => {
    fix = await app.call<GuidedFixView>('guided.run', { id: fix.id });
    expect(fix.step).toBe(3);
    expect(server.sets.get('users')!.has(cloudId)).toBe(true);

    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.step).toBe(3);
    expect(fix.steps[3]?.lastCheck?.text).toContain('not on the user yet');
    const restored = server.sets.get('users')!.get(cloudId)!;
    restored.proxyAddresses = [...(restored.proxyAddresses as string[]), `smtp:${address}`];
    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.step).toBe(4);
  });

  it('is resumed after a restart where it stood, and ends when the sync matched the user back', async () => {
    const dir = app.userDataDir;
    await app.services.dispose();
    app = await open(dir);
    const listed = await app.call<GuidedFixesView>('guided.list', {});
    const resumed = listed.fixes.find((f) => f.id === fix.id)!;
    expect(resumed).toMatchObject({ status: 'open', step: 4 });
    expect(resumed.steps.slice(0, 4).every((s) => s.status === 'done')).toBe(true);

    fix = await app.call<GuidedFixView>('guided.run', { id: fix.id });
    expect(fix.step).toBe(5);
    const back = await scratch.read(`<GUID=${userGuid}>`, ['distinguishedName']);
    expect(back.distinguishedName?.[0]?.toLowerCase()).toBe(userDn.toLowerCase());

    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.status).toBe('open');
    expect(fix.steps[5]?.lastCheck?.text).toContain('Not synced from AD since the move back');

    const user = server.sets.get('users')!.get(cloudId)!;
    user.onPremisesSyncEnabled = true;
    user.onPremisesLastSyncDateTime = new Date(Date.now() + 1000).toISOString();
    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.status).toBe('done');
    expect(fix.steps[5]?.lastCheck?.text).toContain(`Synced from AD again with ${address}`);
    expect(pushed.filter((p) => p.id === fix.id).at(-1)).toMatchObject({ status: 'done' });
    expect(await app.dispatch('guided.check', { id: fix.id })).toMatchObject({ ok: false });
    expect(server.violations).toEqual([]);
  });
});

describe('guided fix: plain-text meeting invites (seed scenario 6)', () => {
  it('sets Never on the OU’s mail users through the journal, checks AD, and names the Exchange Online commands', async () => {
    const stamp = Date.now();
    const ou = `OU=Mapi,${scratch.ouDn}`;
    await scratch.admin.add(ou, { objectClass: ['top', 'organizationalUnit'] });
    const made: string[] = [];
    for (const n of [1, 2]) {
      const dn = `CN=Mapi ${n} ${stamp},${ou}`;
      await scratch.admin.add(dn, {
        objectClass: ['top', 'person', 'organizationalPerson', 'user'],
        sAMAccountName: `mp${n}${String(stamp).slice(-8)}`,
        userPrincipalName: `mapi${n}.${stamp}@contoso.com`,
        mail: `mapi${n}.${stamp}@contoso.com`,
        mailNickname: `mapi${n}.${stamp}`,
        proxyAddresses: [`SMTP:mapi${n}.${stamp}@contoso.com`],
        targetAddress: `SMTP:mapi${n}.${stamp}@legacy.contoso.net`,
        msExchRecipientTypeDetails: '128',
        msExchRecipientDisplayType: '6',
        ...(n === 2 ? { mAPIRecipient: 'TRUE' } : {}),
      });
      made.push(dn);
    }
    try {
      let fix = await app.call<GuidedFixView>('guided.startPlainText', { baseDn: ou });
      expect(fix.subject).toContain('2 mail users');
      expect(fix.steps[1]?.command?.split('\n')).toEqual(
        [1, 2].map(
          (n) => `Set-MailUser -Identity 'mapi${n}.${stamp}@contoso.com' -UseMapiRichTextFormat Never`,
        ),
      );
      fix = await app.call<GuidedFixView>('guided.run', { id: fix.id });
      expect(fix.step).toBe(1);
      expect(fix.steps[0]?.lastCheck?.text).toBe('All 2 are set to Never in AD.');
      for (const dn of made)
        expect((await scratch.read(dn, ['mAPIRecipient'])).mAPIRecipient).toEqual(['FALSE']);
      fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
      expect(fix.status).toBe('done');
      // Nothing left to fix: a second fix over the OU is refused with the reason.
      const again = await app.dispatch('guided.startPlainText', { baseDn: ou });
      expect(again).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('Never already') },
      });
    } finally {
      for (const dn of made) await scratch.admin.del(dn).catch(() => undefined);
      await scratch.admin.del(ou).catch(() => undefined);
    }
  });
});

describe('guided fix: a cloud-only room mailbox taken over by an AD account (seed scenario 8)', () => {
  it('refuses a cloud user that is synced already, and ends once the sync joined the two', async () => {
    const stamp = Date.now();
    const domain = facts.realm.toLowerCase();
    const upn = `room${stamp}@${domain}`;
    const roomId = randomUUID();
    server.put('users', {
      id: roomId,
      displayName: `Room ${stamp}`,
      userPrincipalName: upn,
      mail: upn,
      mailNickname: `room${stamp}`,
      proxyAddresses: [`SMTP:${upn}`],
      onPremisesSyncEnabled: null,
      onPremisesImmutableId: null,
    });
    const syncedId = randomUUID();
    server.put('users', {
      id: syncedId,
      displayName: `Synced ${stamp}`,
      userPrincipalName: `synced${stamp}@${domain}`,
      proxyAddresses: [],
      onPremisesSyncEnabled: true,
      onPremisesImmutableId: 'AAAAAAAAAAAAAAAAAAAAAA==',
    });
    const account = await scratch.createUser(`Room ${stamp}`, {
      userPrincipalName: [upn],
      displayName: [`Room ${stamp}`],
      mail: [upn],
      proxyAddresses: [`SMTP:${upn}`],
    });
    const refused = await app.dispatch('guided.startTakeover', { dn: account.dn, cloudUserId: syncedId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });

    let fix = await app.call<GuidedFixView>('guided.startTakeover', { dn: account.dn, cloudUserId: roomId });
    const expected = immutableIdFromGuid(account.guid);
    expect(fix.steps[0]?.command).toContain(`-OnPremisesImmutableId '${expected}'`);
    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.step).toBe(0);
    fix = await app.call<GuidedFixView>('guided.run', { id: fix.id });
    expect(fix.step).toBe(1);
    expect(server.sets.get('users')!.get(roomId)!.onPremisesImmutableId).toBe(expected);
    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.steps[1]?.lastCheck?.text).toContain('Not synced from AD yet');
    server.sets.get('users')!.get(roomId)!.onPremisesSyncEnabled = true;
    fix = await app.call<GuidedFixView>('guided.check', { id: fix.id });
    expect(fix.status).toBe('done');
    expect(server.violations).toEqual([]);
  });
});
