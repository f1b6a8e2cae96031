import { Control } from 'ldapts';
import { first, type Entry } from '../directory/entry.ts';
import { completeRangedAttributes } from '../directory/range.ts';
import type { RootDse } from '../directory/rootdse.ts';
import { searchEach, type SearchContext, type SearchSpec } from '../directory/search.ts';
import { dnKey } from './dn-key.ts';
import { sameDn } from '../../src-preload/shared/dn.ts';
import type { EntryCache } from './entry-cache.ts';
import {
  changedSince,
  deletedObjectsDn,
  deletedSince,
  EVERY_OBJECT,
  FILL_ATTRIBUTES,
  namePartitions,
  NOT_FILLED,
  SHOW_DELETED_OID,
} from './offline-search.ts';

/** A subtree kept offline in full, and the USN its copy is current to. */
export interface OfflineCopy {
  dn: string;
  /** USNs belong to one DC: a refresh through another one reads the subtree whole again. */
  server: string;
  /** The DC's highestCommittedUSN read before the last fill or refresh began (64-bit, as text). */
  usn: string;
  /** Objects the copy held after its last fill or refresh. */
  count: number;
  filledAt: string;
  refreshedAt: string | null;
}

export interface OfflineResult {
  kind: 'fill' | 'refresh';
  /** Entries read from the DC (changed objects, tombstones or swept GUIDs included). */
  read: number;
  /** Entries written to the cache. */
  updated: number;
  /** Cached objects dropped because the DC no longer has them. */
  deleted: number;
  /** Objects moved out of the copy's subtree since, now kept under their new DN. */
  moved: number;
  seconds: number;
  /** How deletions were found: tombstones (show-deleted control), or a sweep of the subtree's GUIDs. */
  deletions: 'tombstones' | 'sweep' | 'none';
  /** Stopped by its signal: the copy's USN did not move, so nothing is reported as current. */
  cancelled: boolean;
}

export interface OfflineRun {
  signal?: AbortSignal;
  /** After every page: entries read so far, and the total when a previous copy tells it. */
  onProgress?(read: number, total: number | null): void;
}

/** What a fill needs from a live session (a DirectorySession gives it). */
export interface OfflineSource {
  readonly rootDse: RootDse;
  readonly context: SearchContext;
  each(spec: SearchSpec, onPage: (entries: Entry[]) => void | Promise<void>): Promise<number>;
  search(spec: SearchSpec): Promise<Entry[]>;
  /** Another connection for a parallel share of a fill; without it a fill reads on one. */
  extraReader?(): Promise<{ context: SearchContext; close(): Promise<void> }>;
}

type EachPage = (spec: SearchSpec, onPage: (entries: Entry[]) => void | Promise<void>) => Promise<number>;

const COPIES_FACT = 'offlineCopies';
const FILL_SHAPE = { keep: NOT_FILLED };
// Samba spends time per entry of a page before answering; 1,000 is what the read benches use.
const PAGE_SIZE = 1000;
// Two searches at once keep the DC busy while this side writes a page (~15% faster on the test
// DC); a third added little there, and each is one more connection an admin's DC serves.
const FILL_WAYS = 2;

class Cancelled extends Error {}

/** The session wraps what a page callback throws in its own error: the signal says it was a cancel. */
function wasCancelled(error: unknown, run: OfflineRun): boolean {
  return error instanceof Cancelled || run.signal?.aborted === true;
}

/**
 * "Make available offline": a subtree read whole into the entry cache (one transaction per page),
 * and later refreshed by reading only what changed since (uSNChanged above the USN seen before the
 * last read) plus the tombstones of what was deleted. Plain Node: the handler owns the events.
 */
export class OfflineCopies {
  readonly #cache: EntryCache;
  readonly #now: () => Date;
  readonly #pageSize: number;

  /** `pageSize`: entries per page (tests make it small to cancel between pages). */
  constructor(cache: EntryCache, options: { now?: () => Date; pageSize?: number } = {}) {
    this.#cache = cache;
    this.#now = options.now ?? (() => new Date());
    this.#pageSize = options.pageSize ?? PAGE_SIZE;
  }

  /** The subtrees of this directory kept offline. */
  list(domainDn: string): OfflineCopy[] {
    return this.#cache.fact<OfflineCopy[]>(domainDn, COPIES_FACT) ?? [];
  }

  copyOf(domainDn: string, dn: string): OfflineCopy | undefined {
    const key = dnKey(dn);
    return this.list(domainDn).find((c) => dnKey(c.dn) === key);
  }

  /** Reads `dn` and everything under it into the cache; forgets cached objects it no longer holds. */
  async fill(source: OfflineSource, dn: string, run: OfflineRun = {}): Promise<OfflineResult> {
    const started = performance.now();
    const domain = source.rootDse.defaultNamingContext;
    // The extra connection's TLS handshake and bind overlap the USN read.
    const opening = openExtras(source);
    const usn = await currentUsn(source).catch(async (error: unknown) => {
      await closeAll(opening);
      throw error;
    });
    const total = this.copyOf(domain, dn)?.count ?? null;
    const seen = new Set<string>();
    const result = emptyResult('fill');
    try {
      await this.#readParallel(source, dn, opening, run, (page) => {
        for (const entry of page) seen.add(entry.guid.toLowerCase());
        result.read += page.length;
        result.updated += page.length;
        run.onProgress?.(result.read, total);
      });
    } catch (error) {
      if (wasCancelled(error, run)) return this.#done(result, started, true);
      throw error;
    }
    const gone = this.#cache.subtreeGuids(domain, dn).filter((guid) => !seen.has(guid));
    result.deleted = this.#cache.removeMany(domain, gone);
    result.deletions = 'sweep';
    this.#remember(domain, { dn, server: serverOf(source), usn: usn.toString(), count: seen.size }, 'fill');
    return this.#done(result, started, false);
  }

  /** Reads only what changed under `dn` since its copy; a full fill when there is no copy from this DC. */
  async refresh(source: OfflineSource, dn: string, run: OfflineRun = {}): Promise<OfflineResult> {
    const domain = source.rootDse.defaultNamingContext;
    const copy = this.copyOf(domain, dn);
    if (copy === undefined || copy.server !== serverOf(source)) return this.fill(source, dn, run);
    const started = performance.now();
    const since = BigInt(copy.usn);
    const usn = await currentUsn(source);
    const result = emptyResult('refresh');
    const inside = new Set<string>();
    try {
      await this.#read(source, { base: dn, filter: changedSince(since) }, run, (page) => {
        result.read += page.length;
        result.updated += page.length;
        for (const entry of page) inside.add(entry.guid.toLowerCase());
        run.onProgress?.(result.read, null);
      });
      if (!sameDn(dn, domain)) await this.#followMovedOut(source, dn, since, inside, run, result);
      await this.#dropDeleted(source, dn, since, run, result);
    } catch (error) {
      if (wasCancelled(error, run)) return this.#done(result, started, true);
      throw error;
    }
    const count = this.#cache.subtreeGuids(domain, dn).length;
    this.#remember(domain, { ...copy, usn: usn.toString(), count }, 'refresh');
    return this.#done(result, started, false);
  }

  /**
   * Objects moved out of `dn` since the copy: a move changes uSNChanged, but the subtree's search
   * no longer finds them, so the copy would keep them at their old place. The GUIDs of what changed
   * anywhere in the domain are read (the GUID only); each one the copy holds that the subtree did
   * not return is read again whole, which files it under its new DN, outside this copy.
   */
  async #followMovedOut(
    source: OfflineSource,
    dn: string,
    since: bigint,
    inside: ReadonlySet<string>,
    run: OfflineRun,
    result: OfflineResult,
  ): Promise<void> {
    const domain = source.rootDse.defaultNamingContext;
    const held = new Set(this.#cache.subtreeGuids(domain, dn));
    const moved: string[] = [];
    await source.each(
      {
        base: domain,
        scope: 'sub',
        filter: changedSince(since),
        attributes: ['objectGUID'],
        pageSize: this.#pageSize,
      },
      (page) => {
        if (run.signal?.aborted) throw new Cancelled();
        result.read += page.length;
        for (const entry of page) {
          const guid = entry.guid.toLowerCase();
          if (held.has(guid) && !inside.has(guid)) moved.push(guid);
        }
      },
    );
    for (const guid of moved) {
      const [entry] = await source.search({
        base: `<GUID=${guid}>`,
        scope: 'base',
        attributes: FILL_ATTRIBUTES,
      });
      result.read += 1;
      if (entry === undefined) continue;
      this.#cache.put(domain, [entry], FILL_SHAPE);
      result.updated += 1;
      result.moved += 1;
    }
  }

  /**
   * Deletions since `since`: tombstones in the Deleted Objects container whose last parent is one
   * of the copy's containers; where the DC will not show them, a sweep of the subtree's GUIDs.
   */
  async #dropDeleted(
    source: OfflineSource,
    dn: string,
    since: bigint,
    run: OfflineRun,
    result: OfflineResult,
  ): Promise<void> {
    const domain = source.rootDse.defaultNamingContext;
    if (source.rootDse.supportedControl.includes(SHOW_DELETED_OID)) {
      const parents = [dn, ...this.#cache.containersUnder(domain, dn)];
      const spec: SearchSpec = {
        base: deletedObjectsDn(domain),
        scope: 'one',
        filter: deletedSince(since, [...new Set(parents)]),
        attributes: ['objectGUID'],
        pageSize: this.#pageSize,
        controls: [new Control(SHOW_DELETED_OID)],
      };
      const gone: string[] = [];
      await source.each(spec, (page) => {
        if (run.signal?.aborted) throw new Cancelled();
        result.read += page.length;
        for (const entry of page) gone.push(entry.guid);
      });
      result.deleted = this.#cache.removeMany(domain, gone);
      result.deletions = 'tombstones';
      return;
    }
    const seen = new Set<string>();
    await source.each(
      { base: dn, scope: 'sub', filter: EVERY_OBJECT, attributes: ['objectGUID'], pageSize: this.#pageSize },
      (page) => {
        if (run.signal?.aborted) throw new Cancelled();
        result.read += page.length;
        for (const entry of page) seen.add(entry.guid.toLowerCase());
      },
    );
    result.deleted = this.#cache.removeMany(
      domain,
      this.#cache.subtreeGuids(domain, dn).filter((guid) => !seen.has(guid)),
    );
    result.deletions = 'sweep';
  }

  /**
   * The whole subtree split by name between FILL_WAYS connections (the session's and extra ones),
   * each writing its pages as they come; the first failure stops the others. The session's share
   * starts at once: an extra connection's TLS handshake and bind (about 27 ms on the test DC, a
   * twentieth of a fill of its 1,950 objects) would otherwise hold back every share.
   */
  async #readParallel(
    source: OfflineSource,
    base: string,
    opening: Promise<Opened>,
    run: OfflineRun,
    onPage: (page: Entry[]) => void,
  ): Promise<void> {
    if (source.extraReader === undefined) {
      await this.#read(source, { base, filter: EVERY_OBJECT }, run, onPage);
      return;
    }
    const stop = new AbortController();
    const linked = { signal: AbortSignal.any([stop.signal, ...(run.signal ? [run.signal] : [])]) };
    let firstError: unknown;
    const share = (filter: string, each?: EachPage): Promise<void> =>
      this.#read(source, { base, filter }, linked, onPage, each).catch((error: unknown) => {
        // The first to fail is the cause: the others only stop because of it.
        if (!stop.signal.aborted) firstError = error;
        stop.abort();
      });
    const [own = EVERY_OBJECT, ...others] = namePartitions(FILL_WAYS);
    const shares = [share(own)];
    let extras: Extra[] = [];
    try {
      const opened = await opening;
      extras = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      if (extras.length < opened.length) {
        // The DC would not take another connection: the session reads the other shares as well.
        await Promise.all(extras.map((e) => e.close()));
        extras = [];
        shares.push(...others.map((filter) => share(filter)));
      } else {
        shares.push(
          ...others.map((filter, i) => {
            const extra = extras[i]!;
            return share(filter, (spec, page) => searchEach(extra.context, spec, page));
          }),
        );
      }
      await Promise.all(shares);
      if (firstError !== undefined) throw firstError;
    } finally {
      await Promise.all(extras.map((e) => e.close()));
    }
  }

  /** Pages of FILL_ATTRIBUTES into the cache, one transaction each; stops at a page once cancelled. */
  async #read(
    source: OfflineSource,
    spec: { base: string; filter: string },
    run: OfflineRun,
    onPage: (page: Entry[]) => void,
    each: EachPage = (s, page) => source.each(s, page),
  ): Promise<void> {
    const domain = source.rootDse.defaultNamingContext;
    if (run.signal?.aborted) throw new Cancelled();
    await each(
      { ...spec, scope: 'sub', attributes: FILL_ATTRIBUTES, pageSize: this.#pageSize },
      async (page) => {
        if (run.signal?.aborted) throw new Cancelled();
        // Real AD hands out a big member list in slices even for '*': the cache keeps only whole lists.
        for (const entry of page)
          if ([...entry.attrs.keys()].some((k) => k.includes(';range=')))
            await completeRangedAttributes(source.context, entry);
        this.#cache.put(domain, page, FILL_SHAPE);
        onPage(page);
      },
    );
  }

  #remember(
    domain: string,
    copy: Omit<OfflineCopy, 'filledAt' | 'refreshedAt'>,
    kind: 'fill' | 'refresh',
  ): void {
    const at = this.#now().toISOString();
    const old = this.copyOf(domain, copy.dn);
    const next: OfflineCopy = {
      ...copy,
      filledAt: kind === 'fill' || old === undefined ? at : old.filledAt,
      refreshedAt: kind === 'refresh' ? at : null,
    };
    const key = dnKey(copy.dn);
    const others = this.list(domain).filter((c) => dnKey(c.dn) !== key);
    this.#cache.setFact(domain, COPIES_FACT, [...others, next]);
  }

  #done(result: OfflineResult, started: number, cancelled: boolean): OfflineResult {
    return { ...result, cancelled, seconds: (performance.now() - started) / 1000 };
  }
}

type Extra = { context: SearchContext; close(): Promise<void> };
type Opened = PromiseSettledResult<Extra>[];

/** The extra connections of a parallel fill (none when the source cannot open any). */
function openExtras(source: OfflineSource): Promise<Opened> {
  const open = source.extraReader?.bind(source);
  if (open === undefined) return Promise.resolve([]);
  return Promise.allSettled(Array.from({ length: FILL_WAYS - 1 }, () => open()));
}

async function closeAll(opening: Promise<Opened>): Promise<void> {
  for (const o of await opening) if (o.status === 'fulfilled') await o.value.close();
}

function emptyResult(kind: OfflineResult['kind']): OfflineResult {
  return { kind, read: 0, updated: 0, deleted: 0, moved: 0, seconds: 0, deletions: 'none', cancelled: false };
}

/** Read before a fill or refresh: everything changed after it is newer than what the read returns. */
async function currentUsn(source: OfflineSource): Promise<bigint> {
  const [root] = await source.search({ base: '', scope: 'base', attributes: ['highestCommittedUSN'] });
  return BigInt((root && first(root, 'highestCommittedUSN')) || '0');
}

function serverOf(source: OfflineSource): string {
  return source.rootDse.dnsHostName.toLowerCase();
}
