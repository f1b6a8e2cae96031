import type { Entry } from '../directory/entry.ts';
import type { StoredEntry } from './stored-entry.ts';

/**
 * How a fresh read joins what the cache already holds of an entry: a partial read replaces only
 * what it asked for, a whole read everything but the constructed attributes it did not ask for,
 * and a ranged slice of a big list is never kept as if it were the list.
 */

/** A `member;range=0-1499` slice is never a value list of its own: only the whole list is kept. */
export function withoutRanges(entry: Entry): Entry {
  if (![...entry.attrs.keys()].some((k) => k.includes(';'))) return entry;
  const attrs = new Map([...entry.attrs].filter(([k]) => !k.includes(';')));
  return { ...entry, attrs };
}

/** A whole read over a cached entry: everything replaced but the constructed `keep` not asked for. */
export function keepStored(old: StoredEntry, fresh: StoredEntry, keep: readonly string[]): StoredEntry {
  const kept = new Set(keep.map((n) => n.toLowerCase()));
  const a: Record<string, string[]> = { ...fresh.a };
  const b = [...fresh.b];
  for (const [name, list] of Object.entries(old.a)) {
    if (!kept.has(name.toLowerCase()) || Object.hasOwn(a, name)) continue;
    a[name] = list;
    if (old.b.includes(name)) b.push(name);
  }
  return { a, b };
}

/** A partial read over a cached entry: the attributes it asked for are replaced, the rest kept. */
export function mergeStored(old: StoredEntry, fresh: StoredEntry, asked: readonly string[]): StoredEntry {
  const replaced = new Set(
    [...asked, ...Object.keys(fresh.a)]
      .filter((n) => n !== '*' && !n.includes(';'))
      .map((n) => n.toLowerCase()),
  );
  const a: Record<string, string[]> = {};
  const b: string[] = [];
  for (const [name, list] of Object.entries(old.a)) {
    if (replaced.has(name.toLowerCase())) continue;
    a[name] = list;
    if (old.b.includes(name)) b.push(name);
  }
  for (const [name, list] of Object.entries(fresh.a)) {
    a[name] = list;
    if (fresh.b.includes(name)) b.push(name);
  }
  return { a, b };
}
