import { rdnValue, splitDn } from '../../src-preload/shared/dn.ts';

/**
 * A DN as AD compares it, for lookups in the cache: attribute types and values without case,
 * escapes resolved, spaces around separators ignored ("OU=Sales, dc=Corp" and "ou=sales,DC=corp"
 * are one key). The same rule as sameDn, as a string SQLite can index.
 */
export function dnKey(dn: string): string {
  if (dn.trim() === '') return '';
  // Most DNs carry no escape: plain splitting is exact for them, and this runs for every entry of
  // every list page the cache keeps (the general path costs ~50 µs a DN).
  if (!dn.includes('\\')) return plainParts(dn).join(',');
  return splitDn(dn)
    .map((part) => {
      const at = part.indexOf('=');
      return `${part.slice(0, at).trim()}=${rdnValue(part)}`.toLowerCase();
    })
    .join(',');
}

/** The key of the container holding `dn` ('' for a one-RDN DN). */
export function parentKey(dn: string): string {
  if (!dn.includes('\\')) return plainParts(dn).slice(1).join(',');
  return dnKey(splitDn(dn).slice(1).join(','));
}

function plainParts(dn: string): string[] {
  return dn.split(',').map((part) => {
    const at = part.indexOf('=');
    return `${part.slice(0, at).trim()}=${part.slice(at + 1).trim()}`.toLowerCase();
  });
}
