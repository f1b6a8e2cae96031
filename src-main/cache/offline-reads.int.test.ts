import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConnectionSnapshot,
  ConnectionState,
  ListPage,
  ListResult,
  ListRow,
  ObjectSheet,
  TreeNode,
} from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// The app reads the test DC through a relay; blocking the relay is the DC going away. What was
// read before must then be answered from the entry cache, the same as it was shown online.
const facts = loadDcFacts();
let relay: LdapRelay;
let app: ServicesHarness;
let scratch: ScratchDirectory;
const pages: ListPage[] = [];
let lastState: ConnectionState | null = null;
let extraOu: string | null = null;

beforeAll(async () => {
  relay = await startLdapRelay(facts);
  scratch = await openScratchDirectory('CacheTests');
  app = startServices(facts);
  app.services.bus.subscribe((name, payload) => {
    if (name === 'onListPage') pages.push(payload as ListPage);
    if (name === 'onConnectionChanged') lastState = payload as ConnectionState;
  });
  const profileId = await app.saveProfile({ name: 'Via relay', port: relay.port, identity: facts.admin.upn });
  await app.call('directory.connect', { profileId, password: facts.admin.password });
});

afterAll(async () => {
  await app?.services.dispose();
  await relay?.close();
  if (extraOu) await scratch.admin.del(extraOu).catch(() => undefined);
  await scratch?.cleanup();
});

async function listAll(dn: string, loadId: string): Promise<{ rows: ListRow[]; error: unknown }> {
  await app.call('directory.list', { dn, loadId });
  const mine = await until(
    () => pages.filter((p) => p.loadId === loadId),
    (found) => found.some((p) => p.done),
  );
  // Online, a container listed before is painted from the cache first (fromCache pages): the
  // rows that count are the answer of whoever is read, the DC or (offline) the cache itself.
  const answer = mine.filter((p) => p.fromCache !== true);
  return { rows: answer.flatMap((p) => p.rows), error: mine.find((p) => p.done)?.error ?? null };
}

const byName = (rows: readonly ListRow[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name));

describe('reading while the domain controller is unreachable', () => {
  it('answers the tree, the list, Find and the property sheet from what was read online, and says how old it is', async () => {
    const ana = await scratch.createUser('Ana Cachéd', {
      displayName: ['Ana Cachéd'],
      mail: ['ana.cached@contoso.com'],
      proxyAddresses: ['SMTP:ana.cached@contoso.com', 'smtp:acached@contoso.com'],
      mailNickname: ['acached'],
      extensionAttribute3: ['kept offline'],
    });
    await scratch.createUser('Ben Listed', { description: ['only ever listed'] });
    const sub = `OU=Branch,${scratch.ouDn}`;
    await scratch.admin.add(sub, { objectClass: ['top', 'organizationalUnit'] });
    extraOu = sub;

    // Online: what the admin looks at.
    const treeOnline = await app.call<TreeNode[]>('directory.children', { dn: scratch.ouDn });
    const listOnline = await listAll(scratch.ouDn, 'online-1');
    const sheetOnline = await app.call<ObjectSheet>('objects.load', { dn: ana.dn });
    const foundOnline = await app.call<ListResult>('directory.find', {
      text: 'Ana Cach',
      baseDn: scratch.ouDn,
    });
    expect(listOnline.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Ana Cachéd', 'Ben Listed', 'Branch']),
    );
    expect(sheetOnline.details.cachedAt).toBeUndefined();
    expect(foundOnline.rows.map((r) => r.dn)).toEqual([ana.dn]);

    relay.block();
    await until(
      () => app.states.at(-1),
      (s) => s === 'offline' || s === 'reconnecting',
    );
    const snapshot = await app.call<ConnectionSnapshot>('directory.getState', {});
    expect(snapshot.state.cache?.kind).toBe('cache');
    expect(lastState?.cache?.asOf).toMatch(/^\d{4}-\d\d-\d\dT/);

    const tree = await app.call<TreeNode[]>('directory.children', { dn: scratch.ouDn });
    expect(tree.map((n) => [n.dn, n.name, n.kind])).toEqual(treeOnline.map((n) => [n.dn, n.name, n.kind]));

    const list = await listAll(scratch.ouDn, 'offline-1');
    expect(list.error).toBeNull();
    expect(byName(list.rows)).toEqual(byName(listOnline.rows));

    const sheet = await app.call<ObjectSheet>('objects.load', { dn: ana.dn });
    expect(sheet.details.attributes).toEqual(sheetOnline.details.attributes);
    expect(sheet.details.writable).toEqual(sheetOnline.details.writable);
    expect(sheet.allowed).toEqual(sheetOnline.allowed);
    expect(Date.parse(sheet.details.cachedAt ?? '')).toBeGreaterThan(Date.now() - 120_000);

    // Find over the full-text index: a name with its accent left out, an address fragment, the alias.
    for (const text of ['ana cached', 'acached@contoso', 'acached']) {
      const found = await app.call<ListResult>('directory.find', { text, baseDn: scratch.ouDn });
      expect(
        found.rows.map((r) => r.dn),
        text,
      ).toEqual([ana.dn]);
    }
    const filtered = await app.call<ListResult>('directory.find', {
      filter: '(&(objectClass=user)(extensionAttribute3=kept*))',
      baseDn: scratch.ouDn,
    });
    expect(filtered.rows.map((r) => r.dn)).toEqual([ana.dn]);

    // Never read: said plainly, not an empty answer that looks like the truth.
    const unseen = await app.dispatch('objects.load', { dn: `CN=Never Read,${scratch.ouDn}` });
    expect(unseen.ok).toBe(false);
    if (!unseen.ok) expect(unseen.error.code).toBe('OFFLINE');

    relay.unblock();
    await until(
      () => app.states.at(-1),
      (s) => s === 'online',
    );
    expect(lastState?.cache).toBeUndefined();
  });
});
