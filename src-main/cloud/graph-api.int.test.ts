// The Graph layer against the Graph test server: each quirk of the service handled as a user
// would need it (no error shown for a throttle, every page read, advanced look-ups answered).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GraphTestServer } from '../../e2e/graph/graph-server.ts';
import { createGraphApi, GraphApiError, type GraphApi } from './graph-api.ts';

let server: GraphTestServer;
let api: GraphApi;
const waits: number[] = [];

beforeAll(async () => {
  server = await GraphTestServer.start();
  api = createGraphApi({
    baseUrl: server.url,
    caPem: server.caPem,
    getToken: () => Promise.resolve('token'),
    // Record the wait asked for and wait a token amount, so the suite stays quick.
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((r) => setTimeout(r, 5));
    },
  });
});
afterAll(async () => {
  await server?.stop();
});
afterEach(() => {
  expect(server.violations).toEqual([]);
  waits.length = 0;
});

function cloudUser(n: number, extra: Record<string, unknown> = {}) {
  return server.put('users', {
    id: crypto.randomUUID(),
    displayName: `Bulk ${n}`,
    userPrincipalName: `bulk${n}-${Date.now()}@contoso.com`,
    onPremisesImmutableId: Buffer.from(`anchor-${n}-${Math.random()}`).toString('base64'),
    onPremisesSyncEnabled: true,
    ...extra,
  });
}

describe('Graph layer', () => {
  it('refuses a server whose certificate is not signed by the given CA', async () => {
    const untrusting = createGraphApi({ baseUrl: server.url, getToken: () => Promise.resolve('t') });
    await expect(untrusting.get('/domains')).rejects.toThrow(/certificate|self[- ]signed/i);
  });

  it('retries a throttled request after the Retry-After the service gave', async () => {
    server.throttleNext(1, 1, /^\/organization/);
    const before = server.requests.length;
    const org = await api.get<{ value: { displayName: string }[] }>('/organization');
    expect(org.value[0]?.displayName).toBe('Contoso');
    expect(server.requests.length - before).toBe(2);
  });

  it('reads every page of a collection', async () => {
    const skus = await api.list<{ skuPartNumber: string }>('/subscribedSkus?$top=1');
    expect(skus.map((s) => s.skuPartNumber)).toEqual(['ENTERPRISEPACK', 'EXCHANGESTANDARD']);
  });

  it('sends advanced queries with ConsistencyLevel: eventual and $count', async () => {
    const u = cloudUser(0);
    const path = `/users?$filter=onPremisesImmutableId eq '${u.onPremisesImmutableId as string}'`;
    const found = await api.list<{ id: string }>(path, { advanced: true });
    expect(found.map((f) => f.id)).toEqual([u.id]);
    await expect(api.list(path)).rejects.toMatchObject({ status: 400, code: 'Request_UnsupportedQuery' });
  });

  it('looks up 45 objects in 3 batches, retrying the parts throttled inside a batch', async () => {
    const users = Array.from({ length: 45 }, (_, i) => cloudUser(i + 1));
    const paths = users.map((u) => `/users/${u.id}?$select=id,displayName`);
    paths.push('/users/00000000-0000-0000-0000-000000000000');
    server.throttleNext(2, 3, /^\/users\//);
    const before = server.requests.filter((r) => r.path === '/$batch').length;
    const results = await api.getMany<{ id: string; displayName: string }>(paths);
    expect(results.slice(0, 45).map((r) => r.body?.id)).toEqual(users.map((u) => u.id));
    expect(results[45]).toEqual({ status: 404, body: null });
    // 46 look-ups are 3 batches; the throttled parts cost one more, after the service's wait.
    expect(server.requests.filter((r) => r.path === '/$batch').length - before).toBe(4);
    expect(waits).toContain(3000);
  });

  it('reads back a new object that is briefly 404 after its create', async () => {
    server.invisibleAfterCreateMs = 200;
    const created = await api.post<{ id: string }>('/users', {
      displayName: 'Eventually',
      userPrincipalName: `eventually${Date.now()}@contoso.com`,
      mailNickname: 'eventually',
      accountEnabled: true,
    });
    server.invisibleAfterCreateMs = 0;
    await expect(api.get(`/users/${created.id}`)).rejects.toMatchObject({ status: 404 });
    const realSleepApi = createGraphApi({
      baseUrl: server.url,
      caPem: server.caPem,
      getToken: () => Promise.resolve('t'),
    });
    const user = await realSleepApi.getAfterWrite<{ displayName: string }>(`/users/${created.id}`);
    expect(user.displayName).toBe('Eventually');
  });

  it('gives the real error when a synced object is written in the cloud', async () => {
    const u = cloudUser(99);
    const failure = await api.patch(`/users/${u.id}`, { displayName: 'x' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphApiError);
    expect((failure as GraphApiError).detailCode).toBe(
      'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
    );
  });
});
