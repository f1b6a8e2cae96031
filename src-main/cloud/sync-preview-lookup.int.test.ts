// The sync preview against the Graph test server, with the test DC's users imported as Entra
// Connect syncs them and then edited in AD by another client, as an admin would.
import { Attribute, Change } from 'ldapts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importAdUsers, serverTenant } from '../../e2e/graph/ad-import.ts';
import { GraphTestServer } from '../../e2e/graph/graph-server.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { toEntry, type Entry } from '../directory/entry.ts';
import { createGraphApi, type GraphApi } from './graph-api.ts';
import { previewSync, previewSyncMany } from './sync-preview-lookup.ts';
import { SYNC_READ_ATTRIBUTES } from './sync-source.ts';

let server: GraphTestServer;
let scratch: ScratchDirectory;
let api: GraphApi;

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('syncpreview');
  api = createGraphApi({ baseUrl: server.url, caPem: server.caPem, getToken: () => Promise.resolve('t') });
});
afterAll(async () => {
  await scratch?.cleanup();
  await server?.stop();
});
afterEach(() => {
  expect(server.violations).toEqual([]);
});

async function readEntry(dn: string): Promise<Entry> {
  const { searchEntries } = await scratch.admin.search(dn, {
    scope: 'base',
    attributes: [...SYNC_READ_ATTRIBUTES],
    explicitBufferAttributes: ['objectGUID', 'mS-DS-ConsistencyGuid'],
  });
  return toEntry(searchEntries[0]!);
}

async function modify(dn: string, operation: 'add' | 'replace', type: string, values: string[]) {
  await scratch.admin.modify(dn, new Change({ operation, modification: new Attribute({ type, values }) }));
}

function mailUser(name: string, stamp: number): Promise<{ dn: string; guid: string }> {
  return scratch.createUser(`${name} ${stamp}`, {
    userPrincipalName: [`${name}${stamp}@contoso.com`],
    mailNickname: [`${name}${stamp}`],
    mail: [`${name}${stamp}@contoso.com`],
    displayName: [`${name} ${stamp}`],
    proxyAddresses: [`SMTP:${name}${stamp}@contoso.com`],
    extensionAttribute3: ['cost-centre 41'],
  });
}

describe('sync preview against the cloud', () => {
  it('shows an AD edit as exactly its pending changes, an unedited user as none, a reserved address as discarded', async () => {
    const stamp = Date.now();
    const edited = await mailUser('edited', stamp);
    const untouched = await mailUser('untouched', stamp);
    const reserved = await mailUser('reserved', stamp);
    await importAdUsers(server, scratch.admin, scratch.ouDn);

    await modify(edited.dn, 'add', 'proxyAddresses', [`smtp:sales${stamp}@contoso.com`]);
    await modify(edited.dn, 'replace', 'extensionAttribute3', ['cost-centre 42']);
    await modify(reserved.dn, 'add', 'proxyAddresses', [`smtp:reserved${stamp}@contoso.onmicrosoft.com`]);

    const tenant = serverTenant(server);
    const before = server.requests.filter((r) => r.path === '/$batch').length;
    const [e, u, r] = await previewSyncMany(
      api,
      await Promise.all([edited, untouched, reserved].map((o) => readEntry(o.dn))),
      tenant,
    );
    // All three found by their anchor, with the properties the preview compares, in one batch.
    expect(server.requests.filter((x) => x.path === '/$batch').length - before).toBe(1);

    expect(e?.matchText).toBe('Matched by ImmutableId (hard match)');
    expect(e?.preview.outcome).toBe('update');
    expect(e?.preview.changes.map((c) => [c.property, c.after])).toEqual([
      [
        'proxyAddresses',
        [
          `SMTP:edited${stamp}@contoso.com`,
          `smtp:sales${stamp}@contoso.com`,
          `smtp:edited${stamp}@contoso.onmicrosoft.com`,
        ],
      ],
      ['onPremisesExtensionAttributes/extensionAttribute3', 'cost-centre 42'],
    ]);
    expect(e?.preview.changes[0]?.details).toEqual([`Added: sales${stamp}@contoso.com`]);
    expect(e?.preview.changes[1]?.before).toBe('cost-centre 41');

    expect(u?.preview).toMatchObject({ outcome: 'update', changes: [], discarded: [] });

    expect(r?.preview.changes).toEqual([]);
    expect(r?.preview.discarded.map((d) => d.value)).toEqual([
      `smtp:reserved${stamp}@contoso.onmicrosoft.com`,
    ]);
    expect(r?.preview.discarded[0]?.reason).toMatch(
      /discards on-premises addresses ending in onmicrosoft\.com/,
    );
  });

  it('previews the creation of a user the cloud does not have yet', async () => {
    const stamp = Date.now();
    const fresh = await scratch.createUser(`Fresh ${stamp}`, {
      userPrincipalName: [`fresh${stamp}@fabrikam.com`],
      mailNickname: [`fresh${stamp}`],
    });
    const p = await previewSync(api, await readEntry(fresh.dn), serverTenant(server));
    expect(p).toMatchObject({ cloudId: null, matchText: 'Not found in Microsoft 365' });
    expect(p.preview.outcome).toBe('create');
    const after = Object.fromEntries(p.preview.changes.map((c) => [c.property, c.after]));
    // fabrikam.com is not verified in the test tenant: the cloud UPN and the MOERA use the initial domain.
    expect(after.userPrincipalName).toBe(`fresh${stamp}@contoso.onmicrosoft.com`);
    expect(after.proxyAddresses).toEqual([`SMTP:fresh${stamp}@contoso.onmicrosoft.com`]);
  });
});
