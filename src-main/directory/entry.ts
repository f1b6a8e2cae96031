import type { Entry as LdaptsEntry } from 'ldapts';
import { guidToString } from './guid.ts';

export type AttributeValue = string | Buffer;

/**
 * The directory model: values are always arrays, binary attributes are Buffers. Attribute names
 * are kept as the server spells them (its lDAPDisplayName, e.g. `proxyAddresses`); use
 * `values()` for a case-insensitive lookup.
 */
export interface Entry {
  dn: string;
  /** objectGUID in its usual text form, "" when the server did not return it. */
  guid: string;
  objectClass: string[];
  attrs: Map<string, AttributeValue[]>;
}

/**
 * Converts ldapts' collapsed object (a single value is not an array) into an Entry. Runs once per
 * entry of every search, so it stays a plain loop without intermediate copies.
 */
export function toEntry(raw: LdaptsEntry): Entry {
  const attrs = new Map<string, AttributeValue[]>();
  let guid = '';
  let objectClass: string[] = [];
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key === 'dn') continue;
    const value = raw[key] as AttributeValue | AttributeValue[];
    let list: AttributeValue[];
    if (Array.isArray(value)) {
      // ldapts adds [] for attributes that were asked for but are absent: absent means absent.
      if (value.length === 0) continue;
      list = value;
    } else {
      list = [value];
    }
    attrs.set(key, list);
    if (key === 'objectGUID') {
      if (Buffer.isBuffer(list[0])) guid = guidToString(list[0]);
    } else if (key === 'objectClass' && typeof list[0] === 'string') {
      objectClass = list as string[];
    }
  }
  const entry: Entry = { dn: raw.dn, guid, objectClass, attrs };
  // Servers answer with the schema's spelling; this only runs if one did not.
  if (guid === '') {
    const bytes = values(entry, 'objectGUID')[0];
    if (Buffer.isBuffer(bytes)) entry.guid = guidToString(bytes);
  }
  if (objectClass.length === 0) entry.objectClass = strings(entry, 'objectClass');
  return entry;
}

/** Values of an attribute, matched case-insensitively; [] when absent. */
export function values(entry: Entry, name: string): AttributeValue[] {
  const exact = entry.attrs.get(name);
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const [key, list] of entry.attrs) if (key.toLowerCase() === lower) return list;
  return [];
}

/** Text values (Buffers decoded as UTF-8). */
export function strings(entry: Entry, name: string): string[] {
  return values(entry, name).map((v) => (typeof v === 'string' ? v : v.toString('utf8')));
}

export function first(entry: Entry, name: string): string | undefined {
  return strings(entry, name)[0];
}

export function firstBuffer(entry: Entry, name: string): Buffer | undefined {
  const value = values(entry, name)[0];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}
