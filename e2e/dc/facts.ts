// How tests find the test domain controller: up.sh writes <private dir>/facts.json and the
// integration setup puts its path in RD_DC_FACTS.

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { SeedCase } from './seed/case-builder.ts';
import type { SeedSummary } from './seed/seed-ldif.ts';

export interface DcAccount {
  upn: string;
  dn: string;
  sam: string;
  password: string;
}

/** A seeded case a readiness checker must flag ('flag') or leave alone ('ok'); see seed/case-builder.ts. */
export type DcSeedCase = SeedCase;

export interface DcFacts {
  host: '127.0.0.1';
  ldapPort: number;
  ldapsPort: number;
  realm: string;
  netbios: string;
  domainDn: string;
  dnsHostName: string;
  /** PEM file of the private test CA that signed the DC's certificate. */
  caFile: string;
  configurationDn: string;
  schemaDn: string;
  tenant: 'contoso';
  admin: DcAccount;
  accounts: {
    helpdesk: DcAccount;
    locked: DcAccount;
    disabled: DcAccount;
    expired: DcAccount;
    mustChange: DcAccount;
  };
  /** What seed-ldif.ts reports about the organisation it seeded. */
  seed: SeedSummary;
  /** Hash of the fixture sources and SEED_USERS: changes whenever the DC is reprovisioned. */
  fixtureVersion: string;
}

export function defaultDcHome(): string {
  return (
    process.env.RD_DC_HOME ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'recipientdesk', 'dc')
  );
}

export function defaultFactsPath(): string {
  return process.env.RD_DC_FACTS ?? join(defaultDcHome(), 'live', 'facts.json');
}

export function loadDcFacts(): DcFacts {
  const path = defaultFactsPath();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `No test DC facts at ${path}: run "npm run dc:up" (or the integration tests' global setup) first.`,
    );
  }
  return JSON.parse(text) as DcFacts;
}
