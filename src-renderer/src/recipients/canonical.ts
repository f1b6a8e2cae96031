import { rdnValue, splitDn } from '../../../src-preload/shared/dn.ts';

/** "contoso.com/Corp/Staff" for OU=Staff,OU=Corp,DC=contoso,DC=com: where a new object goes, readably. */
export function canonicalOf(dn: string): string {
  const parts = splitDn(dn);
  const domain = parts
    .filter((p) => /^DC=/i.test(p))
    .map(rdnValue)
    .join('.');
  const path = parts
    .filter((p) => !/^DC=/i.test(p))
    .map(rdnValue)
    .reverse();
  return [domain, ...path].filter((p) => p !== '').join('/');
}
