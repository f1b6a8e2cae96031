// Device code sign-in through msal-node with the production authority, its /devicecode and /token
// calls routed to the Graph test server; the token then reads Graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphTestServer } from '../../e2e/graph/graph-server.ts';
import { msalTestRoute } from '../../e2e/graph/msal-test-network.ts';
import { testBrowser } from '../../e2e/graph/test-browser.ts';
import { createGraphApi } from './graph-api.ts';
import { createCloudSignIn, type DeviceCodePrompt } from './sign-in.ts';
import { encryptedCachePlugin, memoryCacheStore } from './token-cache.ts';

let server: GraphTestServer;
beforeAll(async () => {
  server = await GraphTestServer.start();
});
afterAll(async () => {
  await server?.stop();
});

const CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';
// A reversible stand-in for safeStorage that makes the stored cache unreadable as plain text.
const encryptor = {
  encrypt: (s: string) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
};

function signIn(tenant = 'contoso.onmicrosoft.com', store = memoryCacheStore(), log: string[] = []) {
  return createCloudSignIn({
    profile: { clientId: CLIENT_ID, tenant },
    cachePlugin: encryptedCachePlugin(encryptor, store),
    network: msalTestRoute(server.url, server.caPem, log),
  });
}

/** Approves the code as the admin would in the browser, once MSAL has shown it. */
function approveOnPrompt(prompts: DeviceCodePrompt[]) {
  return (p: DeviceCodePrompt) => {
    prompts.push(p);
    for (const c of server.login.codes.values()) if (c.userCode === p.userCode) c.approved = true;
  };
}

describe('Microsoft 365 sign-in', () => {
  it('signs in with the system browser and a loopback redirect, PKCE checked, and reads Graph', async () => {
    const store = memoryCacheStore();
    const log: string[] = [];
    const session = signIn('contoso.onmicrosoft.com', store, log);
    const browser = testBrowser(server);
    const account = await session.signInWithBrowser((url) => browser.open(url));
    expect(account.username).toBe('admin@contoso.onmicrosoft.com');
    // The production authority's page, with the loopback redirect MSAL listens on, form_post and PKCE.
    const opened = new URL(browser.opened[0] ?? '');
    expect(`${opened.origin}${opened.pathname}`).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
    );
    expect(opened.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/);
    expect(opened.searchParams.get('response_mode')).toBe('form_post');
    expect(opened.searchParams.get('code_challenge_method')).toBe('S256');
    // MSAL exchanged the code (with its verifier) at the token endpoint, once.
    expect(log.filter((l) => new URL(l).pathname.endsWith('/oauth2/v2.0/token'))).toHaveLength(1);
    expect(server.login.authCodes.size).toBe(0);
    await expect.poll(() => browser.lastPage).toContain('You can close this window');
    const token = await session.getToken();
    expect(server.login.accessTokens.has(token)).toBe(true);
    expect((await signIn('contoso.onmicrosoft.com', store).account())?.username).toBe(
      'admin@contoso.onmicrosoft.com',
    );
    await session.signOut();
  });

  it('stops a browser sign-in the admin never finishes when it is cancelled', async () => {
    const session = signIn();
    const controller = new AbortController();
    const opened: string[] = [];
    const pending = session.signInWithBrowser(async (url) => {
      opened.push(url);
      // The admin closes the browser tab; the app's Cancel follows.
      setTimeout(() => controller.abort(), 50);
    }, controller.signal);
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(opened).toHaveLength(1);
    expect(await session.account()).toBeNull();
  });

  it('signs in with a device code, keeps the token sealed in the cache, and reads Graph with it', async () => {
    const store = memoryCacheStore();
    const log: string[] = [];
    const session = signIn('contoso.onmicrosoft.com', store, log);
    const prompts: DeviceCodePrompt[] = [];
    const account = await session.signInWithDeviceCode(approveOnPrompt(prompts));
    expect(account.username).toBe('admin@contoso.onmicrosoft.com');
    expect(prompts[0]?.verificationUri).toBe('https://microsoft.com/devicelogin');
    expect(prompts[0]?.message).toContain(prompts[0]?.userCode);
    // The production authority, only its /devicecode and /token endpoints called.
    expect(
      log.every((l) =>
        /^https:\/\/login\.microsoftonline\.com\/contoso\.onmicrosoft\.com\/oauth2\/v2\.0\/(devicecode|token)/.test(
          l,
        ),
      ),
    ).toBe(true);
    const sealed = store.read();
    expect(sealed).not.toBeNull();
    expect(sealed!.toString('utf8')).not.toContain('admin@contoso');

    const token = await session.getToken();
    expect(server.login.accessTokens.has(token)).toBe(true);
    const graph = createGraphApi({
      baseUrl: server.url,
      caPem: server.caPem,
      getToken: () => session.getToken(),
    });
    const domains = await graph.list<{ id: string }>('/domains');
    expect(domains.map((d) => d.id)).toContain('contoso.com');

    // A second app start over the same sealed cache is still signed in.
    const again = signIn('contoso.onmicrosoft.com', store);
    expect((await again.account())?.username).toBe('admin@contoso.onmicrosoft.com');

    await session.signOut();
    expect(await signIn('contoso.onmicrosoft.com', store).account()).toBeNull();
    await expect(session.getToken()).rejects.toMatchObject({ code: 'sign-in-expired' });
  });

  it('says which tenant is wrong', async () => {
    await expect(
      signIn('fabrikam.onmicrosoft.com').signInWithDeviceCode(() => undefined),
    ).rejects.toMatchObject({
      code: 'wrong-tenant',
      message: expect.stringContaining('fabrikam.onmicrosoft.com'),
    });
  });

  it('says admin consent is missing', async () => {
    server.login.consentMissing = true;
    try {
      const p: DeviceCodePrompt[] = [];
      await expect(signIn().signInWithDeviceCode(approveOnPrompt(p))).rejects.toMatchObject({
        code: 'missing-consent',
      });
    } finally {
      server.login.consentMissing = false;
    }
  });

  it('says the sign-in expired when the refresh token is no longer accepted', async () => {
    const session = signIn();
    server.login.accessTokenSeconds = 120; // inside MSAL's 5-minute renewal window
    try {
      await session.signInWithDeviceCode(approveOnPrompt([]));
      server.login.refreshExpired = true;
      await expect(session.getToken()).rejects.toMatchObject({ code: 'sign-in-expired' });
    } finally {
      server.login.refreshExpired = false;
      server.login.accessTokenSeconds = 3600;
    }
  });

  it('says the network is down when the identity platform cannot be reached', async () => {
    const down = createCloudSignIn({
      profile: { clientId: CLIENT_ID, tenant: 'contoso.onmicrosoft.com' },
      network: msalTestRoute('https://127.0.0.1:9', server.caPem),
    });
    await expect(down.signInWithDeviceCode(() => undefined)).rejects.toMatchObject({ code: 'no-network' });
  });
});
