import type { ReadObserver } from '../directory/reader.ts';
import type { EntryCache } from './entry-cache.ts';

/** The cache fact naming the attributes objects of these classes may hold. */
export function allowedKey(objectClass: readonly string[]): string {
  return `allowed:${objectClass.map((c) => c.toLowerCase()).join(',')}`;
}

/** Keeps everything a live session of `domainDn` reads: entries, and what each class allows. */
export function cacheKeeper(cache: EntryCache, domainDn: string): ReadObserver {
  return {
    entries: (entries, shape) => cache.put(domainDn, entries, shape),
    allowed: (objectClass, names) => cache.setFact(domainDn, allowedKey(objectClass), names),
  };
}
