// The Graph test server against the test DC: synced import, CSDL validation, and the behaviours of
// real Graph the app must cope with.
import { createHash } from 'node:crypto';
import { request } from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { immutableIdFromGuid } from '../../src-preload/shared/cloud/immutable-id.ts';
import { openScratchDirectory, type ScratchDirectory } from '../support/scratch-directory.ts';
import { importAdUsers } from './ad-import.ts';
import { GraphTestServer } from './graph-server.ts';
import { handleAuthorize, handleLogin } from './login-routes.ts';

let server: GraphTestServer;
let scratch: ScratchDirectory;

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}/v1.0${path}`,
      {
        method,
        ca: server.caPem,
        headers: { authorization: 'Bearer test', 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text ? JSON.parse(text) : undefined,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('graph');
});
afterAll(async () => {
  await scratch?.cleanup();
  await server?.stop();
});
afterEach(() => {
  // Any request or response that strayed from the CSDL fails the test that caused it.
  expect(server.violations).toEqual([]);
});

describe('Graph test server', () => {
  it('hands a loopback redirect a code only with PKCE, and takes it back only with the verifier', () => {
    const authorize = (redirect: string) =>
      handleAuthorize(
        server.login,
        '/login/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
        new URLSearchParams({
          client_id: 'c',
          response_type: 'code',
          response_mode: 'form_post',
          redirect_uri: redirect,
          code_challenge: createHash('sha256').update('the-verifier').digest('base64url'),
          code_challenge_method: 'S256',
          state: 's',
        }),
      );
    expect(authorize('https://evil.example/').html).toContain('AADSTS50011');
    const page = authorize('http://localhost:5123');
    expect(page.status).toBe(200);
    const code = /name="code" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const token = (verifier: string) =>
      handleLogin(
        server.login,
        '/login/contoso.onmicrosoft.com/oauth2/v2.0/token',
        new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: 'c',
          code,
          code_verifier: verifier,
          redirect_uri: 'http://localhost:5123',
        }),
      );
    // A wrong verifier spends the code, as Entra does: the right one comes too late.
    expect(token('not-it').body).toMatchObject({ error_codes: [501481] });
    expect(token('the-verifier').body).toMatchObject({ error_codes: [70000] });
  });

  it('is trusted only through its own CA', async () => {
    await expect(
      new Promise((resolve, reject) => {
        const req = request(`${server.url}/v1.0/domains`, { method: 'GET' }, resolve);
        req.on('error', reject);
        req.end();
      }),
    ).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
    const res = await call('GET', '/domains');
    expect(res.status).toBe(200);
    expect(res.body.value.map((d: { id: string }) => d.id)).toContain('contoso.onmicrosoft.com');
  });

  it('imports a DC user as synced, found by ImmutableId only with the advanced-query header', async () => {
    const user = await scratch.createUser(`Cloud Sync ${Date.now()}`, {
      userPrincipalName: [`cloudsync${Date.now()}@contoso.com`],
      mailNickname: ['cloudsync'],
      proxyAddresses: ['SMTP:cloudsync@contoso.com', 'smtp:cloudsync@contoso.onmicrosoft.com'],
    });
    await importAdUsers(server, scratch.admin, scratch.ouDn);
    const immutableId = immutableIdFromGuid(user.guid);
    expect(immutableId).not.toBeNull();
    const path = `/users?$filter=${encodeURIComponent(`onPremisesImmutableId eq '${immutableId}'`)}&$count=true`;
    const refused = await call('GET', path);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('Request_UnsupportedQuery');
    const found = await call('GET', path, undefined, { ConsistencyLevel: 'eventual' });
    expect(found.status).toBe(200);
    expect(found.body['@odata.count']).toBe(1);
    const cloud = found.body.value[0];
    expect(cloud.onPremisesSyncEnabled).toBe(true);
    // The reserved-suffix address is discarded on import; the service's own MOERA is there once.
    expect(cloud.proxyAddresses).toEqual([
      'SMTP:cloudsync@contoso.com',
      'smtp:cloudsync@contoso.onmicrosoft.com',
    ]);

    const write = await call('PATCH', `/users/${cloud.id}`, { displayName: 'Changed in the cloud' });
    expect(write.status).toBe(400);
    expect(write.body.error.details[0].code).toBe(
      'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
    );
  });

  it('answers 429 with Retry-After when asked, then serves again', async () => {
    server.throttleNext(1, 2, /^\/organization/);
    const first = await call('GET', '/organization');
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('2');
    const second = await call('GET', '/organization');
    expect(second.status).toBe(200);
    expect(second.body.value[0].verifiedDomains.some((d: { isInitial: boolean }) => d.isInitial)).toBe(true);
  });

  it('hides a new cloud user for a while after its create', async () => {
    server.invisibleAfterCreateMs = 300;
    const created = await call('POST', '/users', {
      displayName: 'Fresh',
      userPrincipalName: `fresh${Date.now()}@contoso.com`,
      mailNickname: 'fresh',
      accountEnabled: true,
    });
    server.invisibleAfterCreateMs = 0;
    expect(created.status).toBe(201);
    expect((await call('GET', `/users/${created.body.id}`)).status).toBe(404);
    await new Promise((r) => setTimeout(r, 350));
    const later = await call('GET', `/users/${created.body.id}`);
    expect(later.status).toBe(200);
    // A cloud-only user takes writes.
    expect((await call('PATCH', `/users/${created.body.id}`, { usageLocation: 'GB' })).status).toBe(204);
  });

  it('refuses a body the CSDL does not declare, naming the property', async () => {
    const res = await call('POST', '/users', { displayName: 'Typo', userPrincipleName: 'x@contoso.com' });
    expect(res.status).toBe(400);
    expect(server.violations.join('\n')).toMatch(
      /userPrincipleName is not a property of microsoft\.graph\.user/,
    );
    server.violations.length = 0;
  });

  it('runs $batch parts (a 429 inside stays a 429 part) and refuses more than 20', async () => {
    const parts = Array.from({ length: 3 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: '/domains/contoso.com',
    }));
    server.throttleNext(1, 1, /^\/domains\/contoso\.com/);
    const res = await call('POST', '/$batch', { requests: parts });
    expect(res.status).toBe(200);
    expect(res.body.responses.map((r: { status: number }) => r.status)).toEqual([429, 200, 200]);
    const tooMany = Array.from({ length: 21 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: '/domains',
    }));
    expect((await call('POST', '/$batch', { requests: tooMany })).status).toBe(400);
  });

  it('pages with @odata.nextLink and reports tenant sync features', async () => {
    const page = await call('GET', '/subscribedSkus?$top=1');
    expect(page.body.value).toHaveLength(1);
    const next = new URL(page.body['@odata.nextLink'] as string);
    const rest = await call('GET', `${next.pathname.replace('/v1.0', '')}${next.search}`);
    expect(rest.body.value[0].skuPartNumber).toBe('EXCHANGESTANDARD');
    const sync = await call('GET', '/directory/onPremisesSynchronization');
    expect(sync.status).toBe(200);
    expect(sync.body.value[0].features.blockCloudObjectTakeoverThroughHardMatchEnabled).toBe(false);
  });
});
