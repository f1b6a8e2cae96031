import { EqualityFilter } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { first, strings } from './entry.ts';
import { escapeFilterValue } from './escape.ts';
import { guidToBytes } from './guid.ts';
import { facts, ldapsProfile } from '../../e2e/support/int-test-dc.ts';
import { DirectorySession } from './session.ts';

let session: DirectorySession;
beforeAll(async () => {
  session = await DirectorySession.connect(ldapsProfile(), facts.admin.password, { rangeSize: 1500 });
});
afterAll(async () => {
  await session.close();
});

const STAR = 'Test (Star*) Back\\slash';
const ZOE = 'Zoë Müller';

describe('searching the test DC', () => {
  // The schema partition: well over 1,000 objects that other suites' writes never change.
  it('pages through more than 1,000 objects, 1,000 per page', async () => {
    const sizes: number[] = [];
    const dns = new Set<string>();
    for await (const page of session.pages({
      base: facts.schemaDn,
      scope: 'one',
      attributes: ['cn'],
      pageSize: 1000,
    })) {
      sizes.push(page.length);
      for (const entry of page) dns.add(entry.dn);
    }
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.slice(0, -1).every((n) => n === 1000)).toBe(true);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1000);
    expect(dns.size).toBe(total);
    expect(
      await session.each({ base: facts.schemaDn, scope: 'one', attributes: ['cn'] }, () => undefined),
    ).toBe(total);
    expect(await session.search({ base: facts.schemaDn, scope: 'one', attributes: ['cn'] })).toHaveLength(
      total,
    );
  });

  it('returns Entries with array values, a GUID and binary attributes as Buffers', async () => {
    const [entry] = await session.search({
      base: facts.admin.dn,
      scope: 'base',
      attributes: ['cn', 'objectSid', 'memberOf'],
    });
    expect(entry?.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(Array.isArray(entry?.attrs.get('cn'))).toBe(true);
    expect(Buffer.isBuffer(entry?.attrs.get('objectSid')?.[0])).toBe(true);
    expect(entry?.objectClass).toContain('user');
  });

  it('stops at the limit and says so with one extra entry', async () => {
    const entries = await session.search({ base: facts.domainDn, attributes: ['cn'], limit: 10 });
    expect(entries).toHaveLength(11);
  });

  it('reads more than 1,500 members by range retrieval in slices of 1,500', async () => {
    const members = await session.allValues(facts.seed.largeGroupDn, 'member', 1500);
    expect(members).toHaveLength(facts.seed.largeGroupMembers);
    expect(new Set(members.map(String)).size).toBe(facts.seed.largeGroupMembers);
    // Smaller slices take more rounds and still give the same set.
    const again = await session.allValues(facts.seed.largeGroupDn, 'member', 500);
    expect(new Set(again.map(String))).toEqual(new Set(members.map(String)));
    const group = await session.read(facts.seed.largeGroupDn);
    expect(group.attrs.get('member')).toHaveLength(facts.seed.largeGroupMembers);
    expect([...group.attrs.keys()].some((k) => k.includes(';range='))).toBe(false);
  });

  it('finds a user by a partial name (ANR) over the domain and within an OU', async () => {
    const { rows } = await session.find({ text: 'Zoë Mü', kinds: 'users' });
    expect(rows.map((r) => r.name)).toContain(ZOE);
    const inOu = await session.find({ text: 'Zoë', baseDn: facts.seed.notSyncedOuDn });
    expect(inOu.rows.map((r) => r.name)).not.toContain(ZOE);
  });

  it('finds a name typed without its diacritics, which the DC alone cannot do', async () => {
    // The DC's own ANR treats ë and e as different letters: what the fold in main adds.
    const exactOnly = await session.search({
      base: facts.domainDn,
      filter: '(anr=zoe mu)',
      attributes: ['cn'],
    });
    expect(exactOnly.some((e) => e.dn.includes(ZOE))).toBe(false);
    const { rows } = await session.find({ text: 'zoe mu' });
    expect(rows.map((r) => r.name)).toEqual([ZOE]);
    expect(rows[0]?.location).toBe(`${facts.realm.toLowerCase()}/Corp/Sales`);
    expect((await session.find({ text: 'muller zo', kinds: 'users' })).rows.map((r) => r.name)).toContain(
      ZOE,
    );
    expect((await session.find({ text: 'zoe mx' })).rows).toHaveLength(0);
  });

  it('treats * ( ) \\ and NUL typed in Find as text, not filter syntax', async () => {
    const exact = await session.find({ text: STAR });
    expect(exact.rows.map((r) => r.name)).toEqual([STAR]);
    // Unescaped, "*" alone would match everything: as data it matches nothing.
    expect((await session.find({ text: '*' })).rows).toHaveLength(0);
    expect((await session.find({ text: 'a)(objectClass=*' })).rows).toHaveLength(0);
    // Samba would cut the value at NUL and search for "x": refused instead of answering wrongly.
    const nul = await session.find({ text: 'x\0y' }).catch((e: unknown) => e);
    expect((nul as AppError).code).toBe('INVALID_INPUT');
    // Same in a custom filter, except for binary attributes where \00 is an ordinary byte.
    const inFilter = await session
      .find({ filter: `(cn=${escapeFilterValue('Kim\0')}*)` })
      .catch((e: unknown) => e);
    expect((inFilter as AppError).code).toBe('INVALID_FILTER');
  });

  it('runs custom filters with escaped specials and UTF-8 escapes', async () => {
    const star = await session.find({ filter: `(cn=${escapeFilterValue(STAR)})` });
    expect(star.rows.map((r) => r.dn)).toHaveLength(1);
    const zoe = await session.find({
      filter: `(&(objectClass=user)(displayName=${escapeFilterValue(ZOE)}))`,
    });
    expect(zoe.rows.map((r) => r.name)).toEqual([ZOE]);
    const raw = await session.find({ filter: '(displayName=Zoë*)' });
    expect(raw.rows.map((r) => r.name)).toContain(ZOE);
  });

  it('reads an object by DN containing escaped characters, and by GUID', async () => {
    const [found] = (await session.find({ text: STAR })).rows;
    const byDn = await session.read(found?.dn ?? '');
    expect(first(byDn, 'cn')).toBe(STAR);
    const byGuid = await session.read(byDn.guid);
    expect(byGuid.dn).toBe(byDn.dn);
    // A binary value goes through a filter object, never through text.
    const [viaFilter] = await session.search({
      base: facts.domainDn,
      filter: new EqualityFilter({ attribute: 'objectGUID', value: guidToBytes(byDn.guid) }),
      attributes: ['cn'],
    });
    expect(viaFilter?.dn).toBe(byDn.dn);
    const viaText = await session.find({
      filter: `(objectGUID=${escapeFilterValue(guidToBytes(byDn.guid))})`,
    });
    expect(viaText.rows.map((r) => r.dn)).toEqual([byDn.dn]);
  });

  it('rejects an invalid custom filter before sending it, with the position', async () => {
    const error = await session.find({ filter: '(&(cn=a)(sn=b)' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_FILTER');
    expect((error as AppError).details?.position).toBe(14);
  });

  it('lists the tree and an OU like ADUC', async () => {
    const tree = await session.children(facts.domainDn);
    const names = tree.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Corp', 'Users', 'Builtin']));
    expect(tree.every((n) => ['ou', 'container', 'builtin', 'domain'].includes(n.kind))).toBe(true);
    const { rows, truncated } = await session.list(facts.seed.corpOuDn);
    expect(truncated).toBe(false);
    expect(rows.length).toBeGreaterThan(0);
    const zoeOu = (await session.find({ text: ZOE })).rows[0]?.dn.split(',').slice(1).join(',') ?? '';
    const zoeRow = (await session.list(zoeOu)).rows.find((r) => r.name === ZOE);
    expect(zoeRow).toMatchObject({ kind: 'user', type: 'User' });
    expect(zoeRow?.primarySmtp).toMatch(/@/);
    expect(zoeRow?.upn).toMatch(/@/);
  });

  it('reads the details pane attributes including effective rights', async () => {
    const entry = await session.read(facts.accounts.helpdesk.dn);
    expect(strings(entry, 'allowedAttributesEffective').length).toBeGreaterThan(0);
    expect(entry.attrs.has('uSNChanged')).toBe(true);
  });
});
