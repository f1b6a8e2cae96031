// Deleted users and restore against the Graph test server: days left, a clean restore, and the
// UPN and address conflicts with the options Graph's restore action offers for them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GraphTestServer } from '../../../e2e/graph/graph-server.ts';
import { createGraphApi, GraphApiError, type GraphApi } from '../graph-api.ts';
import { applyRestore, listDeletedUsers, previewRestore } from './deleted-users.ts';

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

const DAY = 86_400_000;

function deleted(daysAgo: number, extra: Record<string, unknown> = {}) {
  const n = crypto.randomUUID().slice(0, 8);
  const id = crypto.randomUUID();
  const user = {
    id,
    displayName: `Gone ${n}`,
    userPrincipalName: `gone${n}@contoso.com`,
    mail: `gone${n}@contoso.com`,
    mailNickname: `gone${n}`,
    proxyAddresses: [`SMTP:gone${n}@contoso.com`, `smtp:gone${n}@contoso.onmicrosoft.com`],
    onPremisesSyncEnabled: null,
    onPremisesImmutableId: null,
    deletedDateTime: new Date(Date.now() - daysAgo * DAY).toISOString(),
    ...extra,
  };
  server.deleted.set(id, user);
  return user;
}

const restores = () => server.requests.filter((r) => r.path.endsWith('/restore')).length;

describe('deleted users', () => {
  it('lists deleted users, newest first, with the days left of the 30', async () => {
    const older = deleted(3);
    const newer = deleted(0);
    const list = await listDeletedUsers(api);
    const mine = list.filter((u) => u.id === older.id || u.id === newer.id);
    expect(mine.map((u) => [u.userPrincipalName, u.daysLeft])).toEqual([
      [newer.userPrincipalName, 30],
      [older.userPrincipalName, 27],
    ]);
  });

  it('restores a user whose name and addresses are still free', async () => {
    const gone = deleted(2);
    const preview = await previewRestore(api, { deletedUserId: gone.id });
    expect(preview.checks).toEqual([
      {
        level: 'ok',
        text: `Deleted ${gone.deletedDateTime.slice(0, 10)}; 28 days left before it is gone for good.`,
      },
    ]);
    expect(preview.offered).toEqual([]);
    expect(preview.powershell).toEqual([
      'Connect-MgGraph -Scopes User.ReadWrite.All',
      `Restore-MgDirectoryDeletedItem -DirectoryObjectId '${gone.id}'`,
    ]);
    const result = await applyRestore(api, { deletedUserId: gone.id });
    expect(result.restored).toEqual({
      id: gone.id,
      userPrincipalName: gone.userPrincipalName,
      proxyAddresses: gone.proxyAddresses,
    });
    expect((await listDeletedUsers(api)).some((u) => u.id === gone.id)).toBe(false);
    await expect(previewRestore(api, { deletedUserId: gone.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `No deleted user with the id ${gone.id}: it was restored already, or its 30 days are over.`,
    });
  });

  it('refuses while a live user holds the UPN, and restores under a new one', async () => {
    const gone = deleted(1);
    const live = server.put('users', {
      id: crypto.randomUUID(),
      displayName: 'New Starter',
      userPrincipalName: gone.userPrincipalName,
    });
    const preview = await previewRestore(api, { deletedUserId: gone.id });
    expect(preview.offered).toEqual(['newUserPrincipalName']);
    const text = `The user principal name ${gone.userPrincipalName} is now held by New Starter (a live user): restore it under a new user principal name, or free the name first.`;
    expect(preview.checks.filter((c) => c.level === 'blocked')).toEqual([{ level: 'blocked', text }]);
    const before = restores();
    await expect(applyRestore(api, { deletedUserId: gone.id })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: `Restore refused: ${text}`,
    });
    expect(restores()).toBe(before);

    // The new name must be free too.
    const taken = await previewRestore(api, {
      deletedUserId: gone.id,
      newUserPrincipalName: live.userPrincipalName as string,
    });
    expect(taken.checks.filter((c) => c.level === 'blocked').map((c) => c.text)).toContain(
      `The new user principal name ${gone.userPrincipalName} is held by New Starter (a live user) too.`,
    );

    const newUpn = gone.userPrincipalName.replace('@', '.old@');
    const options = { deletedUserId: gone.id, newUserPrincipalName: newUpn };
    expect((await previewRestore(api, options)).powershell).toEqual([
      'Connect-MgGraph -Scopes User.ReadWrite.All',
      '# Restore-MgDirectoryDeletedItem sends no body in current releases, so the options go in a raw request.',
      `Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/directory/deletedItems/${gone.id}/restore' -Body @{newUserPrincipalName = '${newUpn}'}`,
    ]);
    const result = await applyRestore(api, options);
    expect(result.restored.userPrincipalName).toBe(newUpn);
  });

  it('refuses while a live object holds an address, and restores without it when asked', async () => {
    const gone = deleted(5, { onPremisesImmutableId: 'AAAAAAAAAAAAAAAAAAAAAA==' });
    const address = gone.mail;
    server.put('groups', {
      id: crypto.randomUUID(),
      displayName: 'Sales Team',
      mailEnabled: true,
      securityEnabled: false,
      proxyAddresses: [`SMTP:${address}`],
    });
    const preview = await previewRestore(api, { deletedUserId: gone.id });
    expect(preview.offered).toEqual(['autoReconcileProxyConflict']);
    const text = `${address} is now held by Sales Team (a live group). Restore it with those addresses removed from the restored user, or free them on the other object first.`;
    expect(preview.checks.filter((c) => c.level !== 'ok')).toEqual([
      { level: 'blocked', text },
      {
        level: 'warning',
        text: 'It was synced from AD: once restored it stays cloud-only while its AD account is out of sync scope; when the account is back in scope, the next sync joins the two again (by ImmutableId, or by UPN or address).',
      },
    ]);
    const before = restores();
    await expect(applyRestore(api, { deletedUserId: gone.id })).rejects.toMatchObject({
      message: `Restore refused: ${text}`,
    });
    expect(restores()).toBe(before);
    // The service refuses the same restore itself, in its own words: the check is not a guess.
    const direct = await api.post(`/directory/deletedItems/${gone.id}/restore`, {}).catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(GraphApiError);
    expect((direct as GraphApiError).message).toBe(
      'Another object with the same value for property proxyAddresses already exists.',
    );
    expect((direct as GraphApiError).detailCode).toBe('ObjectConflict');

    const reconciled = await previewRestore(api, {
      deletedUserId: gone.id,
      autoReconcileProxyConflict: true,
    });
    expect(reconciled.checks).toContainEqual({
      level: 'warning',
      text: `Restored without the addresses others hold now: ${address} is now held by Sales Team (a live group).`,
    });
    expect(reconciled.powershell[2]).toBe(
      `Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/directory/deletedItems/${gone.id}/restore' -Body @{autoReconcileProxyConflict = $true}`,
    );
    const result = await applyRestore(api, { deletedUserId: gone.id, autoReconcileProxyConflict: true });
    expect(result.restored.proxyAddresses).toEqual([gone.proxyAddresses[1]]);
  });
});
