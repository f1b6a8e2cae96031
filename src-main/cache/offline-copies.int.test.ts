import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { Attribute, Change } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ldapsProfile, facts } from '../../e2e/support/int-test-dc.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { strings } from '../directory/entry.ts';
import { DirectorySession } from '../directory/session.ts';
import { openDatabase } from '../store/open-database.ts';
import { EntryCache } from './entry-cache.ts';
import { OfflineCopies } from './offline-copies.ts';
import { SHOW_DELETED_OID } from './offline-search.ts';

// A scratch OU read into the cache, changed behind the app's back by another admin (a plain ldapts
// client), then refreshed: only what changed may be read, and the copy must say what the DC says.
const SIZE = 30;
let dir: string;
let db: DatabaseSync;
let cache: EntryCache;
let session: DirectorySession;
let scratch: ScratchDirectory;
const users: { dn: string; guid: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rd-offline-'));
  db = openDatabase(join(dir, 'recipientdesk.db'));
  cache = new EntryCache(db);
  session = await DirectorySession.connect(ldapsProfile(), facts.admin.password);
  scratch = await openScratchDirectory('OfflineCopy');
  for (let i = 1; i <= SIZE; i++)
    users.push(await scratch.createUser(`Offline User ${i}`, { description: [`before ${i}`] }));
});

afterAll(async () => {
  await session?.close();
  await scratch?.cleanup();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const replace = (dn: string, type: string, values: string[]) =>
  scratch.admin.modify(dn, [
    new Change({ operation: 'replace', modification: new Attribute({ type, values }) }),
  ]);

describe('an OU kept offline', () => {
  it('is read whole once, then a refresh reads only the 3 changed objects and the 1 deletion', async () => {
    const copies = new OfflineCopies(cache);
    const progress: number[] = [];
    const fill = await copies.fill(session, scratch.ouDn, { onProgress: (read) => progress.push(read) });
    expect(fill).toMatchObject({ kind: 'fill', read: SIZE + 1, cancelled: false });
    expect(progress.at(-1)).toBe(SIZE + 1);
    expect(copies.copyOf(facts.domainDn, scratch.ouDn)).toMatchObject({ count: SIZE + 1 });
    expect(strings(cache.get(facts.domainDn, users[0]!.guid)!.entry, 'description')).toEqual(['before 1']);

    const [a, b, c, gone] = users as [
      (typeof users)[0],
      (typeof users)[0],
      (typeof users)[0],
      (typeof users)[0],
    ];
    await replace(a.dn, 'description', ['after a']);
    await replace(b.dn, 'displayName', ['Shown B']);
    // A value cleared on the server must be gone from the copy too (a fill reads every attribute).
    await scratch.admin.modify(c.dn, [
      new Change({ operation: 'delete', modification: new Attribute({ type: 'description', values: [] }) }),
    ]);
    await scratch.admin.del(gone.dn);

    const refresh = await copies.refresh(session, scratch.ouDn);
    expect(session.rootDse.supportedControl).toContain(SHOW_DELETED_OID);
    expect(refresh).toMatchObject({ kind: 'refresh', updated: 3, deleted: 1, deletions: 'tombstones' });
    expect(refresh.read).toBeGreaterThanOrEqual(4);
    expect(refresh.read).toBeLessThanOrEqual(2 * 4);
    const cached = (guid: string) => cache.get(facts.domainDn, guid)?.entry;
    expect(strings(cached(a.guid)!, 'description')).toEqual(['after a']);
    expect(strings(cached(b.guid)!, 'displayName')).toEqual(['Shown B']);
    expect(strings(cached(c.guid)!, 'description')).toEqual([]);
    expect(cached(gone.guid)).toBeUndefined();
    expect(copies.copyOf(facts.domainDn, scratch.ouDn)).toMatchObject({ count: SIZE });

    // Nothing changed since: a refresh reads nothing at all.
    expect(await copies.refresh(session, scratch.ouDn)).toMatchObject({ read: 0, updated: 0, deleted: 0 });
  });

  it('stops when cancelled mid-fill, says so, and leaves no copy that claims to be complete', async () => {
    // Small pages: the cancel lands after the first page of each parallel share, far from the end.
    const copies = new OfflineCopies(cache, { pageSize: 4 });
    const controller = new AbortController();
    const ou = `OU=Half,${scratch.ouDn}`;
    await scratch.admin.add(ou, { objectClass: ['top', 'organizationalUnit'] });
    try {
      const result = await copies.fill(session, scratch.ouDn, {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      });
      expect(result).toMatchObject({ kind: 'fill', cancelled: true });
      expect(result.read).toBeGreaterThan(0);
      expect(result.read).toBeLessThanOrEqual(2 * 4);
      // The earlier, complete copy is left as it was: the cancelled fill reports nothing as current.
      expect(copies.copyOf(facts.domainDn, scratch.ouDn)).toMatchObject({ count: SIZE });
      // Cancelled before it starts: nothing read, no copy.
      const early = await copies.fill(session, ou, { signal: AbortSignal.abort() });
      expect(early).toMatchObject({ cancelled: true, read: 0 });
      expect(copies.copyOf(facts.domainDn, ou)).toBeUndefined();
    } finally {
      await scratch.admin.del(ou);
    }
  });

  it('a fill in parallel shares reads every object exactly once', async () => {
    const copies = new OfflineCopies(cache, { pageSize: 7 });
    const result = await copies.fill(session, scratch.ouDn);
    // SIZE - 1 users left after the deletion above, and the OU itself.
    expect(result).toMatchObject({ read: SIZE, cancelled: false });
    expect(new Set(cache.subtreeGuids(facts.domainDn, scratch.ouDn)).size).toBe(SIZE);
  });

  it('reads every share on the session when the DC will not take a second connection', async () => {
    const own = openDatabase(':memory:');
    const fresh = new EntryCache(own);
    const source = {
      rootDse: session.rootDse,
      context: session.context,
      each: session.each.bind(session),
      search: session.search.bind(session),
      extraReader: () => Promise.reject(new Error('too many connections')),
    };
    const result = await new OfflineCopies(fresh, { pageSize: 7 }).fill(source, scratch.ouDn);
    expect(result).toMatchObject({ read: SIZE, cancelled: false });
    expect(new Set(fresh.subtreeGuids(facts.domainDn, scratch.ouDn)).size).toBe(SIZE);
    own.close();
  });

  it('follows an object moved out of the copy: it leaves the subtree and is kept at its new place', async () => {
    const copies = new OfflineCopies(cache);
    const elsewhere = `OU=Elsewhere ${randomBytes(3).toString('hex')},${facts.domainDn}`;
    await scratch.admin.add(elsewhere, { objectClass: ['top', 'organizationalUnit'] });
    const leaver = await scratch.createUser('Moving Out');
    try {
      await copies.fill(session, scratch.ouDn);
      expect(cache.subtreeGuids(facts.domainDn, scratch.ouDn)).toContain(leaver.guid.toLowerCase());
      await scratch.admin.modifyDN(leaver.dn, `CN=Moving Out,${elsewhere}`);

      const refresh = await copies.refresh(session, scratch.ouDn);
      expect(refresh).toMatchObject({ moved: 1, deleted: 0 });
      expect(cache.subtreeGuids(facts.domainDn, scratch.ouDn)).not.toContain(leaver.guid.toLowerCase());
      expect(cache.get(facts.domainDn, leaver.guid)?.entry.dn).toBe(`CN=Moving Out,${elsewhere}`);
      expect(copies.copyOf(facts.domainDn, scratch.ouDn)?.count).toBe(
        cache.subtreeGuids(facts.domainDn, scratch.ouDn).length,
      );
      // The moved object's GUID and its whole entry: a couple of reads, not the subtree again.
      expect(refresh.read).toBeLessThanOrEqual(3);
    } finally {
      await scratch.admin.del(`CN=Moving Out,${elsewhere}`).catch(() => undefined);
      await scratch.admin.del(elsewhere);
    }
  });

  it('finds deletions by a GUID sweep of the subtree where the DC does not offer the show-deleted control', async () => {
    const copies = new OfflineCopies(cache);
    // The same live session, with a rootDSE that does not list the control (as some DCs would not).
    const rootDse = {
      ...session.rootDse,
      supportedControl: session.rootDse.supportedControl.filter((c) => c !== SHOW_DELETED_OID),
    };
    const source = {
      rootDse,
      context: session.context,
      each: session.each.bind(session),
      search: session.search.bind(session),
    };
    await copies.fill(source, scratch.ouDn);
    const doomed = await scratch.createUser('Swept Away');
    await copies.refresh(source, scratch.ouDn);
    expect(cache.get(facts.domainDn, doomed.guid)).toBeDefined();
    await scratch.admin.del(doomed.dn);
    const refresh = await copies.refresh(source, scratch.ouDn);
    expect(refresh).toMatchObject({ kind: 'refresh', updated: 0, deleted: 1, deletions: 'sweep' });
    // The sweep reads every GUID of the subtree (objectGUID only): SIZE objects are left.
    expect(refresh.read).toBe(SIZE);
    expect(cache.get(facts.domainDn, doomed.guid)).toBeUndefined();
  });
});
