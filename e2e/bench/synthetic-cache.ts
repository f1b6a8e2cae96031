// A cache of N synthetic but realistic people (names with diacritics and apostrophes, primary and
// secondary addresses, UPNs, aliases) in a few OUs under the sample directory's domain, written
// through the cache's own write path into a real SQLite store: the offline benches need 100,000
// cached entries, which no test DC here holds.
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntryCache } from '../../src-main/cache/entry-cache.ts';
import { CachedDirectory } from '../../src-main/cache/cached-directory.ts';
import { openDatabase } from '../../src-main/store/open-database.ts';
import { readSampleSnapshot, SAMPLE_FILE_NAME } from '../../src-main/sample/snapshot.ts';
import { DirectorySchema } from '../../src-main/directory/schema.ts';
import { AppError } from '../../src-preload/contract/errors.ts';
import type { Entry } from '../../src-main/directory/entry.ts';

export const FIRST = [
  'Zoë',
  'Anouk',
  'José',
  'Łukasz',
  'Renée',
  'Björn',
  'Siobhán',
  'Chloé',
  'Jürgen',
  'Noémie',
  'Adam',
  'Maria',
  'Liam',
  'Olivia',
  'Ahmed',
  'Yuki',
  'Priya',
  'Søren',
  'Ines',
  'Mateo',
];
export const LAST = [
  'Müller',
  'Núñez',
  "O'Brien",
  'Dvořák',
  'Eriksson',
  'Fernández',
  'García',
  'Kowalski',
  'Lefèvre',
  'Nguyen',
  'Okafor',
  'Papadopoulos',
  'Rossi',
  'Schröder',
  'Tanaka',
  'Van der Berg',
  'Wiśniewska',
  'Yılmaz',
  'Zhang',
  'Ångström',
];

/** "Zoë Müller" → "zoe.muller": how an address template folds a name (diacritics and marks dropped). */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')
    .toLowerCase();
}

export interface Person {
  name: string;
  alias: string;
  mail: string;
}

export function personAt(i: number): Person {
  const first = FIRST[i % FIRST.length] ?? 'Ann';
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Lee';
  const name = `${first} ${last} ${i}`;
  const alias = `${folded(first)}.${folded(last)}.${i}`;
  return { name, alias, mail: `${alias}@contoso.com` };
}

export interface SyntheticCache {
  reader: CachedDirectory;
  /** The store itself, for a reference query over the same table. */
  db: DatabaseSync;
  domainDn: string;
  ous: string[];
  close(): void;
}

/** `count` people spread over `ouCount` OUs (one OU holds them all with ouCount 1), in `dbFile`. */
export function buildSyntheticCache(
  count: number,
  ouCount = 5,
  dbFile = join(mkdtempSync(join(tmpdir(), 'rd-synthetic-cache-')), 'recipientdesk.db'),
): SyntheticCache {
  const opened = openSyntheticCache(dbFile, ouCount);
  const { domainDn, ous, cache } = opened;
  cache.put(
    domainDn,
    ous.map((dn, k) =>
      entry(dn, ['top', 'organizationalUnit'], {
        ou: [`Bench Staff ${k + 1}`],
        name: [`Bench Staff ${k + 1}`],
      }),
    ),
    'complete',
  );
  const BATCH = 2000;
  for (let from = 0; from < count; from += BATCH) {
    const batch: Entry[] = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++)
      batch.push(personEntry(i, ous[i % ouCount] ?? ''));
    cache.put(domainDn, batch, 'complete');
  }
  return opened;
}

/** A cache filled before (by buildSyntheticCache with the same ouCount), opened as the app opens its store. */
export function openSyntheticCache(dbFile: string, ouCount = 5): SyntheticCache & { cache: EntryCache } {
  const snapshot = readSampleSnapshot(join(import.meta.dirname, '../../resources', SAMPLE_FILE_NAME));
  const domainDn = snapshot.rootDse.defaultNamingContext;
  const db = openDatabase(dbFile);
  const cache = new EntryCache(db);
  const ous = Array.from({ length: ouCount }, (_, k) => `OU=Bench Staff ${k + 1},${domainDn}`);
  const reader = new CachedDirectory({
    cache,
    rootDse: snapshot.rootDse,
    schema: new DirectorySchema(snapshot.attributes, []),
    readOnly: true,
    missing: (dn) => new AppError('NOT_FOUND', `${dn} is not cached.`, { dn }),
  });
  return { reader, cache, db, domainDn, ous, close: () => db.close() };
}

function personEntry(i: number, ou: string): Entry {
  const p = personAt(i);
  const [first = '', last = ''] = p.name.split(' ');
  return entry(`CN=${p.name},${ou}`, ['top', 'person', 'organizationalPerson', 'user'], {
    cn: [p.name],
    name: [p.name],
    givenName: [first],
    sn: [last],
    displayName: [p.name],
    sAMAccountName: [`u${i}`],
    userPrincipalName: [p.mail],
    mail: [p.mail],
    mailNickname: [p.alias],
    proxyAddresses: [
      `SMTP:${p.mail}`,
      `smtp:${p.alias}@contoso.mail.onmicrosoft.com`,
      `smtp:u${i}@legacy.contoso.net`,
    ],
    targetAddress: [`SMTP:${p.alias}@contoso.mail.onmicrosoft.com`],
    msExchRecipientTypeDetails: ['2147483648'],
    userAccountControl: ['512'],
    uSNChanged: [String(10_000 + i)],
    whenChanged: ['20261201120000.0Z'],
  });
}

function entry(dn: string, objectClass: string[], attrs: Record<string, string[]>): Entry {
  return { dn, guid: randomUUID(), objectClass, attrs: new Map(Object.entries({ objectClass, ...attrs })) };
}
