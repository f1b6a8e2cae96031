import { filter } from '../directory/escape.ts';

/**
 * The searches of an offline copy, as text filters built with the escaping helpers: one definition
 * that the fill and refresh send through ldapts and the benches hand to ldapsearch, so both sides
 * of a benchmark read exactly the same thing.
 */

/**
 * What a fill reads of every object: all its stored attributes ('*'), which is what the tree, the
 * list, Find and the property sheets answer from offline. uSNChanged and whenChanged are named so
 * the cache can say how fresh each copy is, whatever the server's '*' covers.
 */
export const FILL_ATTRIBUTES = ['*', 'uSNChanged', 'whenChanged', 'objectGUID'] as const;

/**
 * Constructed attributes a sheet read asks for by name and a fill does not (the DC computes them
 * per entry: rights for 20,000 users would cost more than the rest together): kept as cached.
 */
export const NOT_FILLED = [
  'allowedAttributesEffective',
  'allowedChildClassesEffective',
  'canonicalName',
  'msDS-User-Account-Control-Computed',
  'msDS-Approx-Immed-Subordinates',
] as const;

export const EVERY_OBJECT = '(objectClass=*)';

/**
 * `ways` filters that split a subtree between parallel searches: by name, which every object has
 * (`!(name>=x)` and `name>=x` are exact complements), at letters that cut people's names roughly
 * evenly. One way is the plain every-object filter.
 */
export function namePartitions(ways: 1 | 2 | 3): string[] {
  const cuts = { 1: [], 2: ['m'], 3: ['h', 'p'] }[ways];
  const parts: string[] = [];
  let below: string | null = null;
  for (const cut of [...cuts, null]) {
    const upper = cut === null ? '' : filter`(!(name>=${cut}))`;
    const lower = below === null ? '' : filter`(name>=${below})`;
    const both = lower + upper;
    parts.push(both === '' ? EVERY_OBJECT : lower !== '' && upper !== '' ? `(&${both})` : both);
    below = cut;
  }
  return parts;
}

/** Objects changed after `usn` (the highestCommittedUSN read before the last fill or refresh). */
export function changedSince(usn: bigint): string {
  return filter`(uSNChanged>=${(usn + 1n).toString()})`;
}

// Beyond this many containers the filter says "any tombstone since", and the refresh reads a few more.
const MAX_PARENTS = 200;

/**
 * Tombstones of objects deleted after `usn` whose last parent was one of `parents` (the containers
 * the copy holds), so deletions elsewhere in the domain are not read.
 */
export function deletedSince(usn: bigint, parents: readonly string[]): string {
  const since = changedSince(usn);
  if (parents.length === 0 || parents.length > MAX_PARENTS) return `(&(isDeleted=TRUE)${since})`;
  const where = parents.map((dn) => filter`(lastKnownParent=${dn})`).join('');
  return `(&(isDeleted=TRUE)${since}(|${where}))`;
}

// LDAP_SERVER_SHOW_DELETED_OID: searches return tombstones (deleted objects) as well.
export const SHOW_DELETED_OID = '1.2.840.113556.1.4.417';

/** Where AD and Samba keep a domain's tombstones. */
export function deletedObjectsDn(domainDn: string): string {
  return `CN=Deleted Objects,${domainDn}`;
}
