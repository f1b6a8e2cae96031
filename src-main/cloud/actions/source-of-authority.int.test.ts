// Source of authority against the Graph test server: a synced user switched to the cloud becomes
// editable there and back again; groups and contacts by their own paths; each refusal in words.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GraphTestServer } from '../../../e2e/graph/graph-server.ts';
import { SYNCED_OBJECT_REFUSAL } from '../../../src-preload/shared/cloud/action-check.ts';
import { createGraphApi, type GraphApi } from '../graph-api.ts';
import {
  applySourceOfAuthority,
  previewSourceOfAuthority,
  readSourceOfAuthority,
} from './source-of-authority.ts';

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

function put(set: string, extra: Record<string, unknown>) {
  return server.put(set, { id: crypto.randomUUID(), onPremisesSyncEnabled: true, ...extra });
}
const patches = () => server.requests.filter((r) => r.method === 'PATCH').length;

describe('source of authority', () => {
  it('moves a synced user to the cloud, where it becomes editable, and back again', async () => {
    const u = put('users', { displayName: 'Pat Lee', userPrincipalName: `pat${Date.now()}@contoso.com` });
    expect(await readSourceOfAuthority(api, { kind: 'user', id: u.id })).toMatchObject({
      synced: true,
      isCloudManaged: false,
      text: 'Managed in Active Directory: synced to Microsoft 365.',
    });
    await expect(api.patch(`/users/${u.id}`, { jobTitle: 'Lead' })).rejects.toMatchObject({
      message: SYNCED_OBJECT_REFUSAL,
    });

    const preview = await previewSourceOfAuthority(api, { kind: 'user', id: u.id, isCloudManaged: true });
    expect(preview.checks).toEqual([{ level: 'ok', text: 'Pat Lee is synced from AD today.' }]);
    expect(preview.meaning).toBe(
      'The cloud then owns the attributes of Pat Lee: edits made in AD stop flowing to Microsoft 365 (the sync leaves the object alone), and it is edited in the cloud instead. The AD object stays as it is. Reversible: switch the source back to AD and the next sync takes the AD values again, overwriting what was changed in the cloud.',
    );
    expect(preview.powershell).toEqual([
      'Connect-MgGraph -Scopes User-OnPremisesSyncBehavior.ReadWrite.All',
      `Invoke-MgGraphRequest -Method PATCH -Uri 'https://graph.microsoft.com/v1.0/users/${u.id}/onPremisesSyncBehavior' -Body @{isCloudManaged = $true}`,
    ]);
    const moved = await applySourceOfAuthority(api, { kind: 'user', id: u.id, isCloudManaged: true });
    expect(moved.after).toMatchObject({
      isCloudManaged: true,
      text: 'Managed in the cloud: AD edits of it do not reach Microsoft 365.',
    });
    await api.patch(`/users/${u.id}`, { jobTitle: 'Lead' });

    const back = await applySourceOfAuthority(api, { kind: 'user', id: u.id, isCloudManaged: false });
    expect(back.preview.powershell[1]).toMatch(/-Body @\{isCloudManaged = \$false\}$/);
    expect(back.after.isCloudManaged).toBe(false);
    await expect(api.patch(`/users/${u.id}`, { jobTitle: 'Other' })).rejects.toMatchObject({
      message: SYNCED_OBJECT_REFUSAL,
    });
  });

  it('switches a group and a contact by their own paths, warning for a mail-enabled group', async () => {
    const g = put('groups', { displayName: 'Sales DL', mailEnabled: true, securityEnabled: false });
    const preview = await previewSourceOfAuthority(api, { kind: 'group', id: g.id, isCloudManaged: true });
    expect(preview.checks).toContainEqual({
      level: 'warning',
      text: "Sales DL is mail-enabled: Microsoft's group source-of-authority conversion is for groups that are not mail-enabled (no distribution lists or mail-enabled security groups), so the service may refuse it.",
    });
    expect(preview.powershell[0]).toBe('Connect-MgGraph -Scopes Group-OnPremisesSyncBehavior.ReadWrite.All');
    expect(
      (await applySourceOfAuthority(api, { kind: 'group', id: g.id, isCloudManaged: true })).after
        .isCloudManaged,
    ).toBe(true);

    const c = put('contacts', { displayName: 'Supplier' });
    const contact = await applySourceOfAuthority(api, { kind: 'contact', id: c.id, isCloudManaged: true });
    expect(contact.preview.powershell[1]).toContain(`/v1.0/contacts/${c.id}/onPremisesSyncBehavior`);
    expect(contact.after.isCloudManaged).toBe(true);
  });

  it('refuses a cloud-only object and a switch to the state it is already in, sending nothing', async () => {
    const cloudOnly = put('users', { displayName: 'Cloud Kim', onPremisesSyncEnabled: null });
    const synced = put('users', { displayName: 'Synced Sam' });
    const before = patches();
    await expect(
      applySourceOfAuthority(api, { kind: 'user', id: cloudOnly.id, isCloudManaged: true }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message:
        'Source of authority switch refused: Cloud Kim is cloud-only: it is not synced from AD, so the cloud already owns it.',
    });
    await expect(
      applySourceOfAuthority(api, { kind: 'user', id: synced.id, isCloudManaged: false }),
    ).rejects.toMatchObject({
      message: 'Source of authority switch refused: Nothing to change: Synced Sam is already managed in AD.',
    });
    expect(patches()).toBe(before);
    await expect(
      readSourceOfAuthority(api, { kind: 'group', id: '00000000-0000-0000-0000-000000000002' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No cloud group with the id 00000000-0000-0000-0000-000000000002.',
    });
  });
});
