import type { Client, Control, Filter, Entry as RawEntry, SearchOptions, SearchResult } from 'ldapts';
import { toEntry } from './entry.ts';
import type { Entry } from './entry.ts';
import { parseFilter } from './filter-parser.ts';
import { mapOperationError } from './ldap-errors.ts';
import { withFastIncludes } from './name-lookup.ts';

export const DEFAULT_PAGE_SIZE = 1000;

/** What a search needs from the session: the client, and which attributes are binary. */
export interface SearchContext {
  client: Client;
  server: string;
  /** Canonical names (as the server spells them) of the binary attributes among `requested`. */
  binaryAttributes(requested: readonly string[]): string[];
}

export interface SearchSpec {
  base: string;
  scope?: 'base' | 'one' | 'sub';
  /** A filter object, or text that is validated by parseFilter first. Default: every object. */
  filter?: Filter | string;
  attributes?: readonly string[];
  pageSize?: number;
  /** Stop after this many entries (the rest is not fetched). */
  limit?: number;
  controls?: Control[];
}

function ldaptsOptions(ctx: SearchContext, spec: SearchSpec): SearchOptions {
  const attributes = [...(spec.attributes ?? ['*'])];
  // Every Entry carries its GUID and classes, whatever the caller asked for.
  if (!attributes.includes('*')) {
    for (const name of ['objectGUID', 'objectClass'])
      if (!attributes.some((a) => a.toLowerCase() === name.toLowerCase())) attributes.push(name);
  }
  const pageSize = Math.min(
    spec.pageSize ?? DEFAULT_PAGE_SIZE,
    spec.limit !== undefined ? spec.limit + 1 : Infinity,
  );
  return {
    scope: spec.scope ?? 'sub',
    filter: typeof spec.filter === 'string' ? parseFilter(spec.filter) : spec.filter,
    attributes,
    explicitBufferAttributes: withFastIncludes(ctx.binaryAttributes(attributes)),
    paged: { pageSize: Math.max(1, pageSize) },
  };
}

/**
 * Paged search, one page at a time. The request for page n+1 is sent before page n is handed
 * out, so the server prepares the next page while the caller (and our Entry mapping) works.
 */
export async function* searchPages(ctx: SearchContext, spec: SearchSpec): AsyncGenerator<Entry[]> {
  const pages = ctx.client.searchPaginated(spec.base, ldaptsOptions(ctx, spec), spec.controls);
  let pending = pages.next();
  pending.catch(() => undefined); // awaited below; this only prevents an "unhandled" report meanwhile
  let delivered = 0;
  try {
    while (true) {
      let page: IteratorResult<SearchResult>;
      try {
        page = await pending;
      } catch (error) {
        throw mapOperationError(error, { server: ctx.server, dn: spec.base });
      }
      if (page.done === true) return;
      const full = spec.limit === undefined || delivered + page.value.searchEntries.length <= spec.limit;
      if (full) {
        pending = pages.next();
        pending.catch(() => undefined);
      }
      const raw = full
        ? page.value.searchEntries
        : page.value.searchEntries.slice(0, (spec.limit ?? 0) - delivered + 1);
      const entries = new Array<Entry>(raw.length);
      for (let i = 0; i < raw.length; i++) entries[i] = toEntry(raw[i] as RawEntry);
      delivered += entries.length;
      yield entries;
      if (!full) return;
    }
  } finally {
    await pages.return(undefined).catch(() => undefined);
  }
}

/** Calls onPage for every page (big reads that should not hold everything in memory). */
export async function searchEach(
  ctx: SearchContext,
  spec: SearchSpec,
  onPage: (entries: Entry[]) => void | Promise<void>,
): Promise<number> {
  let count = 0;
  for await (const page of searchPages(ctx, spec)) {
    count += page.length;
    await onPage(page);
  }
  return count;
}

/** All entries. With `limit`, at most limit+1 come back, so callers can tell "truncated". */
export async function searchAll(ctx: SearchContext, spec: SearchSpec): Promise<Entry[]> {
  const all: Entry[] = [];
  for await (const page of searchPages(ctx, spec)) for (const entry of page) all.push(entry);
  return all;
}

/** One object by DN (or `<GUID=…>`), or undefined when it does not exist. */
export async function searchOne(
  ctx: SearchContext,
  base: string,
  attributes: readonly string[],
): Promise<Entry | undefined> {
  const options = ldaptsOptions(ctx, { base, scope: 'base', attributes });
  delete options.paged;
  try {
    const result = await ctx.client.search(base, options);
    const raw = result.searchEntries[0];
    return raw === undefined ? undefined : toEntry(raw);
  } catch (error) {
    const mapped = mapOperationError(error, { server: ctx.server, dn: base });
    if (mapped.code === 'LDAP_NO_SUCH_OBJECT') return undefined;
    throw mapped;
  }
}
