import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListPage } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { largestOu, type OuSize } from '../../e2e/support/largest-ou.ts';
import { LIST_PAGE_SIZE } from '../directory/browse.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// The list pane streams: main pushes each page of the paged search as it arrives, and a load can be
// stopped. Through the real registry, against the largest OU on the test DC.
const facts = loadDcFacts();
let app: ServicesHarness;
let big: OuSize;
const pages: ListPage[] = [];
const pagesOf = (loadId: string) => pages.filter((p) => p.loadId === loadId);

beforeAll(async () => {
  big = await largestOu(facts);
  app = startServices(facts);
  app.services.bus.subscribe((name, payload) => {
    if (name === 'onListPage') pages.push(payload as ListPage);
  });
  const profileId = await app.saveProfile({
    name: 'Admin',
    port: facts.ldapsPort,
    identity: facts.admin.upn,
  });
  await app.call('directory.connect', { profileId, password: facts.admin.password });
});

afterAll(async () => {
  await app?.services.dispose();
});

const finished = (loadId: string) =>
  until(
    () => pagesOf(loadId),
    (list) => list.some((p) => p.done),
  );

describe('streaming the list pane', () => {
  it('answers at once and pushes the rows page by page, then one final page', async () => {
    expect(big.count).toBeGreaterThan(LIST_PAGE_SIZE); // more than one page
    expect(await app.call('directory.list', { dn: big.dn, loadId: 'all-of-it' })).toEqual({
      loadId: 'all-of-it',
    });
    const list = await finished('all-of-it');
    const data = list.filter((p) => !p.done);
    expect(data.length).toBeGreaterThan(1);
    expect(data[0]?.rows.length).toBe(LIST_PAGE_SIZE);
    expect(list.at(-1)).toMatchObject({ done: true, loaded: big.count, cancelled: false, error: null });
    const dns = new Set(list.flatMap((p) => p.rows.map((r) => r.dn)));
    expect(dns.size).toBe(big.count);
    expect(data[0]?.rows[0]?.location).toMatch(new RegExp(`^${facts.realm.toLowerCase()}/`, 'i'));
  });

  it('reads the extra columns asked for', async () => {
    await app.call('directory.list', {
      dn: facts.seed.corpOuDn,
      loadId: 'extra',
      attributes: ['whenCreated'],
    });
    const rows = (await finished('extra')).flatMap((p) => p.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^\d{14}\.0Z$/.test(r.extra['whenCreated'] ?? ''))).toBe(true);
  });

  it('stops when cancelled, and a new load cancels the running one', async () => {
    await app.call('directory.list', { dn: big.dn, loadId: 'stopped' });
    await app.call('directory.cancelList', { loadId: 'stopped' });
    const stopped = (await finished('stopped')).at(-1);
    expect(stopped).toMatchObject({ done: true, cancelled: true });
    expect(stopped?.loaded).toBeLessThan(big.count);

    await app.call('directory.list', { dn: big.dn, loadId: 'first' });
    await app.call('directory.list', { dn: facts.seed.corpOuDn, loadId: 'second' });
    expect((await finished('first')).at(-1)).toMatchObject({ cancelled: true });
    expect((await finished('second')).at(-1)).toMatchObject({ cancelled: false, error: null });
  });

  it('refuses an id that is not a plain token and a DN of another shape', async () => {
    const bad = await app.dispatch('directory.list', { dn: big.dn, loadId: 'a b' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const column = await app.dispatch('directory.list', { dn: big.dn, loadId: 'x', attributes: ['cn)(x'] });
    expect(column).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
