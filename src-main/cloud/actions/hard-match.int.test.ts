// Hard match against the Graph test server with a real AD account from the test DC (seed scenario
// 8): a cloud-only room mailbox taken over by a new AD account with the same UPN and address.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GraphTestServer } from '../../../e2e/graph/graph-server.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../../e2e/support/scratch-directory.ts';
import { SYNCED_OBJECT_REFUSAL } from '../../../src-preload/shared/cloud/action-check.ts';
import type { HardMatchAd } from '../../../src-preload/shared/cloud/hard-match-rules.ts';
import { lookUpCloudUsers } from '../cloud-lookup.ts';
import { createGraphApi, type GraphApi } from '../graph-api.ts';
import { readTenantFacts } from '../tenant-facts.ts';
import { applyHardMatch, listHardMatchCandidates, previewHardMatch } from './hard-match.ts';

let server: GraphTestServer;
let scratch: ScratchDirectory;
let api: GraphApi;
let n = 0;

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('hardmatch');
  api = createGraphApi({ baseUrl: server.url, caPem: server.caPem, getToken: () => Promise.resolve('t') });
});
afterAll(async () => {
  await scratch?.cleanup();
  await server?.stop();
});
afterEach(() => {
  server.blockHardMatchTakeover = false;
  expect(server.violations).toEqual([]);
});

/** A new AD room account (remote room mailbox stamps) and its objectGUID bytes as read from the DC. */
async function adRoom(local: string): Promise<{ ad: HardMatchAd; bytes: Buffer }> {
  const upn = `${local}@contoso.com`;
  const user = await scratch.createUser(`Room ${local}`, {
    userPrincipalName: [upn],
    displayName: [`Room ${local}`],
    mail: [upn],
    mailNickname: [local],
    proxyAddresses: [`SMTP:${upn}`, `smtp:${local}@contoso.mail.onmicrosoft.com`],
    targetAddress: [`SMTP:${local}@contoso.mail.onmicrosoft.com`],
    msExchRecipientTypeDetails: ['8589934592'],
    msExchRecipientDisplayType: ['-2147481850'],
    msExchRemoteRecipientType: ['33'],
  });
  const { searchEntries } = await scratch.admin.search(user.dn, {
    scope: 'base',
    attributes: ['objectGUID'],
    explicitBufferAttributes: ['objectGUID'],
  });
  const bytes = searchEntries[0]?.objectGUID as Buffer;
  return {
    bytes,
    ad: {
      objectGuidBytes: [...bytes],
      userPrincipalName: upn,
      primarySmtp: upn,
      dn: user.dn,
      displayName: `Room ${local}`,
    },
  };
}

function cloudRoom(local: string, extra: Record<string, unknown> = {}) {
  return server.put('users', {
    id: crypto.randomUUID(),
    displayName: `Room ${local}`,
    userPrincipalName: `${local}@contoso.com`,
    mail: `${local}@contoso.com`,
    mailNickname: local,
    proxyAddresses: [`SMTP:${local}@contoso.com`, `smtp:${local}@contoso.onmicrosoft.com`],
    onPremisesSyncEnabled: null,
    onPremisesImmutableId: null,
    ...extra,
  });
}

const local = () => `room${Date.now()}${n++}`;
const patches = () => server.requests.filter((r) => r.method === 'PATCH').length;

describe('hard match', () => {
  it('takes over a cloud-only room mailbox with a new AD account of the same UPN and address (scenario 8)', async () => {
    const name = local();
    const { ad, bytes } = await adRoom(name);
    const cloud = cloudRoom(name);
    // A synced look-alike is never a candidate; a cloud-only one found by name comes after.
    cloudRoom(`${name}x`, { userPrincipalName: `${name}-synced@contoso.com`, onPremisesSyncEnabled: true });
    const alike = cloudRoom(`${name}y`, {
      userPrincipalName: `${name}-other@contoso.com`,
      mail: null,
      proxyAddresses: [],
    });

    const candidates = await listHardMatchCandidates(api, ad);
    expect(candidates.map((c) => [c.id, c.foundBy])).toEqual([
      [cloud.id, 'userPrincipalName'],
      [alike.id, 'displayName'],
    ]);

    const facts = await readTenantFacts(api);
    const preview = await previewHardMatch(api, { cloudUserId: cloud.id, ad }, facts);
    expect(preview.immutableId).toBe(bytes.toString('base64'));
    expect(preview.before).toMatchObject({ synced: false, onPremisesImmutableId: null });
    expect(preview.checks.filter((c) => c.level !== 'ok')).toEqual([]);
    expect(preview.checks.map((c) => c.text)).toContain(
      `Same user principal name on both sides: ${name}@contoso.com.`,
    );
    expect(preview.newUserPrincipalName).toBeNull();
    expect(preview.powershell).toEqual([
      'Connect-MgGraph -Scopes User.ReadWrite.All',
      `Update-MgUser -UserId '${cloud.id}' -OnPremisesImmutableId '${bytes.toString('base64')}'`,
    ]);
    expect(preview.followUp).toMatch(
      /^Then, on the Entra Connect server, run Start-ADSyncSyncCycle -PolicyType Delta/,
    );

    const result = await applyHardMatch(api, { cloudUserId: cloud.id, ad });
    expect(result.after.onPremisesImmutableId).toBe(bytes.toString('base64'));
    // The Cloud tab now finds the AD account by its anchor: the next sync joins instead of duplicating.
    const [view] = await lookUpCloudUsers(api, [
      { objectGuid: guidText(bytes), userPrincipalName: ad.userPrincipalName },
    ]);
    expect(view).toMatchObject({ found: true, matchedBy: 'immutableId', id: cloud.id });
  });

  it('sets the UPN too when the cloud user has another one, and says so first', async () => {
    const name = local();
    const { ad } = await adRoom(name);
    const cloud = cloudRoom(name, { userPrincipalName: `${name}@contoso.onmicrosoft.com` });
    const preview = await previewHardMatch(api, { cloudUserId: cloud.id, ad }, await readTenantFacts(api));
    expect(preview.checks).toContainEqual({
      level: 'warning',
      text: `The user principal names differ: the cloud user's ${name}@contoso.onmicrosoft.com is set to ${name}@contoso.com in the same change, as the sync would do anyway; the user signs in with ${name}@contoso.com from then on.`,
    });
    expect(preview.powershell[1]).toMatch(new RegExp(` -UserPrincipalName '${name}@contoso.com'$`));
    const result = await applyHardMatch(api, { cloudUserId: cloud.id, ad });
    expect(result.after.userPrincipalName).toBe(`${name}@contoso.com`);
  });

  it('refuses a synced cloud user with the service’s own reason, sending no write', async () => {
    const name = local();
    const { ad } = await adRoom(name);
    const cloud = cloudRoom(name, { onPremisesSyncEnabled: true, onPremisesImmutableId: null });
    const before = patches();
    await expect(applyHardMatch(api, { cloudUserId: cloud.id, ad })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: `Hard match refused: ${name}@contoso.com is synced from on-premises AD, so it is not a cloud-only user to take over; the service refuses the change: "${SYNCED_OBJECT_REFUSAL}"`,
    });
    expect(patches()).toBe(before);
  });

  it('refuses while the tenant blocks takeover through hard match, and explains what to do', async () => {
    const name = local();
    const { ad } = await adRoom(name);
    const cloud = cloudRoom(name);
    server.blockHardMatchTakeover = true;
    const before = patches();
    const failure = (await applyHardMatch(api, { cloudUserId: cloud.id, ad }).catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect(failure.code).toBe('VALIDATION_FAILED');
    expect(failure.message).toBe(
      'Hard match refused: The tenant blocks cloud object takeover through hard match (blockCloudObjectTakeoverThroughHardMatchEnabled is on): even with the ImmutableId set, the next sync refuses to join this AD account to the cloud user and reports InvalidHardMatch. A Global Administrator turns the block off for the takeover (Update-MgDirectoryOnPremiseSynchronization -OnPremisesDirectorySynchronizationId <tenant id> -Features @{BlockCloudObjectTakeoverThroughHardMatchEnabled = $false}), runs the sync, and turns it back on.',
    );
    expect(patches()).toBe(before);
    // Without the right to read the setting, the preview says it is unknown rather than guessing.
    const unknown = await previewHardMatch(
      api,
      { cloudUserId: cloud.id, ad },
      {
        hardMatchTakeoverBlocked: null,
        verifiedDomains: [{ name: 'contoso.com', isInitial: false, isDefault: true }],
      },
    );
    expect(unknown.checks.find((c) => c.level === 'warning')?.text).toMatch(
      /^Whether the tenant blocks cloud object takeover through hard match is unknown: reading it needs a Global Administrator\./,
    );
  });

  it('refuses a cloud user already anchored elsewhere, an anchor another user holds, and an unverified UPN suffix', async () => {
    const facts = await readTenantFacts(api);
    const a = local();
    const { ad: adA } = await adRoom(a);
    const anchored = cloudRoom(a, { onPremisesImmutableId: 'AAAAAAAAAAAAAAAAAAAAAA==' });
    const pa = await previewHardMatch(api, { cloudUserId: anchored.id, ad: adA }, facts);
    expect(pa.checks.filter((c) => c.level === 'blocked').map((c) => c.text)).toEqual([
      `${a}@contoso.com already has another ImmutableId (AAAAAAAAAAAAAAAAAAAAAA==): it was matched to a different AD account before. Overwriting it would break that link; clear it deliberately first if that account is gone.`,
    ]);

    const b = local();
    const { ad: adB, bytes } = await adRoom(b);
    const holder = cloudRoom(`${b}h`, { onPremisesImmutableId: bytes.toString('base64') });
    const target = cloudRoom(b);
    const pb = await previewHardMatch(api, { cloudUserId: target.id, ad: adB }, facts);
    expect(pb.checks.filter((c) => c.level === 'blocked').map((c) => c.text)).toEqual([
      `Another cloud user, ${holder.userPrincipalName as string}, already has this ImmutableId: the AD account is already matched to it.`,
    ]);

    const c = local();
    const { ad: adC } = await adRoom(c);
    const other = cloudRoom(c);
    const pc = await previewHardMatch(
      api,
      { cloudUserId: other.id, ad: { ...adC, userPrincipalName: `${c}@corp.local` } },
      facts,
    );
    expect(pc.checks.filter((x) => x.level === 'blocked').map((x) => x.text)).toEqual([
      `The AD account's user principal name ${c}@corp.local ends in corp.local, which is not a verified domain of the tenant: the cloud refuses it as a UPN.`,
    ]);
    const before = patches();
    await expect(
      applyHardMatch(api, { cloudUserId: other.id, ad: { ...adC, userPrincipalName: `${c}@corp.local` } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(patches()).toBe(before);
  });

  it('says which cloud user is gone when the id no longer exists', async () => {
    const { ad } = await adRoom(local());
    await expect(
      previewHardMatch(
        api,
        { cloudUserId: '00000000-0000-0000-0000-000000000001', ad },
        await readTenantFacts(api),
      ),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No cloud user with the id 00000000-0000-0000-0000-000000000001: it may have been deleted.',
    });
  });
});

/** AD's text form of objectGUID bytes (first three groups little-endian). */
function guidText(b: Buffer): string {
  const h = (s: number, e: number, rev: boolean) => {
    const part = [...b.subarray(s, e)];
    return (rev ? part.reverse() : part).map((x) => x.toString(16).padStart(2, '0')).join('');
  };
  return `${h(0, 4, true)}-${h(4, 6, true)}-${h(6, 8, true)}-${h(8, 10, false)}-${h(10, 16, false)}`;
}
