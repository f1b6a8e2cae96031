// The look-up's two ways of finding many AD users in the cloud, against the Graph test server with
// DC users imported: the same matches either way, and the way taken is the one with fewer requests.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importAdUsers } from '../../e2e/graph/ad-import.ts';
import { GraphTestServer } from '../../e2e/graph/graph-server.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import type { AdAnchor } from '../../src-preload/shared/cloud/match.ts';
import { lookUpCloudUsers } from './cloud-lookup.ts';
import { createGraphApi, type GraphApi } from './graph-api.ts';

let server: GraphTestServer;
let scratch: ScratchDirectory;
let api: GraphApi;
let anchors: AdAnchor[];
const stamp = Date.now();

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('cloudfind');
  api = createGraphApi({ baseUrl: server.url, caPem: server.caPem, getToken: () => Promise.resolve('t') });
  // 24 users: more than one batch. The first 20 synced, 2 cloud-only (one by UPN, one by SMTP), 2 nowhere.
  const users = [];
  for (let i = 0; i < 24; i++)
    users.push(
      await scratch.createUser(`Find ${i} ${stamp}`, {
        userPrincipalName: [`find${i}.${stamp}@contoso.com`],
        mailNickname: [`find${i}.${stamp}`],
        proxyAddresses: [`SMTP:find${i}.${stamp}@contoso.com`],
      }),
    );
  const ids = await importAdUsers(server, scratch.admin, scratch.ouDn);
  const cloud = server.sets.get('users')!;
  for (const i of [20, 21, 22, 23]) cloud.delete(ids.get(users[i]!.dn)!);
  server.put('users', {
    id: randomUUID(),
    userPrincipalName: `find20.${stamp}@contoso.com`,
    onPremisesImmutableId: null,
    onPremisesSyncEnabled: null,
  });
  server.put('users', {
    id: randomUUID(),
    userPrincipalName: `other21.${stamp}@contoso.com`,
    proxyAddresses: [`SMTP:find21.${stamp}@contoso.com`],
    onPremisesImmutableId: null,
    onPremisesSyncEnabled: null,
  });
  anchors = users.map((u, i) => ({
    objectGuid: u.guid,
    userPrincipalName: i === 21 ? `nomatch21.${stamp}@contoso.com` : `find${i}.${stamp}@contoso.com`,
    proxyAddresses: [`SMTP:find${i}.${stamp}@contoso.com`],
  }));
});
afterAll(async () => {
  await scratch?.cleanup();
  await server?.stop();
});
afterEach(() => {
  expect(server.violations).toEqual([]);
});

function expectMatches(views: Awaited<ReturnType<typeof lookUpCloudUsers>>) {
  expect(views.slice(0, 20).every((v) => v.matchedBy === 'immutableId' && v.synced)).toBe(true);
  expect(views.slice(20).map((v) => v.matchedBy)).toEqual(['userPrincipalName', 'proxyAddress', null, null]);
}

describe('finding many AD users in the cloud', () => {
  it('lists a small tenant in one page instead of sending a batch per 20 objects', async () => {
    const before = server.requests.length;
    const sentBefore = api.requestCount;
    const views = await lookUpCloudUsers(api, anchors);
    expectMatches(views);
    expect(api.requestCount - sentBefore).toBe(1);
    expect(server.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /users']);
  });

  it('goes back to per-object batches when the tenant is too big to list for so few objects', async () => {
    // 3,000 more cloud users: listing would take 4 pages, the batches 2 to 3 requests.
    const extra = Array.from({ length: 3000 }, (_, i) =>
      server.put('users', { id: randomUUID(), userPrincipalName: `bulk${i}.${stamp}@contoso.com` }),
    );
    try {
      const before = api.requestCount;
      const views = await lookUpCloudUsers(api, anchors);
      expectMatches(views);
      // Round trips: the first listing page (which told the count), 2 anchor batches, 1 UPN batch,
      // 1 SMTP batch.
      expect(api.requestCount - before).toBe(5);
    } finally {
      for (const e of extra) server.sets.get('users')!.delete(e.id);
    }
  });
});
