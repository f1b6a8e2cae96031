import type { AttributeValue } from './entry.ts';

// How the session's values and names are handed to ldapts: kept apart from the session itself,
// and shared with the tests' own writer so both send a rename the same way.

/**
 * ldapts takes one "new DN" string and splits it at the first comma not after a backslash into
 * newrdn and newSuperior. An RDN ending in an escaped backslash (`CN=a\\`) would be split in the
 * wrong place, so its backslashes go as the equivalent hex escape `\5C`, which that split reads
 * correctly and the server treats as the same value.
 */
export function ldaptsNewDn(newRdn: string, newSuperior?: string): string {
  const safeRdn = newRdn.replace(/\\\\/g, '\\5C');
  return newSuperior === undefined ? safeRdn : `${safeRdn},${newSuperior}`;
}

export function asLdapValues(values: AttributeValue[]): string[] | Buffer[] {
  if (values.every((v) => typeof v === 'string')) return values as string[];
  return values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v));
}
