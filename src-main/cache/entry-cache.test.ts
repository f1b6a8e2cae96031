import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttributeValue, Entry } from '../directory/entry.ts';
import { strings } from '../directory/entry.ts';
import { openDatabase } from '../store/open-database.ts';
import { EntryCache } from './entry-cache.ts';

const DOMAIN = 'DC=corp,DC=example,DC=com';
const SALES = `OU=Sales,${DOMAIN}`;
let dir: string;
let db: DatabaseSync;
let clock: Date;
let cache: EntryCache;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-cache-'));
  db = openDatabase(join(dir, 'recipientdesk.db'));
  clock = new Date('2026-12-01T09:00:00.000Z');
  cache = new EntryCache(db, () => clock);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
function entry(dn: string, attrs: Record<string, AttributeValue[]>, guid?: string): Entry {
  counter += 1;
  return {
    dn,
    guid: guid ?? `0000000${counter % 10}-1111-2222-3333-${String(counter).padStart(12, '0')}`,
    objectClass: (attrs.objectClass as string[] | undefined) ?? [
      'top',
      'person',
      'organizationalPerson',
      'user',
    ],
    attrs: new Map(
      Object.entries({ objectClass: ['top', 'person', 'organizationalPerson', 'user'], ...attrs }),
    ),
  };
}

describe('EntryCache', () => {
  it('keeps an entry read whole with its uSNChanged, whenChanged and the time it was cached, binary values as bytes, across a reopen', () => {
    const photo = Buffer.from([0xff, 0xd8, 0x00, 0x01, 0xfe]);
    const pat = entry(`CN=Pat Lee,${SALES}`, {
      displayName: ['Pat Lee'],
      proxyAddresses: ['SMTP:pat.lee@contoso.com', 'smtp:plee@contoso.com'],
      thumbnailPhoto: [photo],
      uSNChanged: ['90071992547409931'],
      whenChanged: ['20261130120000.0Z'],
    });
    cache.put(DOMAIN, [pat], 'complete');
    db.close();
    db = openDatabase(join(dir, 'recipientdesk.db'));
    cache = new EntryCache(db);

    const found = cache.get(DOMAIN.toUpperCase(), `cn=pat lee, ou=SALES,${DOMAIN}`);
    expect(found).toMatchObject({
      usnChanged: '90071992547409931', // 64-bit: not rounded to a double
      whenChanged: '20261130120000.0Z',
      cachedAt: '2026-12-01T09:00:00.000Z',
      complete: true,
    });
    expect(found!.entry.attrs.get('thumbnailPhoto')).toEqual([photo]);
    expect(strings(found!.entry, 'proxyAddresses')).toEqual([
      'SMTP:pat.lee@contoso.com',
      'smtp:plee@contoso.com',
    ]);
    expect(cache.get(DOMAIN, `<GUID=${pat.guid.toUpperCase()}>`)?.entry.dn).toBe(pat.dn);
    // Another directory sees nothing of it.
    expect(cache.get('DC=other,DC=test', pat.dn)).toBeUndefined();
  });

  it('a list page replaces the columns it read and keeps the rest; an attribute it asked for and did not get is gone', () => {
    const dn = `CN=Kim Ode,${SALES}`;
    const guid = 'aaaaaaaa-bbbb-cccc-dddd-000000000001';
    cache.put(
      DOMAIN,
      [
        entry(
          dn,
          { description: ['Old'], title: ['Buyer'], mail: ['kim@contoso.com'], uSNChanged: ['10'] },
          guid,
        ),
      ],
      'complete',
    );
    clock = new Date('2026-12-02T09:00:00.000Z');
    cache.put(
      DOMAIN,
      [entry(dn, { mail: ['kim.ode@contoso.com'], uSNChanged: ['12'] }, guid)],
      ['mail', 'description', 'uSNChanged'],
    );
    const found = cache.get(DOMAIN, guid)!;
    expect(strings(found.entry, 'mail')).toEqual(['kim.ode@contoso.com']);
    expect(strings(found.entry, 'description')).toEqual([]);
    expect(strings(found.entry, 'title')).toEqual(['Buyer']);
    // The title is from the older read, and the object changed since: no longer a whole copy.
    expect(found).toMatchObject({ usnChanged: '12', complete: false, cachedAt: '2026-12-02T09:00:00.000Z' });
  });

  it('follows a rename or move by GUID, lists children by parent, and forgets a deleted object', () => {
    const guid = 'aaaaaaaa-bbbb-cccc-dddd-000000000002';
    cache.put(DOMAIN, [entry(`CN=Ann Bay,${SALES}`, {}, guid), entry(`CN=Bo Day,${SALES}`, {})], ['cn']);
    expect(cache.children(DOMAIN, SALES).map((c) => c.entry.dn)).toEqual([
      `CN=Ann Bay,${SALES}`,
      `CN=Bo Day,${SALES}`,
    ]);
    cache.put(DOMAIN, [entry(`CN=Ann Bay,OU=Staff,${DOMAIN}`, {}, guid)], 'complete');
    expect(cache.children(DOMAIN, SALES)).toHaveLength(1);
    expect(cache.hasChildren(DOMAIN, `OU=Staff,${DOMAIN}`)).toBe(true);
    expect(cache.get(DOMAIN, `CN=Ann Bay,${SALES}`)).toBeUndefined();
    cache.remove(DOMAIN, guid);
    expect(cache.get(DOMAIN, guid)).toBeUndefined();
    expect(cache.search(DOMAIN, 'Ann', { limit: 10 })).toEqual([]);
  });

  it('hands out the children of a container in batches, in the order first cached, none twice while others are cached meanwhile', () => {
    cache.put(
      DOMAIN,
      [1, 2, 3, 4, 5].map((i) => entry(`CN=Kid ${i},${SALES}`, {})),
      ['cn'],
    );
    const seen: string[][] = [];
    for (const batch of cache.childBatches(DOMAIN, SALES, 2)) {
      seen.push(batch.map((c) => c.entry.dn));
      // Read again (and so rewritten) while the walk is on: it keeps its place.
      if (seen.length === 1) cache.put(DOMAIN, [batch[0]!.entry], 'complete');
    }
    expect(seen).toEqual([
      [`CN=Kid 1,${SALES}`, `CN=Kid 2,${SALES}`],
      [`CN=Kid 3,${SALES}`, `CN=Kid 4,${SALES}`],
      [`CN=Kid 5,${SALES}`],
    ]);
    expect([...cache.childBatches(DOMAIN, `OU=Empty,${DOMAIN}`, 2)]).toEqual([]);
  });

  it('finds by name, address fragment, UPN and alias with diacritics folded, within a base, best first, and never reads the text as FTS syntax', () => {
    const zoe = entry(`CN=Zoë Müller,${SALES}`, {
      displayName: ['Zoë Müller'],
      mail: ['zoe.mueller@contoso.com'],
      proxyAddresses: ['SMTP:zoe.mueller@contoso.com', 'X500:/o=Org/cn=zm'],
      userPrincipalName: ['zmu@corp.contoso.com'],
      mailNickname: ['zmueller'],
    });
    const other = entry(`CN=Zoe Stone,OU=IT,${DOMAIN}`, {
      displayName: ['Zoe Stone'],
      mailNickname: ['zstone'],
    });
    cache.put(DOMAIN, [zoe, other], 'complete');
    const names = (text: string, baseDn?: string) =>
      cache.search(DOMAIN, text, { limit: 10, ...(baseDn ? { baseDn } : {}) }).map((c) => c.entry.dn);

    expect(names('zoe muller')).toEqual([zoe.dn]);
    expect(names('zoe')).toHaveLength(2);
    expect(names('zoe', SALES)).toEqual([zoe.dn]);
    expect(names('mueller@contoso')).toEqual([zoe.dn]);
    expect(names('zmu@corp')).toEqual([zoe.dn]);
    expect(names('zstone')).toEqual([other.dn]);
    expect(names('x500')).toEqual([]); // the address type is not part of the address
    // FTS5 operators are words to find: "zoe OR stone" is zoe AND or AND stone, which nobody has.
    expect(names('zoe OR stone')).toEqual([]);
    expect(names('"stone"')).toEqual([other.dn]);
    expect(names('NEAR(zoe')).toEqual([]);
    expect(names('***')).toEqual([]);
  });

  it('keeps facts per directory and clears one directory without touching another', () => {
    cache.put(DOMAIN, [entry(`CN=A One,${SALES}`, {})], 'complete');
    cache.put('DC=sample,DC=invalid', [entry('CN=B Two,DC=sample,DC=invalid', {})], 'complete');
    cache.setFact(DOMAIN, 'rootDse', { dnsHostName: 'dc1' });
    expect(cache.fact(DOMAIN, 'rootDse')).toEqual({ dnsHostName: 'dc1' });
    cache.clear(DOMAIN);
    expect(cache.count(DOMAIN)).toBe(0);
    expect(cache.fact(DOMAIN, 'rootDse')).toBeUndefined();
    expect(cache.count('DC=sample,DC=invalid')).toBe(1);
    expect(cache.lastCachedAt('DC=sample,DC=invalid')).toBe('2026-12-01T09:00:00.000Z');
  });
  it('a whole read (an offline fill) replaces every attribute but the constructed ones it did not ask for; forgets many at once', () => {
    const dn = `CN=Lou Fill,${SALES}`;
    const guid = '0000000a-1111-2222-3333-000000000001';
    cache.put(
      DOMAIN,
      [entry(dn, { description: ['old'], allowedAttributesEffective: ['mail'], uSNChanged: ['10'] }, guid)],
      'complete',
    );
    cache.put(DOMAIN, [entry(dn, { displayName: ['Lou'], uSNChanged: ['11'] }, guid)], {
      keep: ['allowedAttributesEffective'],
    });
    const found = cache.get(DOMAIN, guid)!;
    expect(strings(found.entry, 'description')).toEqual([]); // cleared on the server: gone here
    expect(strings(found.entry, 'displayName')).toEqual(['Lou']);
    expect(strings(found.entry, 'allowedAttributesEffective')).toEqual(['mail']);
    expect(found.usnChanged).toBe('11');
    expect(cache.subtreeGuids(DOMAIN, SALES)).toEqual([guid]);
    expect(cache.containersUnder(DOMAIN, DOMAIN)).toEqual([]); // SALES itself was never cached
    expect(cache.removeMany(DOMAIN, [guid.toUpperCase(), 'ffffffff-1111-2222-3333-000000000000'])).toBe(1);
    expect(cache.get(DOMAIN, guid)).toBeUndefined();
    expect(cache.search(DOMAIN, 'Lou', { limit: 5 })).toEqual([]);
  });
});
