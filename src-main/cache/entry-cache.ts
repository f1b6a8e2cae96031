import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { first, type Entry } from '../directory/entry.ts';
import { inTransaction } from '../store/transaction.ts';
import { dnKey, parentKey } from './dn-key.ts';
import { ftsPhrase, ftsQuery, searchTextOf } from './search-text.ts';
import { fromStored, toStored, type StoredEntry } from './stored-entry.ts';
import { keepStored, mergeStored, withoutRanges } from './stored-merge.ts';

/** One cached entry with what says how fresh it is. */
export interface CachedEntry {
  entry: Entry;
  usnChanged: string | null;
  whenChanged: string | null;
  /** When it was last read from the directory (ISO 8601 UTC). */
  cachedAt: string;
  /** Read whole (a property sheet), not only some columns (a list page). */
  complete: boolean;
}

/**
 * What a read asked for: 'complete' (every attribute: '*' plus the constructed ones), or the
 * attribute names of a partial read (a list page). A partial read replaces exactly those
 * attributes: one asked for and not returned is gone from the entry, the others stay as cached.
 */
export type ReadShape = 'complete' | readonly string[] | WholeRead;

/**
 * A read of every stored attribute ('*': an offline fill) that did not ask for the constructed
 * ones in `keep` (rights, computed flags: costly per entry on a subtree search). Those stay as
 * cached; every other attribute is replaced, so one cleared on the server is gone here too.
 */
export interface WholeRead {
  keep: readonly string[];
}

interface Row {
  id: number;
  guid: string;
  dn: string;
  usn_changed: string | null;
  when_changed: string | null;
  complete: number;
  json: string;
  cached_at: string;
}

/**
 * The local copy of what was read from each directory ("source": its domain DN), kept in the
 * app's SQLite store with uSNChanged, whenChanged and the time it was read, and a full-text index
 * (FTS5) over names, addresses, UPN and alias, so the tree, the list, Find and the sheets can be
 * answered without a domain controller.
 */
export class EntryCache {
  readonly #db: DatabaseSync;
  readonly #now: () => Date;
  readonly #byGuid: StatementSync;
  readonly #byDn: StatementSync;
  readonly #insert: StatementSync;
  readonly #update: StatementSync;
  readonly #deleteRow: StatementSync;
  readonly #touch: StatementSync;
  readonly #deleteText: StatementSync;
  readonly #insertText: StatementSync;
  readonly #children: StatementSync;
  readonly #childrenAfter: StatementSync;
  readonly #childCount: StatementSync;

  constructor(db: DatabaseSync, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
    this.#byGuid = db.prepare('SELECT * FROM entry_cache WHERE source = ? AND guid = ?');
    this.#byDn = db.prepare('SELECT * FROM entry_cache WHERE source = ? AND dn_key = ?');
    this.#insert = db.prepare(
      `INSERT INTO entry_cache (source, guid, dn, dn_key, parent_key, usn_changed, when_changed, complete, json, cached_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#update = db.prepare(
      `UPDATE entry_cache SET dn = ?, dn_key = ?, parent_key = ?, usn_changed = ?, when_changed = ?,
         complete = ?, json = ?, cached_at = ? WHERE id = ?`,
    );
    this.#deleteRow = db.prepare('DELETE FROM entry_cache WHERE id = ?');
    this.#touch = db.prepare(
      'UPDATE entry_cache SET usn_changed = ?, when_changed = ?, complete = ?, cached_at = ? WHERE id = ?',
    );
    this.#deleteText = db.prepare('DELETE FROM entry_search WHERE rowid = ?');
    this.#insertText = db.prepare(
      'INSERT INTO entry_search (rowid, names, addresses, upn, alias) VALUES (?, ?, ?, ?, ?)',
    );
    this.#children = db.prepare('SELECT * FROM entry_cache WHERE source = ? AND parent_key = ? ORDER BY id');
    // Walks the (source, parent_key) index, whose entries are in rowid order: no sort, no scan.
    this.#childrenAfter = db.prepare(
      'SELECT * FROM entry_cache WHERE source = ? AND parent_key = ? AND id > ? ORDER BY id LIMIT ?',
    );
    this.#childCount = db.prepare(
      'SELECT COUNT(*) AS n FROM entry_cache WHERE source = ? AND parent_key = ? LIMIT 1',
    );
  }

  /**
   * Keeps what a read returned (entries without a GUID, like rootDSE, are not directory objects),
   * as read now or at `readAt` (a snapshot's time).
   */
  put(source: string, entries: readonly Entry[], shape: ReadShape, readAt?: string): void {
    const at = readAt ?? this.#now().toISOString();
    const key = sourceKey(source);
    inTransaction(this.#db, () => {
      for (const entry of entries)
        if (entry.guid !== '') this.#putOne(key, { ...entry, guid: entry.guid.toLowerCase() }, shape, at);
    });
  }

  #putOne(source: string, entry: Entry, shape: ReadShape, at: string): void {
    const old = this.#byGuid.get(source, entry.guid) as Row | undefined;
    const usn = first(entry, 'uSNChanged') ?? null;
    const when = first(entry, 'whenChanged') ?? null;
    let stored: StoredEntry;
    let complete: boolean;
    const merged = !(shape === 'complete' || old === undefined);
    if (!merged) {
      stored = toStored(withoutRanges(entry));
      complete = shape === 'complete';
    } else if (!isPartial(shape)) {
      stored = keepStored(JSON.parse(old.json) as StoredEntry, toStored(withoutRanges(entry)), shape.keep);
      complete = old.complete === 1 && (usn === null || usn === old.usn_changed);
    } else {
      stored = mergeStored(JSON.parse(old.json) as StoredEntry, toStored(withoutRanges(entry)), shape);
      // The attributes not read are as old as the cached copy: still "whole" only if nothing changed.
      complete = old.complete === 1 && (usn === null || usn === old.usn_changed);
    }
    const json = JSON.stringify(stored);
    if (old !== undefined && old.json === json && old.dn === entry.dn) {
      // Read again, unchanged (the list shown once more): only how fresh it is moves.
      this.#touch.run(usn ?? old.usn_changed, when ?? old.when_changed, complete ? 1 : 0, at, old.id);
      return;
    }
    const dnK = dnKey(entry.dn);
    const parent = parentKey(entry.dn);
    let id: number;
    if (old === undefined) {
      const result = this.#insert.run(
        source,
        entry.guid,
        entry.dn,
        dnK,
        parent,
        usn,
        when,
        complete ? 1 : 0,
        json,
        at,
      );
      id = Number(result.lastInsertRowid);
    } else {
      id = old.id;
      this.#update.run(
        entry.dn,
        dnK,
        parent,
        usn ?? old.usn_changed,
        when ?? old.when_changed,
        complete ? 1 : 0,
        json,
        at,
        id,
      );
      this.#deleteText.run(id);
    }
    const text = searchTextOf(merged ? fromStored(entry.dn, entry.guid, stored) : entry);
    this.#insertText.run(id, text.names, text.addresses, text.upn, text.alias);
  }

  /** Forgets deleted objects (GUIDs in text form), in one transaction; how many were cached. */
  removeMany(source: string, guids: Iterable<string>): number {
    const key = sourceKey(source);
    let removed = 0;
    inTransaction(this.#db, () => {
      for (const guid of guids) {
        const row = this.#byGuid.get(key, guid.toLowerCase()) as Row | undefined;
        if (row === undefined) continue;
        this.#deleteText.run(row.id);
        this.#deleteRow.run(row.id);
        removed += 1;
      }
    });
    return removed;
  }

  /** The GUIDs of every cached object at or below `baseDn`, without reading their JSON. */
  subtreeGuids(source: string, baseDn: string): string[] {
    const base = dnKey(baseDn);
    const rows = this.#db
      .prepare(
        `SELECT guid FROM entry_cache WHERE source = ?1
           AND (?2 = '' OR dn_key = ?2 OR substr(dn_key, -length(?2) - 1) = ',' || ?2)`,
      )
      .all(sourceKey(source), base) as { guid: string }[];
    return rows.map((r) => r.guid);
  }

  /** DNs of the cached objects at or below `baseDn` that hold cached children (its containers). */
  containersUnder(source: string, baseDn: string): string[] {
    const base = dnKey(baseDn);
    const rows = this.#db
      .prepare(
        `SELECT c.dn FROM entry_cache c WHERE c.source = ?1
           AND (?2 = '' OR c.dn_key = ?2 OR substr(c.dn_key, -length(?2) - 1) = ',' || ?2)
           AND EXISTS (SELECT 1 FROM entry_cache k WHERE k.source = ?1 AND k.parent_key = c.dn_key)`,
      )
      .all(sourceKey(source), base) as { dn: string }[];
    return rows.map((r) => r.dn);
  }

  /** Forgets a deleted object. */
  remove(source: string, guid: string): void {
    const row = this.#byGuid.get(sourceKey(source), guid) as Row | undefined;
    if (row === undefined) return;
    inTransaction(this.#db, () => {
      this.#deleteText.run(row.id);
      this.#deleteRow.run(row.id);
    });
  }

  /** Forgets everything of one directory (a sample reset, a profile removed). */
  clear(source: string): void {
    const key = sourceKey(source);
    inTransaction(this.#db, () => {
      this.#db
        .prepare('DELETE FROM entry_search WHERE rowid IN (SELECT id FROM entry_cache WHERE source = ?)')
        .run(key);
      this.#db.prepare('DELETE FROM entry_cache WHERE source = ?').run(key);
      this.#db.prepare('DELETE FROM cache_facts WHERE source = ?').run(key);
    });
  }

  /** One object by DN or GUID (text form), or undefined when it was never read. */
  get(source: string, dnOrGuid: string): CachedEntry | undefined {
    const key = sourceKey(source);
    const guid = /^<GUID=([0-9a-f-]{36})>$/i.exec(dnOrGuid)?.[1] ?? dnOrGuid;
    const row = (
      GUID_TEXT.test(guid) ? this.#byGuid.get(key, guid.toLowerCase()) : this.#byDn.get(key, dnKey(dnOrGuid))
    ) as Row | undefined;
    return row === undefined ? undefined : toCached(row);
  }

  /** Every cached object directly under `dn`, in the order they were first cached. */
  children(source: string, dn: string): CachedEntry[] {
    return (this.#children.all(sourceKey(source), dnKey(dn)) as unknown as Row[]).map(toCached);
  }

  /**
   * The same as children(), `size` at a time: only one batch is ever in memory, so the list of an
   * OU of 100,000 costs what a page costs. Each batch starts after the last id handed out, so a
   * put between batches neither repeats nor skips a child that was cached before the walk began.
   */
  *childBatches(source: string, dn: string, size: number): Generator<CachedEntry[]> {
    const key = sourceKey(source);
    const parent = dnKey(dn);
    let after = 0;
    for (;;) {
      const rows = this.#childrenAfter.all(key, parent, after, size) as unknown as Row[];
      if (rows.length === 0) return;
      yield rows.map(toCached);
      if (rows.length < size) return;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  hasChildren(source: string, dn: string): boolean {
    return this.childCount(source, dn) > 0;
  }

  /** How many children of `dn` are cached: what a list of it held when it was last read. */
  childCount(source: string, dn: string): number {
    const row = this.#childCount.get(sourceKey(source), dnKey(dn)) as { n: number };
    return row.n;
  }

  /** Every cached object at or below `baseDn` (an offline custom-filter search walks these). */
  subtree(source: string, baseDn: string): CachedEntry[] {
    const base = dnKey(baseDn);
    const rows = this.#db
      .prepare(
        `SELECT * FROM entry_cache WHERE source = ?1
           AND (?2 = '' OR dn_key = ?2 OR substr(dn_key, -length(?2) - 1) = ',' || ?2) ORDER BY id`,
      )
      .all(sourceKey(source), base) as unknown as Row[];
    return rows.map(toCached);
  }

  /**
   * Full-text search: objects at or below `baseDn` with an indexed name, address, UPN or alias
   * starting with each typed word, best matches first; at most `limit` (+1, to tell "more").
   */
  search(source: string, text: string, options: { baseDn?: string; limit: number }): CachedEntry[] {
    const query = ftsQuery(text);
    if (query === null) return [];
    const base = dnKey(options.baseDn ?? '');
    const rows = this.#db
      .prepare(
        `SELECT c.* FROM entry_search s JOIN entry_cache c ON c.id = s.rowid
          WHERE entry_search MATCH ?1 AND c.source = ?2
            AND (?3 = '' OR c.dn_key = ?3 OR substr(c.dn_key, -length(?3) - 1) = ',' || ?3)
          ORDER BY s.rank LIMIT ?4`,
      )
      .all(query, sourceKey(source), base, options.limit + 1) as unknown as Row[];
    return rows.map(toCached);
  }

  /**
   * Entries whose indexed text holds every word of `value` in sequence (an FTS5 phrase, no
   * prefixes): the few candidates an exact check of an address, UPN, alias or logon name needs,
   * instead of reading the whole copy. At most `limit`, the closest first (an entry whose text is
   * only the value ranks above one where the value is part of a longer address).
   */
  phrase(source: string, value: string, limit: number): CachedEntry[] {
    const query = ftsPhrase(value);
    if (query === null) return [];
    const rows = this.#db
      .prepare(
        `SELECT c.* FROM entry_search s JOIN entry_cache c ON c.id = s.rowid
          WHERE entry_search MATCH ?1 AND c.source = ?2 ORDER BY s.rank LIMIT ?3`,
      )
      .all(query, sourceKey(source), limit) as unknown as Row[];
    return rows.map(toCached);
  }

  count(source: string): number {
    const row = this.#db
      .prepare('SELECT COUNT(*) AS n FROM entry_cache WHERE source = ?')
      .get(sourceKey(source)) as { n: number };
    return row.n;
  }

  /** When the most recent read of this directory was kept, or null when nothing is cached. */
  lastCachedAt(source: string): string | null {
    const row = this.#db
      .prepare('SELECT MAX(cached_at) AS at FROM entry_cache WHERE source = ?')
      .get(sourceKey(source)) as { at: string | null };
    return row.at;
  }

  /** Facts about the directory beside its entries: rootDSE, schema definitions, allowed attributes. */
  setFact(source: string, key: string, value: unknown): void {
    this.#db
      .prepare(
        `INSERT INTO cache_facts (source, key, json, cached_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (source, key) DO UPDATE SET json = excluded.json, cached_at = excluded.cached_at`,
      )
      .run(sourceKey(source), key, JSON.stringify(value), this.#now().toISOString());
  }

  fact<T>(source: string, key: string): T | undefined {
    const row = this.#db
      .prepare('SELECT json FROM cache_facts WHERE source = ? AND key = ?')
      .get(sourceKey(source), key) as { json: string } | undefined;
    return row === undefined ? undefined : (JSON.parse(row.json) as T);
  }
}

const GUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A directory is named by its domain DN; "DC=Corp,DC=com" and "dc=corp,dc=com" are one. */
export function sourceKey(domainDn: string): string {
  return dnKey(domainDn);
}

function toCached(row: Row): CachedEntry {
  return {
    entry: fromStored(row.dn, row.guid, JSON.parse(row.json) as StoredEntry),
    usnChanged: row.usn_changed,
    whenChanged: row.when_changed,
    cachedAt: row.cached_at,
    complete: row.complete === 1,
  };
}

function isPartial(shape: ReadShape): shape is readonly string[] {
  return Array.isArray(shape);
}
