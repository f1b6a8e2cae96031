import type { AttributeValue, Entry } from '../directory/entry.ts';

/**
 * An entry as the cache stores it: JSON with binary values (objectGUID, thumbnailPhoto…) as base64
 * and their attribute names listed, so they come back as bytes exactly as a search returns them.
 */
export interface StoredEntry {
  /** Attribute → values, in the server's spelling. */
  a: Record<string, string[]>;
  /** Attributes whose values are base64 of bytes. */
  b: string[];
}

export function toStored(entry: Entry): StoredEntry {
  const a: Record<string, string[]> = {};
  const b: string[] = [];
  for (const [name, list] of entry.attrs) {
    if (list.some((v) => Buffer.isBuffer(v))) {
      a[name] = list.map((v) => (Buffer.isBuffer(v) ? v : Buffer.from(v, 'utf8')).toString('base64'));
      b.push(name);
    } else {
      a[name] = list as string[];
    }
  }
  return { a, b };
}

export function fromStored(dn: string, guid: string, stored: StoredEntry): Entry {
  const binary = new Set(stored.b);
  const attrs = new Map<string, AttributeValue[]>();
  for (const [name, list] of Object.entries(stored.a)) {
    attrs.set(name, binary.has(name) ? list.map((v) => Buffer.from(v, 'base64')) : list);
  }
  const objectClass = (attrs.get('objectClass') as string[] | undefined) ?? [];
  return { dn, guid, objectClass, attrs };
}
