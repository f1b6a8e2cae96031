import type { Filter } from 'ldapts';
import { AppError } from '../../src-preload/contract/errors.ts';
import type { TreeNode } from '../directory/browse.ts';
import { first, strings, type Entry } from '../directory/entry.ts';
import { parseFilter } from '../directory/filter-parser.ts';
import type { FindQuery } from '../directory/find.ts';
import type { DirectoryReader } from '../directory/reader.ts';
import { effectiveRights, type EffectiveRights } from '../directory/rights.ts';
import type { RootDse } from '../directory/rootdse.ts';
import { kindOf, sortRows, toRow, type DirectoryRow } from '../directory/rows.ts';
import type { DirectorySchema } from '../directory/schema.ts';
import type { SearchSpec } from '../directory/search.ts';
import type { EntryCache, CachedEntry } from './entry-cache.ts';
import { matchesFilter } from './filter-match.ts';
import { allowedKey } from './cache-keeper.ts';

export interface CachedDirectoryOptions {
  cache: EntryCache;
  rootDse: RootDse;
  schema: DirectorySchema;
  readOnly: boolean;
  /** The error for an object that was never read into the cache. */
  missing(dnOrGuid: string): AppError;
  /**
   * The sample directory: no DC computed rights for it, so the admin may write every attribute
   * the schema lets anyone write (not systemOnly) and create the usual objects in containers.
   */
  grantAll?: boolean;
}

const TREE_KINDS: Record<string, TreeNode['kind']> = {
  domaindns: 'domain',
  builtindomain: 'builtin',
  organizationalunit: 'ou',
  container: 'container',
  lostandfound: 'container',
};
// Children read from SQLite at a time for the tree, which keeps only the containers among them.
const BATCH_SIZE = 500;
// Candidates per value for an exact holder check: far more than any real directory's near misses.
const CANDIDATES = 5000;
const CHILD_CLASSES = ['user', 'group', 'contact', 'organizationalUnit', 'inetOrgPerson', 'container'];

/**
 * The directory as the entry cache holds it: answers the same reads as a live session (tree,
 * list pages, Find, property sheets) from SQLite, so the handlers and the renderer work alike
 * offline and with the bundled sample. Each answer can say when its entry was read (cachedAt).
 */
export class CachedDirectory implements DirectoryReader {
  readonly rootDse: RootDse;
  readonly schema: DirectorySchema;
  readonly readOnly: boolean;
  readonly #options: CachedDirectoryOptions;
  readonly #source: string;
  readonly #readAt = new WeakMap<Entry, string>();

  constructor(options: CachedDirectoryOptions) {
    this.#options = options;
    this.rootDse = options.rootDse;
    this.schema = options.schema;
    this.readOnly = options.readOnly;
    this.#source = options.rootDse.defaultNamingContext;
  }

  get #cache(): EntryCache {
    return this.#options.cache;
  }

  async children(dn: string): Promise<TreeNode[]> {
    const nodes: TreeNode[] = [];
    // In batches: an OU of 100,000 people holds few containers, and only those are kept.
    for (const batch of this.#cache.childBatches(this.#source, dn, BATCH_SIZE))
      for (const { entry } of batch) {
        const kind = treeKind(entry);
        if (kind === undefined || advanced(entry)) continue;
        const approx = first(entry, 'msDS-Approx-Immed-Subordinates');
        nodes.push({
          dn: entry.dn,
          name: first(entry, 'name') ?? entry.dn,
          kind,
          hasChildren: this.#cache.hasChildren(this.#source, entry.dn) || Number(approx ?? 0) > 0,
        });
      }
    return nodes.sort((a, b) => a.name.localeCompare(b.name));
  }

  async *pages(spec: SearchSpec): AsyncGenerator<Entry[]> {
    const size = spec.pageSize ?? 250;
    // One beyond the limit, as a live search hands out, so the load can say "more not shown".
    let left = spec.limit === undefined ? Infinity : spec.limit + 1;
    // Read from SQLite a page at a time, as the DC hands out pages online: holding every child of
    // a big OU at once (entries, then rows, then JSON frames) took 600 MB for 100,000 people.
    let page: Entry[] = [];
    let handed = 0;
    batches: for (const batch of this.#cache.childBatches(this.#source, spec.base, size))
      for (const entry of this.#known(batch)) {
        if (advanced(entry)) continue;
        if (left <= 0) break batches;
        page.push(entry);
        left -= 1;
        if (page.length === size) {
          handed += page.length;
          yield page;
          page = [];
        }
      }
    if (page.length > 0) yield page;
    else if (handed === 0 && this.#cache.get(this.#source, spec.base) === undefined)
      throw this.#options.missing(spec.base);
  }

  /** Every cached entry under `baseDn` (itself included) that matches `filter`: the offline readiness scan. */
  subtree(baseDn: string, filter: Filter): Entry[] {
    const anr = (entry: Entry, typed: string) =>
      this.#cache.search(this.#source, typed, { baseDn: entry.dn, limit: 1 }).length > 0;
    return this.#known(this.#cache.subtree(this.#source, baseDn)).filter((entry) =>
      matchesFilter(filter, entry, anr),
    );
  }

  /**
   * The cached entries that hold one of `values` exactly as `filter` asks (the preflight's
   * uniqueness check, offline): candidates from the full-text index, then the filter itself. The
   * entry at `dn`, when given, is found by its DN.
   */
  holders(filter: Filter, values: readonly string[], limit: number, dn?: string): Entry[] {
    const candidates = new Map<string, CachedEntry>();
    const atDn = dn === undefined ? undefined : this.#cache.get(this.#source, dn);
    for (const value of new Set(values.map((v) => v.toLowerCase())))
      // Many near misses can share the words ("j.smith@contoso.com.example"): read well past
      // `limit` candidates, as the exact check below keeps only real holders.
      for (const found of this.#cache.phrase(this.#source, value, CANDIDATES))
        candidates.set(found.entry.guid.toLowerCase(), found);
    const anr = () => false;
    const matching = this.#known([...candidates.values()]).filter((entry) =>
      matchesFilter(filter, entry, anr),
    );
    if (atDn !== undefined && !matching.some((e) => e.guid.toLowerCase() === atDn.entry.guid.toLowerCase()))
      matching.push(...this.#known([atDn]));
    return matching.slice(0, limit);
  }

  async read(dnOrGuid: string): Promise<Entry> {
    const found = this.#cache.get(this.#source, dnOrGuid);
    if (found === undefined) throw this.#options.missing(dnOrGuid);
    const entry = this.#options.grantAll ? this.#withRights(found.entry) : found.entry;
    this.#readAt.set(entry, found.cachedAt);
    return entry;
  }

  async find(query: FindQuery): Promise<{ rows: DirectoryRow[]; truncated: boolean }> {
    const limit = query.limit ?? 2000;
    const text = (query.text ?? '').trim();
    const custom = (query.filter ?? '').trim();
    if (text === '' && custom === '')
      throw new AppError('INVALID_INPUT', 'Type a name to find, or an LDAP filter.');
    const filter = custom === '' ? null : parseFilter(custom);
    const base = query.baseDn ?? this.#source;
    const candidates =
      text === ''
        ? this.#cache.subtree(this.#source, base)
        : this.#cache.search(this.#source, text, { baseDn: base, limit: filter ? 100_000 : limit * 4 + 100 });
    const anr = (entry: Entry, typed: string) =>
      this.#cache.search(this.#source, typed, { baseDn: entry.dn, limit: 1 }).length > 0;
    const kinds = query.kinds ?? 'all';
    // As online: a custom filter says itself what it looks for; a name search is scoped to the kinds.
    const restrict = filter === null || kinds !== 'all';
    const matched = this.#known(candidates).filter(
      (entry) =>
        (!restrict || isRecipientKind(entry, kinds)) &&
        (filter === null || matchesFilter(filter, entry, anr)),
    );
    const truncated = matched.length > limit;
    const kept = truncated ? matched.slice(0, limit) : matched;
    return { rows: sortRows(kept.map((entry) => toRow(entry, query.attributes))), truncated };
  }

  async allowedAttributes(entry: Entry): Promise<string[]> {
    const known = this.#cache.fact<string[]>(this.#source, allowedKey(entry.objectClass));
    // Never opened online: the attributes it holds are at least allowed.
    return known ?? [...entry.attrs.keys()];
  }

  effectiveRights(entry: Entry): EffectiveRights {
    return effectiveRights(entry, { readOnly: this.readOnly });
  }

  cachedAt(entry: Entry): string | null {
    return this.#readAt.get(entry) ?? null;
  }

  #known(found: readonly CachedEntry[]): Entry[] {
    return found.map((c) => {
      this.#readAt.set(c.entry, c.cachedAt);
      return c.entry;
    });
  }

  /** The sample's rights: every attribute of its classes anyone may write, the usual child classes. */
  #withRights(entry: Entry): Entry {
    const allowed = this.#cache.fact<string[]>(this.#source, allowedKey(entry.objectClass)) ?? [];
    const writable = allowed.filter((name) => {
      const definition = this.schema.attribute(name);
      return definition !== undefined && !definition.systemOnly;
    });
    const attrs = new Map(entry.attrs);
    attrs.set('allowedAttributesEffective', writable);
    if (treeKind(entry) !== undefined) attrs.set('allowedChildClassesEffective', CHILD_CLASSES);
    return { ...entry, attrs };
  }
}

function treeKind(entry: Entry): TreeNode['kind'] | undefined {
  const classes = entry.objectClass.map((c) => c.toLowerCase());
  for (const name of ['domaindns', 'builtindomain', 'organizationalunit', 'container', 'lostandfound'])
    if (classes.includes(name)) return TREE_KINDS[name];
  return undefined;
}

/** ADUC without "Advanced Features" hides these, online and offline alike. */
function advanced(entry: Entry): boolean {
  return strings(entry, 'showInAdvancedViewOnly')[0]?.toUpperCase() === 'TRUE';
}

/** Find's kinds as the online search scopes them: people (not computers), groups, contacts. */
function isRecipientKind(entry: Entry, kinds: NonNullable<FindQuery['kinds']>): boolean {
  const kind = kindOf(entry.objectClass);
  if (kinds === 'users') return kind === 'user';
  if (kinds === 'groups') return kind === 'group';
  if (kinds === 'contacts') return kind === 'contact';
  return kind === 'user' || kind === 'group' || kind === 'contact';
}
