import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import type { Entry } from '../directory/entry.ts';
import { DirectorySchema } from '../directory/schema.ts';
import type { SearchSpec } from '../directory/search.ts';
import { readSampleSnapshot, SAMPLE_FILE_NAME } from '../sample/snapshot.ts';
import { openDatabase } from '../store/open-database.ts';
import { CachedDirectory } from './cached-directory.ts';
import { EntryCache } from './entry-cache.ts';

// The offline list reads a big OU from SQLite a page at a time; what it hands out must be what
// one read of every child would have given: same order, advanced objects left out, limit + 1.
const snapshot = readSampleSnapshot(join(import.meta.dirname, '../../resources', SAMPLE_FILE_NAME));
const DOMAIN = snapshot.rootDse.defaultNamingContext;
const OU = `OU=Paged,${DOMAIN}`;
let dir: string;
let db: DatabaseSync;
let cache: EntryCache;
let reader: CachedDirectory;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-cached-directory-'));
  db = openDatabase(join(dir, 'recipientdesk.db'));
  cache = new EntryCache(db);
  reader = new CachedDirectory({
    cache,
    rootDse: snapshot.rootDse,
    schema: new DirectorySchema(snapshot.attributes, []),
    readOnly: true,
    missing: (dn) => new AppError('OFFLINE', `${dn} is not cached.`, { dn }),
  });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function person(i: number, extra: Record<string, string[]> = {}): Entry {
  const objectClass = ['top', 'person', 'organizationalPerson', 'user'];
  return {
    dn: `CN=Person ${i},${OU}`,
    guid: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
    objectClass,
    attrs: new Map(Object.entries({ objectClass, name: [`Person ${i}`], ...extra })),
  };
}

async function listed(spec: Partial<SearchSpec>): Promise<string[][]> {
  const pages: string[][] = [];
  for await (const page of reader.pages({ base: OU, scope: 'one', attributes: [], ...spec }))
    pages.push(page.map((e) => e.dn));
  return pages;
}

describe('CachedDirectory list pages', () => {
  it('hands out full pages in the order first cached, without advanced objects, up to limit + 1', async () => {
    cache.put(DOMAIN, [{ ...person(0), dn: OU, objectClass: ['top', 'organizationalUnit'] }], 'complete');
    // Every third one hidden from the list as ADUC hides it: pages still come full.
    const people = Array.from({ length: 30 }, (_, i) =>
      person(i + 1, i % 3 === 0 ? { showInAdvancedViewOnly: ['TRUE'] } : {}),
    );
    cache.put(DOMAIN, people, 'complete');
    const shown = people.filter((_, i) => i % 3 !== 0).map((p) => p.dn);

    const all = await listed({ pageSize: 4 });
    expect(all.map((p) => p.length)).toEqual([4, 4, 4, 4, 4]);
    expect(all.flat()).toEqual(shown);

    const capped = await listed({ pageSize: 4, limit: 9 });
    expect(capped.map((p) => p.length)).toEqual([4, 4, 2]);
    expect(capped.flat()).toEqual(shown.slice(0, 10));
  });

  it('says an OU that was never read is not cached, and an empty one is empty', async () => {
    await expect(listed({})).rejects.toMatchObject({ code: 'OFFLINE' });
    cache.put(DOMAIN, [{ ...person(0), dn: OU, objectClass: ['top', 'organizationalUnit'] }], 'complete');
    expect(await listed({})).toEqual([]);
  });
});

describe('CachedDirectory holders (the offline uniqueness check)', () => {
  it('finds exact holders of an address, UPN or alias among many near misses, and the entry at a DN', async () => {
    const { EqualityFilter, OrFilter } = await import('ldapts');
    const near = Array.from({ length: 300 }, (_, i) =>
      person(i, {
        proxyAddresses: [`SMTP:j.smith${i}@contoso.com`, `smtp:j.smith@contoso.com.${i}.example`],
        mailNickname: [`j.smith${i}`],
      }),
    );
    const holder = person(1000, { proxyAddresses: ['smtp:J.Smith@Contoso.com'], userPrincipalName: ['x@y'] });
    cache.put(DOMAIN, [...near, holder], 'complete');
    const filter = (value: string) =>
      new OrFilter({
        filters: [
          new EqualityFilter({ attribute: 'proxyAddresses', value: `smtp:${value}` }),
          new EqualityFilter({ attribute: 'mailNickname', value }),
        ],
      });
    expect(
      reader.holders(filter('j.smith@contoso.com'), ['j.smith@contoso.com'], 50).map((e) => e.dn),
    ).toEqual([holder.dn]);
    expect(reader.holders(filter('j.smith7'), ['j.smith7'], 50).map((e) => e.dn)).toEqual([near[7]!.dn]);
    expect(reader.holders(filter('nobody@contoso.com'), ['nobody@contoso.com'], 50)).toEqual([]);
    expect(reader.holders(filter('nobody'), ['nobody'], 50, near[3]!.dn).map((e) => e.dn)).toEqual([
      near[3]!.dn,
    ]);
  });
});
