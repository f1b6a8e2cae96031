import { rdnValue, splitDn } from '../../src-preload/shared/dn.ts';

/**
 * A DN as AD compares it, for lookups in the cache: attribute types and values without case,
 * escapes resolved, spaces around separators ignored ("OU=Sales, dc=Corp" and "ou=sales,DC=corp"
 * are one key). The same rule as sameDn, as a string SQLite can index.
 */
export function dnKey(dn: string): string {
  if (dn.trim() === '') return '';
  return splitDn(dn)
    .map((part) => {
      const at = part.indexOf('=');
      return `${part.slice(0, at).trim()}=${rdnValue(part)}`.toLowerCase();
    })
    .join(',');
}

/** The key of the container holding `dn` ('' for a one-RDN DN). */
export function parentKey(dn: string): string {
  return dnKey(splitDn(dn).slice(1).join(','));
}
