// The cloud contract domain through the real registry: device code sign-in (MSAL with the
// production authority, its calls routed to the Graph test server), tenant facts, and the Cloud
// tab's look-up of AD objects imported into the server as Entra Connect syncs them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  CloudObjectChanged,
  CloudObjectView,
  CloudSignInPrompt,
  CloudStatus,
} from '../../src-preload/contract/index.ts';
import { immutableIdFromGuid } from '../../src-preload/shared/cloud/immutable-id.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { importAdUsers } from '../../e2e/graph/ad-import.ts';
import { GraphTestServer } from '../../e2e/graph/graph-server.ts';
import { testBrowser, type TestBrowser } from '../../e2e/graph/test-browser.ts';
import { graphTestEndpoints } from '../../e2e/graph/graph-test-endpoints.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';

const facts = loadDcFacts();
let server: GraphTestServer;
let scratch: ScratchDirectory;
let app: ServicesHarness;
let browser: TestBrowser;
const prompts: CloudSignInPrompt[] = [];
const statuses: CloudStatus[] = [];
const changed: CloudObjectChanged[] = [];
let approve = true;

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('CloudTab');
  browser = testBrowser(server);
  app = startServices(facts, { cloud: graphTestEndpoints(server), openBrowser: (url) => browser.open(url) });
  app.services.bus.subscribe((name, payload) => {
    if (name === 'onCloudStatusChanged') statuses.push(payload as CloudStatus);
    if (name === 'onCloudObjectChanged') changed.push(payload as CloudObjectChanged);
    if (name !== 'onCloudSignInPrompt') return;
    const prompt = payload as CloudSignInPrompt;
    prompts.push(prompt);
    // The admin enters the code in the browser.
    if (approve)
      for (const c of server.login.codes.values()) if (c.userCode === prompt.userCode) c.approved = true;
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

describe('Microsoft 365 through the contract', () => {
  it('refuses a look-up before sign-in, and a malformed app registration', async () => {
    const user = await scratch.createUser(`Early ${Date.now()}`);
    const early = await app.dispatch('cloud.object', { dn: user.dn });
    expect(early).toMatchObject({ ok: false, error: { code: 'CLOUD_NOT_SIGNED_IN' } });
    const bad = await app.dispatch('cloud.configure', {
      clientId: 'not-a-guid',
      tenant: 'contoso.onmicrosoft.com',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const status = await app.call<CloudStatus>('cloud.status', {});
    expect(status.settings.defaultApp).toBe(true);
    expect(status.account).toBeNull();
    expect(status.persistent).toBe(false);
    const signedOut = await app.call<{ mailDomain: string }>('recipients.context', {});
    expect(signedOut.mailDomain).toBe(facts.realm.toLowerCase());
  });

  it('says in words when the tenant does not exist, and stops a sign-in on cancel', async () => {
    await app.call('cloud.configure', { clientId: null, tenant: 'fabrikam.onmicrosoft.com' });
    const wrong = await app.dispatch('cloud.signIn', { signInId: 'wrong' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'CLOUD_SIGN_IN_FAILED' } });
    expect(!wrong.ok && wrong.error.message).toContain('fabrikam.onmicrosoft.com');

    await app.call('cloud.configure', { clientId: null, tenant: 'contoso.onmicrosoft.com' });
    approve = false;
    const before = prompts.length;
    const pending = app.dispatch('cloud.signIn', { signInId: 'cancelled' });
    while (prompts.length === before) await new Promise((r) => setTimeout(r, 50));
    await app.call('cloud.cancelSignIn', { signInId: 'cancelled' });
    const cancelled = await pending;
    approve = true;
    expect(cancelled).toMatchObject({
      ok: false,
      error: { code: 'CLOUD_SIGN_IN_FAILED', details: { reason: 'cancelled' } },
    });
  });

  it('signs in with a device code, reads the tenant, and pushes the new status', async () => {
    const status = await app.call<CloudStatus>('cloud.signIn', { signInId: 'first' });
    const prompt = prompts.find((p) => p.signInId === 'first');
    expect(prompt?.verificationUri).toBe('https://microsoft.com/devicelogin');
    expect(prompt?.userCode).toMatch(/\w{6,}/);
    expect(status.account?.username).toBe('admin@contoso.onmicrosoft.com');
    expect(status.tenant?.verifiedDomains.find((d) => d.isInitial)?.name).toBe('contoso.onmicrosoft.com');
    expect(status.tenant?.skus.map((s) => s.skuPartNumber)).toContain('ENTERPRISEPACK');
    expect(statuses.at(-1)?.account?.username).toBe('admin@contoso.onmicrosoft.com');
  });

  it('finds a synced user by ImmutableId, and says when an AD user is not in the cloud', async () => {
    const stamp = Date.now();
    const synced = await scratch.createUser(`Synced ${stamp}`, {
      userPrincipalName: [`cloudtab${stamp}@contoso.com`],
      proxyAddresses: [`SMTP:cloudtab${stamp}@contoso.com`],
    });
    await importAdUsers(server, scratch.admin, scratch.ouDn);
    const notSynced = await scratch.createUser(`Later ${stamp}`, {
      userPrincipalName: [`later${stamp}@contoso.com`],
    });
    const view = await app.call<CloudObjectView>('cloud.object', { dn: synced.dn });
    expect(view).toMatchObject({ kind: 'user', found: true, matchedBy: 'immutableId', synced: true });
    expect(view.expectedImmutableId).toBe(immutableIdFromGuid(synced.guid));
    expect(view.anchorSource).toBe('objectGUID');
    expect(view.matchText).toMatch(/ImmutableId/);
    const missing = await app.call<CloudObjectView>('cloud.object', { dn: notSynced.dn });
    expect(missing).toMatchObject({ found: false, matchedBy: null, cloudId: null });
    expect(missing.matchText).toBe('Not found in Microsoft 365');
  });

  it("uses the tenant's domains: an unverified UPN suffix is warned about, the tenant fills in for remote mailboxes", async () => {
    const user = await scratch.createUser(`Suffix ${Date.now()}`);
    const report = await app.call<{ issues: { code: string; severity: string }[] }>(
      'objects.validateGeneral',
      {
        dn: user.dn,
        proxyAddresses: [],
        userPrincipalName: `someone@${facts.realm.toLowerCase()}`,
      },
    );
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'unverified-suffix', severity: 'warning' }),
    );
    const verified = await app.call<{ issues: { code: string }[] }>('objects.validateGeneral', {
      dn: user.dn,
      proxyAddresses: [],
      userPrincipalName: 'someone@contoso.com',
    });
    expect(verified.issues.map((i) => i.code)).not.toContain('unverified-suffix');
    const context = await app.call<{ tenant: string | null; mailDomain: string }>('recipients.context', {});
    expect(context.tenant).toBe('contoso');
    // New recipients' addresses start at the tenant's default domain, not the AD domain's name.
    expect(context.mailDomain).toBe('contoso.com');
  });

  it('takes over a cloud-only room with a new AD account (seed scenario 8): candidates, preview, hard match', async () => {
    const local = `room${Date.now()}`;
    const room = server.put('users', {
      id: crypto.randomUUID(),
      displayName: `Room ${local}`,
      userPrincipalName: `${local}@contoso.com`,
      mail: `${local}@contoso.com`,
      mailNickname: local,
      proxyAddresses: [`SMTP:${local}@contoso.com`],
      onPremisesSyncEnabled: null,
      onPremisesImmutableId: null,
    });
    const ad = await scratch.createUser(`Room ${local}`, {
      userPrincipalName: [`${local}@contoso.com`],
      proxyAddresses: [`SMTP:${local}@contoso.com`],
    });
    const before = await app.call<CloudObjectView>('cloud.object', { dn: ad.dn });
    expect(before).toMatchObject({ found: true, matchedBy: 'userPrincipalName', synced: false });
    const candidates = await app.call<{ id: string; foundBy: string }[]>('cloud.hardMatchCandidates', {
      dn: ad.dn,
    });
    expect(candidates[0]).toMatchObject({ id: room.id, foundBy: 'userPrincipalName' });
    const preview = await app.call<{
      immutableId: string;
      checks: { level: string }[];
      powershell: string[];
    }>('cloud.previewHardMatch', { dn: ad.dn, cloudUserId: room.id });
    expect(preview.immutableId).toBe(immutableIdFromGuid(ad.guid));
    expect(preview.checks.some((c) => c.level === 'blocked')).toBe(false);
    expect(preview.powershell.join('\n')).toContain(`-OnPremisesImmutableId '${preview.immutableId}'`);
    changed.length = 0;
    await app.call('cloud.hardMatch', { dn: ad.dn, cloudUserId: room.id });
    expect(server.sets.get('users')?.get(room.id)?.onPremisesImmutableId).toBe(preview.immutableId);
    // Main pushed the Cloud tab's new view before answering: the renderer need not look again.
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      objectGuid: ad.guid,
      view: { found: true, matchedBy: 'immutableId', cloudId: room.id },
    });
    const after = await app.call<CloudObjectView>('cloud.object', { dn: ad.dn });
    expect(after).toMatchObject({ found: true, matchedBy: 'immutableId', cloudId: room.id });
    // A second take-over of the same user by another account is refused before anything is sent.
    const other = await scratch.createUser(`Other ${local}`, {
      userPrincipalName: [`other${local}@contoso.com`],
    });
    const refused = await app.dispatch('cloud.hardMatch', { dn: other.dn, cloudUserId: room.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('signs in with the system browser too, and the browser transport without one says to use a device code', async () => {
    await app.call('cloud.signOut', {});
    const status = await app.call<CloudStatus>('cloud.signInWithBrowser', { signInId: 'browser' });
    expect(status.browserSignIn).toBe(true);
    expect(status.account?.username).toBe('admin@contoso.onmicrosoft.com');
    expect(status.tenant?.verifiedDomains.map((d) => d.name)).toContain('contoso.com');
    expect(new URL(browser.opened.at(-1) ?? '').hostname).toBe('login.microsoftonline.com');

    const web = startServices(facts, { cloud: graphTestEndpoints(server) });
    try {
      expect((await web.call<CloudStatus>('cloud.status', {})).browserSignIn).toBe(false);
      expect(await web.dispatch('cloud.signInWithBrowser', { signInId: 'web' })).toMatchObject({
        ok: false,
        error: { code: 'CLOUD_SIGN_IN_FAILED', message: expect.stringContaining('device code') },
      });
    } finally {
      await web.services.dispose();
    }
  });

  it('signs out: the next look-up asks for a sign-in again', async () => {
    const status = await app.call<CloudStatus>('cloud.signOut', {});
    expect(status.account).toBeNull();
    expect(status.tenant).toBeNull();
    const user = await scratch.createUser(`After ${Date.now()}`);
    expect(await app.dispatch('cloud.object', { dn: user.dn })).toMatchObject({
      ok: false,
      error: { code: 'CLOUD_NOT_SIGNED_IN' },
    });
  });
});
