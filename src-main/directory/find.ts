import { AndFilter, EqualityFilter, NotFilter, OrFilter } from 'ldapts';
import { SubstringFilter as Substring } from 'ldapts';
import type { Filter, SubstringFilter } from 'ldapts';
import { AppError } from '../../src-preload/contract/errors.ts';
import { parseFilter } from './filter-parser.ts';
import { strings } from './entry.ts';
import type { Entry } from './entry.ts';
import { fold, matchesFolded, prefixVariants } from './fold.ts';
import { ROW_ATTRIBUTES, sortRows, toRow } from './rows.ts';
import type { DirectoryRow } from './rows.ts';
import { searchAll } from './search.ts';
import type { SearchContext } from './search.ts';

export type FindKind = 'all' | 'users' | 'groups' | 'contacts';

export interface FindQuery {
  /** Ambiguous name resolution text (what ADUC's Find box does), matched by the DC over its ANR attributes. */
  text?: string;
  /** A custom RFC 4515 filter; validated before anything is sent. */
  filter?: string;
  kinds?: FindKind;
  /** The selected OU; the whole domain when absent. */
  baseDn?: string;
  limit?: number;
  /** Extra columns to read for each row (the column chooser's attributes). */
  attributes?: readonly string[];
}

const eq = (attribute: string, value: string): EqualityFilter => new EqualityFilter({ attribute, value });

const USERS = new AndFilter({ filters: [eq('objectCategory', 'person'), eq('objectClass', 'user')] });
const GROUPS = eq('objectClass', 'group');
const CONTACTS = eq('objectClass', 'contact');

function kindFilter(kinds: FindKind): Filter {
  switch (kinds) {
    case 'users':
      return USERS;
    case 'groups':
      return GROUPS;
    case 'contacts':
      return CONTACTS;
    default:
      return new OrFilter({ filters: [USERS, GROUPS, CONTACTS] });
  }
}

/**
 * Builds the filter object. The ANR text travels as a raw value in a filter object, so `*`, `(`,
 * `\`, NUL or "Zoë" in it are data, never filter syntax (no string filter is ever assembled).
 */
export function findFilter(query: FindQuery, isBinary: (attribute: string) => boolean = () => false): Filter {
  const text = (query.text ?? '').trim();
  const custom = (query.filter ?? '').trim();
  if (text === '' && custom === '')
    throw new AppError('INVALID_INPUT', 'Type a name to find, or an LDAP filter.');
  // Samba reads the ANR value as a C string: "x\0y" would silently search for "x".
  if (text.includes('\0'))
    throw new AppError('INVALID_INPUT', 'The text to find contains a NUL character; remove it.', { text });
  const parts: Filter[] = [];
  if (custom !== '') parts.push(refuseNulInText(parseFilter(custom), isBinary));
  // A custom filter says itself what it looks for; a name search is scoped to the kinds asked.
  if (custom === '' || (query.kinds ?? 'all') !== 'all') parts.push(kindFilter(query.kinds ?? 'all'));
  if (text !== '') parts.push(eq('anr', text));
  return parts.length === 1 ? (parts[0] as Filter) : new AndFilter({ filters: parts });
}

/**
 * DCs compare text values as C strings: Samba cuts `(cn=Kim\00x)` at the NUL and answers for
 * "Kim". Only binary attributes (objectGUID…) may carry \00.
 */
function refuseNulInText(filter: Filter, isBinary: (attribute: string) => boolean): Filter {
  const visit = (f: Filter): void => {
    if (f instanceof AndFilter || f instanceof OrFilter) f.filters.forEach(visit);
    else if (f instanceof NotFilter) visit(f.filter);
    else {
      const { attribute, value, initial, any, final } = f as unknown as Partial<
        EqualityFilter & SubstringFilter
      >;
      const texts = [value, initial, final, ...(any ?? [])].filter((v): v is string => typeof v === 'string');
      if (attribute !== undefined && !isBinary(attribute) && texts.some((t) => t.includes('\0'))) {
        throw new AppError(
          'INVALID_FILTER',
          `The value for ${attribute} contains \\00 (NUL): domain controllers cut text values there, so the filter would not mean what it says.`,
          { attribute },
        );
      }
    }
  };
  visit(filter);
  return filter;
}

/** Name attributes ANR looks at that a person's name is typed from. */
const NAME_ATTRIBUTES = ['displayName', 'givenName', 'sn', 'cn', 'sAMAccountName', 'mail'];
/** Letters of the typed prefix the broad search is anchored on: 2 keeps it at ~40 prefixes. */
const PREFIX_LETTERS = 2;
/** The broad search reads at most this many candidates before folding. */
const CANDIDATE_LIMIT = 20_000;

/**
 * The server-side half of a diacritic-free match: objects (of the kinds asked) with a name
 * attribute that starts with any accented form of the first typed word's first letters. Null when
 * the text gives nothing to anchor on (the exact ANR search is then all there is).
 */
export function foldedCandidatesFilter(query: FindQuery): { filter: Filter; words: string[] } | null {
  const text = (query.text ?? '').trim();
  if (text === '' || (query.filter ?? '').trim() !== '') return null;
  const words = fold(text)
    .split(/\s+/)
    .filter((w) => w !== '');
  const prefix = (words[0] ?? '').slice(0, PREFIX_LETTERS);
  if (!/^[a-z]+$/.test(prefix)) return null;
  const starts = NAME_ATTRIBUTES.flatMap((attribute) =>
    prefixVariants(prefix).map((initial) => new Substring({ attribute, initial })),
  );
  const filter = new AndFilter({
    filters: [kindFilter(query.kinds ?? 'all'), new OrFilter({ filters: starts })],
  });
  return { filter, words };
}

export async function find(
  ctx: SearchContext,
  query: FindQuery,
  domainDn: string,
  isBinary: (attribute: string) => boolean = () => false,
  onEntries?: (entries: Entry[], asked: readonly string[]) => void,
): Promise<{ rows: DirectoryRow[]; truncated: boolean }> {
  const limit = query.limit ?? 2000;
  const attributes = [...ROW_ATTRIBUTES, ...NAME_ATTRIBUTES, ...(query.attributes ?? [])];
  const base = query.baseDn ?? domainDn;
  const entries = await searchAll(ctx, {
    base,
    scope: 'sub',
    filter: findFilter(query, isBinary),
    attributes,
    limit,
  });
  const folded = foldedCandidatesFilter(query);
  if (folded !== null && entries.length <= limit) {
    const seen = new Set(entries.map((e) => e.guid));
    const candidates = await searchAll(ctx, {
      base,
      scope: 'sub',
      filter: folded.filter,
      attributes,
      limit: CANDIDATE_LIMIT,
    });
    for (const entry of candidates) {
      if (seen.has(entry.guid) || !matchesFolded(folded.words, nameValues(entry))) continue;
      seen.add(entry.guid);
      entries.push(entry);
    }
  }
  onEntries?.(entries, attributes);
  const truncated = entries.length > limit;
  const kept = truncated ? entries.slice(0, limit) : entries;
  return { rows: sortRows(kept.map((entry) => toRow(entry, query.attributes))), truncated };
}

function nameValues(entry: Entry): string[] {
  return NAME_ATTRIBUTES.flatMap((attribute) => strings(entry, attribute));
}
