// The builder the readiness case modules share: it creates the objects and records each case.

import { uniqueSam, userEntry, type SeedEntry } from './entries.ts';
import { MAIL_DOMAIN, recipientStamp } from './recipient-stamps.ts';
import type { LdifAttributes } from '../ldif.ts';

export interface SeedCase {
  id: string;
  /** 'flag': a readiness checker must report it; 'ok': valid, it must not. */
  expect: 'flag' | 'ok';
  /** The attribute the finding is about. */
  attribute: string;
  description: string;
  dns: string[];
}

export interface CaseBuilder {
  entries: SeedEntry[];
  cases: SeedCase[];
  /** A remote-mailbox user in OU=<ou> under Corp (or in `ou` itself when it is a DN). */
  user(cn: string, ou: string, alias: string, extra: LdifAttributes, given?: string, sn?: string): SeedEntry;
  add(c: Omit<SeedCase, 'dns'>, ...objects: SeedEntry[]): void;
  takenSams: Set<string>;
  corpDn: string;
}

export function createCaseBuilder(corpDn: string, takenSams: Set<string>): CaseBuilder {
  const entries: SeedEntry[] = [];
  const cases: SeedCase[] = [];
  return {
    entries,
    cases,
    takenSams,
    corpDn,
    user(cn, ou, alias, extra, given, sn) {
      const parent = ou.startsWith('OU=') ? ou : `OU=${ou},${corpDn}`;
      const e = userEntry(
        { cn, given, sn, sam: uniqueSam(alias, takenSams) },
        parent,
        `${alias}@${MAIL_DOMAIN}`,
        {
          ...recipientStamp('remoteUserMailbox', { alias }),
          ...extra,
        },
      );
      entries.push(e);
      return e;
    },
    add(c, ...objects) {
      cases.push({ ...c, dns: objects.map((o) => o.dn) });
    },
  };
}

export const address = (alias: string): string => `${alias}@${MAIL_DOMAIN}`;
