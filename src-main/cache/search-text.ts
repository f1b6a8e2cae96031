import { strings, type Entry } from '../directory/entry.ts';

/** What Find matches offline, per column of the full-text index (the contract's ANR, roughly). */
export interface SearchText {
  names: string;
  addresses: string;
  upn: string;
  alias: string;
}

const NAME_ATTRIBUTES = ['name', 'cn', 'displayName', 'givenName', 'sn', 'sAMAccountName', 'ou'];
const ADDRESS_ATTRIBUTES = ['mail', 'proxyAddresses', 'targetAddress'];

/** The indexed text of an entry; address prefixes (smtp:, X500:) are dropped, the address kept. */
export function searchTextOf(entry: Entry): SearchText {
  const join = (names: readonly string[], map: (v: string) => string = (v) => v) =>
    [...new Set(names.flatMap((n) => strings(entry, n)).map(map))].join(' ');
  return {
    names: join(NAME_ATTRIBUTES),
    addresses: join(ADDRESS_ATTRIBUTES, (v) => v.replace(/^[A-Za-z0-9]{1,9}:/, '')),
    upn: join(['userPrincipalName']),
    alias: join(['mailNickname']),
  };
}

/**
 * The FTS5 query for what the admin typed: every word must be the start of some indexed token
 * ("pat lee", "j.smith@", "contoso.com"). Each token is quoted, so FTS5's operators (AND, NEAR,
 * *, ^, column filters) in the text are data, never syntax. Null when nothing is left to match.
 */
export function ftsQuery(text: string): string | null {
  // The tokenizer splits at everything that is not a letter or digit: do the same to the query.
  const tokens = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' AND ');
}

/**
 * The FTS5 phrase of a whole value ("j.smith@contoso.com" → "j smith contoso com"): its tokens in
 * this order and complete, the way an exact value is indexed. Null when nothing is left to match.
 */
export function ftsPhrase(value: string): string | null {
  const tokens = value
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
  // Tokens hold only letters and digits, so the quotes around them are the only syntax.
  return tokens.length === 0 ? null : `"${tokens.join(' ')}"`;
}
