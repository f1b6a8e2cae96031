// Licences against the Graph test server: SKUs with free counts, assign and remove with the usage
// location set first when missing, and each refusal in the words the sheet shows.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GraphTestServer } from '../../../e2e/graph/graph-server.ts';
import { createGraphApi, type GraphApi } from '../graph-api.ts';
import { applyLicenceChange, listTenantSkus, previewLicenceChange } from './licences.ts';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const EXO = '4b9405b0-7788-4568-add1-99614e613b69';

let server: GraphTestServer;
let api: GraphApi;

beforeAll(async () => {
  server = await GraphTestServer.start();
  api = createGraphApi({ baseUrl: server.url, caPem: server.caPem, getToken: () => Promise.resolve('t') });
});
afterAll(async () => {
  await server?.stop();
});
afterEach(() => {
  expect(server.violations).toEqual([]);
});

function user(extra: Record<string, unknown> = {}) {
  const n = crypto.randomUUID().slice(0, 8);
  return server.put('users', {
    id: crypto.randomUUID(),
    displayName: `Licence ${n}`,
    userPrincipalName: `lic${n}@contoso.com`,
    onPremisesSyncEnabled: true,
    usageLocation: 'GB',
    assignedLicenses: [],
    ...extra,
  });
}

const free = async (skuId: string) => (await listTenantSkus(api)).find((s) => s.skuId === skuId)?.free;
const writes = () => server.requests.filter((r) => r.method !== 'GET' && r.path !== '/$batch');

describe('licences', () => {
  it('lists the tenant’s SKUs with what is free', async () => {
    expect(await listTenantSkus(api)).toEqual([
      { skuId: E3, skuPartNumber: 'ENTERPRISEPACK', enabled: 25, consumed: 3, free: 22 },
      { skuId: EXO, skuPartNumber: 'EXCHANGESTANDARD', enabled: 10, consumed: 0, free: 10 },
    ]);
  });

  it('assigns one licence and removes another, with the PowerShell that does the same', async () => {
    const u = user({ assignedLicenses: [{ skuId: E3, disabledPlans: [] }] });
    const freeBefore = await free(EXO);
    const preview = await previewLicenceChange(api, { cloudUserId: u.id, add: [EXO], remove: [E3] });
    expect(preview.checks.every((c) => c.level === 'ok')).toBe(true);
    expect(preview.powershell).toEqual([
      'Connect-MgGraph -Scopes User.ReadWrite.All',
      `Set-MgUserLicense -UserId '${u.id}' -AddLicenses @(@{SkuId = '${EXO}'}) -RemoveLicenses @('${E3}')`,
    ]);
    const result = await applyLicenceChange(api, { cloudUserId: u.id, add: [EXO], remove: [E3] });
    expect(result.preview.before.licences.map((l) => l.skuPartNumber)).toEqual(['ENTERPRISEPACK']);
    expect(result.after.licences.map((l) => l.skuPartNumber)).toEqual(['EXCHANGESTANDARD']);
    expect(await free(EXO)).toBe((freeBefore ?? 0) - 1);
  });

  it('refuses without a usage location and offers to set it first, in the same action', async () => {
    const u = user({ usageLocation: null });
    const preview = await previewLicenceChange(api, { cloudUserId: u.id, add: [E3], remove: [] });
    expect(preview.needsUsageLocation).toBe(true);
    expect(preview.checks.filter((c) => c.level === 'blocked')).toEqual([
      {
        level: 'blocked',
        text: `Licences need a usage location, and ${u.userPrincipalName as string} has none: choose the country (its two-letter code, such as GB) and it is set first, in the same action.`,
      },
    ]);
    const before = writes().length;
    await expect(applyLicenceChange(api, { cloudUserId: u.id, add: [E3], remove: [] })).rejects.toMatchObject(
      {
        code: 'VALIDATION_FAILED',
        message: `Licence change refused: Licences need a usage location, and ${u.userPrincipalName as string} has none: choose the country (its two-letter code, such as GB) and it is set first, in the same action.`,
      },
    );
    expect(writes().length).toBe(before);

    await expect(
      previewLicenceChange(api, { cloudUserId: u.id, add: [E3], remove: [], usageLocation: 'Britain' }),
    ).resolves.toMatchObject({
      checks: expect.arrayContaining([
        {
          level: 'blocked',
          text: '"Britain" is not a two-letter country code (ISO 3166-1, such as GB or US).',
        },
      ]),
    });

    // With a country given: the PATCH goes first (allowed on a synced user), then the licence.
    const withCountry = { cloudUserId: u.id, add: [E3], remove: [], usageLocation: 'gb' };
    expect((await previewLicenceChange(api, withCountry)).powershell).toEqual([
      'Connect-MgGraph -Scopes User.ReadWrite.All',
      `Update-MgUser -UserId '${u.id}' -UsageLocation 'GB'`,
      `Set-MgUserLicense -UserId '${u.id}' -AddLicenses @(@{SkuId = '${E3}'}) -RemoveLicenses @()`,
    ]);
    const result = await applyLicenceChange(api, withCountry);
    expect(
      writes()
        .slice(before)
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual([`PATCH /users/${u.id}`, `POST /users/${u.id}/assignLicense`]);
    expect(result.after).toMatchObject({
      usageLocation: 'GB',
      licences: [{ skuPartNumber: 'ENTERPRISEPACK' }],
    });
  });

  it('refuses a SKU with no free unit, and says what is already assigned', async () => {
    const sku = [...server.sets.get('subscribedSkus')!.values()].find((s) => s.skuId === EXO)!;
    const consumed = sku.consumedUnits;
    sku.consumedUnits = 10;
    try {
      const u = user();
      const before = writes().length;
      await expect(
        applyLicenceChange(api, { cloudUserId: u.id, add: [EXO], remove: [] }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        message:
          'Licence change refused: No free EXCHANGESTANDARD licences: all 10 are in use. Remove one from someone else, or buy more, first.',
      });
      expect(writes().length).toBe(before);
    } finally {
      sku.consumedUnits = consumed;
    }
    const has = user({ assignedLicenses: [{ skuId: E3, disabledPlans: [] }] });
    const preview = await previewLicenceChange(api, { cloudUserId: has.id, add: [E3], remove: [EXO] });
    expect(preview.checks).toEqual([
      {
        level: 'warning',
        text: `ENTERPRISEPACK is already assigned to ${has.userPrincipalName as string}; it is left as it is.`,
      },
      {
        level: 'warning',
        text: `EXCHANGESTANDARD is not assigned to ${has.userPrincipalName as string}; there is nothing to remove.`,
      },
      { level: 'blocked', text: 'Nothing to change: every licence asked for is already as wanted.' },
    ]);
  });
});
