// Tenant facts and the per-object cloud look-up against the Graph test server, with DC users
// imported as Entra Connect syncs them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importAdUsers } from '../../e2e/graph/ad-import.ts';
import { GraphTestServer } from '../../e2e/graph/graph-server.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { lookUpCloudUsers } from './cloud-lookup.ts';
import { createGraphApi, type GraphApi } from './graph-api.ts';
import { readTenantFacts } from './tenant-facts.ts';

let server: GraphTestServer;
let scratch: ScratchDirectory;
let api: GraphApi;

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('cloudlookup');
  api = createGraphApi({ baseUrl: server.url, caPem: server.caPem, getToken: () => Promise.resolve('t') });
});
afterAll(async () => {
  await scratch?.cleanup();
  await server?.stop();
});
afterEach(() => {
  expect(server.violations).toEqual([]);
});

describe('tenant facts', () => {
  it('reads verified domains, sync state, takeover block and licences', async () => {
    server.blockHardMatchTakeover = true;
    const facts = await readTenantFacts(api);
    server.blockHardMatchTakeover = false;
    expect(facts.verifiedDomains.find((d) => d.isInitial)?.name).toBe('contoso.onmicrosoft.com');
    expect(facts.verifiedDomains.find((d) => d.isDefault)?.name).toBe('contoso.com');
    expect(facts.syncEnabled).toBe(true);
    expect(facts.lastSyncDateTime).not.toBeNull();
    expect(facts.hardMatchTakeoverBlocked).toBe(true);
    expect(facts.skus).toContainEqual({
      skuId: '6fd2c87f-b296-42f0-b197-1e91e994b900',
      skuPartNumber: 'ENTERPRISEPACK',
      enabled: 25,
      consumed: 3,
    });
  });
});

describe('cloud look-up', () => {
  it('matches a synced user by ImmutableId, a cloud-only one by UPN, and says when none is found', async () => {
    const stamp = Date.now();
    const synced = await scratch.createUser(`Synced ${stamp}`, {
      userPrincipalName: [`synced${stamp}@contoso.com`],
    });
    const cloudOnly = await scratch.createUser(`CloudOnly ${stamp}`, {
      userPrincipalName: [`cloudonly${stamp}@contoso.com`],
    });
    const nowhere = await scratch.createUser(`Nowhere ${stamp}`, {
      userPrincipalName: [`nowhere${stamp}@contoso.com`],
    });
    const ids = await importAdUsers(server, scratch.admin, scratch.ouDn);
    // Only the first is synced; the second exists in the cloud with no anchor; the third not at all.
    const cloudOnlyId = ids.get(cloudOnly.dn)!;
    server.put('users', {
      id: cloudOnlyId,
      displayName: 'Cloud only',
      userPrincipalName: `cloudonly${stamp}@contoso.com`,
      onPremisesSyncEnabled: null,
      onPremisesImmutableId: null,
      usageLocation: 'GB',
      assignedLicenses: [{ skuId: '6fd2c87f-b296-42f0-b197-1e91e994b900', disabledPlans: [] }],
    });
    server.sets.get('users')!.delete(ids.get(nowhere.dn)!);
    const syncedUser = server.sets.get('users')!.get(ids.get(synced.dn)!)!;
    syncedUser.onPremisesProvisioningErrors = [
      {
        category: 'PropertyConflict',
        propertyCausingError: 'ProxyAddress',
        value: `smtp:synced${stamp}@contoso.com`,
        occurredDateTime: '2026-12-01T08:00:00Z',
      },
    ];

    const before = server.requests.filter((r) => r.path === '/$batch').length;
    const views = await lookUpCloudUsers(
      api,
      [synced, cloudOnly, nowhere].map((o, i) => ({
        objectGuid: o.guid,
        userPrincipalName: [
          `synced${stamp}@contoso.com`,
          `cloudonly${stamp}@contoso.com`,
          `nowhere${stamp}@contoso.com`,
        ][i],
      })),
      new Map([['6fd2c87f-b296-42f0-b197-1e91e994b900', 'ENTERPRISEPACK']]),
    );
    expect(views[0]).toMatchObject({ found: true, matchedBy: 'immutableId', synced: true });
    expect(views[0]?.provisioningErrors[0]).toMatch(/already has the proxy address "smtp:synced/);
    expect(views[1]).toMatchObject({
      found: true,
      matchedBy: 'userPrincipalName',
      synced: false,
      usageLocation: 'GB',
      licences: ['ENTERPRISEPACK'],
    });
    expect(views[2]).toMatchObject({ found: false, matchText: 'Not found in Microsoft 365' });
    // One batch for the anchors, one for the two UPNs left over; no proxy pass (no addresses).
    expect(server.requests.filter((r) => r.path === '/$batch').length - before).toBe(2);
  });
});
