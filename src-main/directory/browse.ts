import { EqualityFilter, NotFilter, OrFilter, AndFilter, PresenceFilter } from 'ldapts';
import { AppError } from '../../src-preload/contract/errors.ts';
import { first } from './entry.ts';
import type { Entry } from './entry.ts';
import { guidToString, guidToBytes, isGuidString } from './guid.ts';
import { completeRangedAttributes, DEFAULT_RANGE_SIZE, rangedName } from './range.ts';
import { ROW_ATTRIBUTES, sortRows, toRow } from './rows.ts';
import type { DirectoryRow, RowSortKey } from './rows.ts';
import { searchAll, searchOne } from './search.ts';
import type { SearchContext, SearchSpec } from './search.ts';

export interface TreeNode {
  dn: string;
  name: string;
  kind: 'domain' | 'ou' | 'container' | 'builtin';
  /** A hint from msDS-Approx-Immed-Subordinates when the server computes it; true when unknown. */
  hasChildren: boolean;
}

const TREE_CLASSES = ['organizationalUnit', 'container', 'builtinDomain', 'domainDNS', 'lostAndFound'];

// ADUC without "Advanced Features" hides system objects flagged for the advanced view.
const NOT_ADVANCED = new NotFilter({
  filter: new EqualityFilter({ attribute: 'showInAdvancedViewOnly', value: 'TRUE' }),
});

function treeKind(objectClass: readonly string[]): TreeNode['kind'] {
  const classes = new Set(objectClass.map((c) => c.toLowerCase()));
  if (classes.has('domaindns')) return 'domain';
  if (classes.has('builtindomain')) return 'builtin';
  if (classes.has('organizationalunit')) return 'ou';
  return 'container';
}

/** Containers under `dn` for the tree (OUs, containers, Builtin; never users or groups). */
export async function children(
  ctx: SearchContext,
  dn: string,
  onEntries?: (entries: Entry[], asked: readonly string[]) => void,
): Promise<TreeNode[]> {
  const attributes = ['name', 'msDS-Approx-Immed-Subordinates'];
  const entries = await searchAll(ctx, {
    base: dn,
    scope: 'one',
    filter: new AndFilter({
      filters: [
        new OrFilter({
          filters: TREE_CLASSES.map((value) => new EqualityFilter({ attribute: 'objectClass', value })),
        }),
        NOT_ADVANCED,
      ],
    }),
    attributes,
  });
  onEntries?.(entries, attributes);
  const nodes = entries.map((entry): TreeNode => {
    const approx = first(entry, 'msDS-Approx-Immed-Subordinates');
    return {
      dn: entry.dn,
      name: first(entry, 'name') ?? entry.dn,
      kind: treeKind(entry.objectClass),
      hasChildren: approx === undefined ? true : Number(approx) > 0,
    };
  });
  return nodes.sort((a, b) => a.name.localeCompare(b.name));
}

export interface ListOptions {
  sort?: RowSortKey;
  descending?: boolean;
  /** At most this many rows (default 100,000); `truncated` says when there were more. */
  limit?: number;
}

/**
 * Entries per page of a list load. Small on purpose: Samba's paged-results module spends time per
 * entry of the page before it answers (1,000 entries: ~250 ms, 250: ~90 ms on the test DC), and
 * the list shows each page as it comes, so small pages put the first rows on screen sooner for a
 * few percent more total time.
 */
export const LIST_PAGE_SIZE = 250;

/**
 * The search behind the list pane: every object one level under `dn`, with the row's attributes
 * and the extra columns asked for, paged (searches use the paged-results control).
 */
export function listSpec(dn: string, extraColumns: readonly string[] = [], limit = 100_000): SearchSpec {
  return {
    base: dn,
    scope: 'one',
    filter: new AndFilter({ filters: [new PresenceFilter({ attribute: 'objectClass' }), NOT_ADVANCED] }),
    attributes: [...ROW_ATTRIBUTES, ...extraColumns],
    pageSize: LIST_PAGE_SIZE,
    limit,
  };
}

/** The list pane at once (tests and tools; the app streams it page by page, see list-loads.ts). */
export async function list(
  ctx: SearchContext,
  dn: string,
  options: ListOptions = {},
): Promise<{ rows: DirectoryRow[]; truncated: boolean }> {
  const limit = options.limit ?? 100_000;
  const entries = await searchAll(ctx, listSpec(dn, [], limit));
  const truncated = entries.length > limit;
  const rows = (truncated ? entries.slice(0, limit) : entries).map((entry) => toRow(entry));
  return { rows: sortRows(rows, options.sort, options.descending), truncated };
}

/** What the details pane shows: every user attribute plus the rights the DC computes for us. */
export const READ_EXTRA_ATTRIBUTES = [
  'allowedAttributesEffective',
  'allowedChildClassesEffective',
  'uSNChanged',
  'whenChanged',
  'whenCreated',
  'objectGUID',
  // Constructed: asked for by name. The Object and Account tabs show them.
  'canonicalName',
  'uSNCreated',
  'msDS-User-Account-Control-Computed',
];

/**
 * One object by DN or GUID, complete: big multi-valued attributes are fetched with range
 * retrieval. A GUID is looked up through `<GUID=…>` so it keeps working after a move.
 */
export async function read(
  ctx: SearchContext,
  dnOrGuid: string,
  rangeSize = DEFAULT_RANGE_SIZE,
): Promise<Entry> {
  const base = isGuidString(dnOrGuid) ? `<GUID=${guidToString(guidToBytes(dnOrGuid))}>` : dnOrGuid;
  const entry = await searchOne(ctx, base, [
    '*',
    ...READ_EXTRA_ATTRIBUTES,
    rangedName('member', 0, rangeSize),
  ]);
  if (entry === undefined) {
    throw new AppError(
      'NOT_FOUND',
      `The object ${dnOrGuid} does not exist (it may have been moved or deleted).`,
      { dn: dnOrGuid },
    );
  }
  const rangedMember = [...entry.attrs.keys()].some((key) => key.toLowerCase().startsWith('member;range='));
  // A server that also sent the full `member` (Samba does, for '*') makes the slice redundant.
  if (rangedMember && entry.attrs.has('member')) {
    for (const key of [...entry.attrs.keys()])
      if (key.toLowerCase().startsWith('member;range=')) entry.attrs.delete(key);
  }
  return completeRangedAttributes(ctx, entry, rangeSize);
}
