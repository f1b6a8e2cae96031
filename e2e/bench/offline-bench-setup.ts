// What the offline-copy benches share: a session as the app opens one, and a cache in its own file.

import { readFileSync } from 'node:fs';
import type { DcFacts } from '../dc/facts.ts';
import { EntryCache } from '../../src-main/cache/entry-cache.ts';
import { openCacheDatabase } from '../../src-main/cache/open-cache-database.ts';
import { DirectorySession } from '../../src-main/directory/session.ts';
import { openDatabase } from '../../src-main/store/open-database.ts';

export function benchSession(facts: DcFacts): Promise<DirectorySession> {
  return DirectorySession.connect(
    {
      host: facts.host,
      port: facts.ldapsPort,
      security: 'ldaps',
      bindIdentity: facts.admin.upn,
      caPem: readFileSync(facts.caFile, 'utf8'),
    },
    facts.admin.password,
  );
}

/** The app's database, migrated, with the cache on its own handle (synchronous=NORMAL) as in services.ts. */
export function openBenchCache(file: string): { cache: EntryCache; close(): void } {
  const db = openDatabase(file);
  const cacheDb = openCacheDatabase(file);
  return {
    cache: new EntryCache(cacheDb),
    close: () => {
      cacheDb.close();
      db.close();
    },
  };
}
