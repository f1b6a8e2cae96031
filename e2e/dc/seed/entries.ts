// Building blocks shared by the seed modules: an entry to add, OUs, and a user skeleton.

import { cnDn } from '../dn.ts';
import type { LdifAttributes } from '../ldif.ts';

export interface SeedEntry {
  dn: string;
  attrs: LdifAttributes;
}

export const USER_CLASSES = ['top', 'person', 'organizationalPerson', 'user'];
export const COMPANY = 'Contoso Ltd';
/** Enabled, no password required: setting a password costs ~20 ms a user on the DC (see README). */
export const UAC_ENABLED_NO_PASSWORD = '544';
/** Disabled account, as Exchange leaves shared/room/equipment mailbox users. */
export const UAC_DISABLED_NO_PASSWORD = '546';

export function ouEntry(name: string, parentDn: string, description: string): SeedEntry {
  return {
    dn: `OU=${name},${parentDn}`,
    attrs: { objectClass: ['top', 'organizationalUnit'], ou: name, description },
  };
}

export interface PersonName {
  cn: string;
  given?: string;
  sn?: string;
  displayName?: string;
  sam: string;
}

export function userEntry(name: PersonName, parentDn: string, upn: string, extra: LdifAttributes): SeedEntry {
  return {
    dn: cnDn(name.cn, parentDn),
    attrs: {
      objectClass: USER_CLASSES,
      cn: name.cn,
      givenName: name.given,
      sn: name.sn,
      displayName: name.displayName ?? name.cn,
      sAMAccountName: name.sam,
      userPrincipalName: upn,
      userAccountControl: UAC_ENABLED_NO_PASSWORD,
      company: COMPANY,
      ...extra,
    },
  };
}

/** sAMAccountName: at most 20 characters, unique (a counter suffix on collision). */
export function uniqueSam(base: string, taken: Set<string>): string {
  // Samba (like Windows) refuses a sAMAccountName that ends with '.'.
  const clean =
    base
      .replace(/[^A-Za-z0-9._-]/g, '')
      .slice(0, 20)
      .replace(/\.+$/, '') || 'user';
  let candidate = clean;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    candidate = `${clean.slice(0, 20 - String(n).length).replace(/\.+$/, '')}${n}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
