import { firstRdnValue, sameDn } from './dn-name.ts';

// List gestures for DN-valued attributes. DNs are compared case-insensitively as AD does, so adding
// a DN the attribute already holds (in any case) is a no-op instead of an attributeOrValueExists error.

export function hasDn(list: readonly string[], dn: string): boolean {
  return list.some((v) => sameDn(v, dn));
}

export function addDn(list: readonly string[], dn: string): string[] {
  return hasDn(list, dn) ? [...list] : [...list, dn];
}

export function removeDn(list: readonly string[], dn: string): string[] {
  return list.filter((v) => !sameDn(v, dn));
}

/** Sorted by display name, then filtered by a case-insensitive substring of the name or the DN. */
export function sortAndFilterDns(list: readonly string[], text: string): string[] {
  const needle = text.trim().toLowerCase();
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return list
    .filter(
      (dn) =>
        needle === '' ||
        dn.toLowerCase().includes(needle) ||
        firstRdnValue(dn).toLowerCase().includes(needle),
    )
    .sort((a, b) => collator.compare(firstRdnValue(a), firstRdnValue(b)));
}
