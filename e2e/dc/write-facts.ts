// Writes facts.json from up.sh's settings (environment) and the seed summary.
// CLI: node write-facts.ts <facts.json>   (env: DC_LIVE, DC_REALM, DC_NETBIOS, DC_BASE_DN, ...)

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DcFacts } from './facts.ts';
import type { SeedSummary } from './seed/seed-ldif.ts';
import { specialAccounts } from './seed/special-accounts.ts';
import { TENANT } from './seed/recipient-stamps.ts';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`write-facts.ts: environment variable ${name} is not set (run through up.sh)`);
  return value;
}

const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: write-facts.ts <facts.json>');
const live = env('DC_LIVE');
const realm = env('DC_REALM');
const domainDn = env('DC_BASE_DN');
const summary = JSON.parse(readFileSync(join(live, 'fixture', 'seed-summary.json'), 'utf8')) as SeedSummary;
if (TENANT !== 'contoso') throw new Error(`facts expect tenant contoso, seed uses ${TENANT}`);

const facts: DcFacts = {
  host: '127.0.0.1',
  ldapPort: Number(env('DC_LDAP_PORT')),
  ldapsPort: Number(env('DC_LDAPS_PORT')),
  realm,
  netbios: env('DC_NETBIOS'),
  domainDn,
  dnsHostName: env('DC_DNS_HOST'),
  caFile: join(live, 'tls', 'ca.pem'),
  configurationDn: `CN=Configuration,${domainDn}`,
  schemaDn: `CN=Schema,CN=Configuration,${domainDn}`,
  tenant: TENANT,
  admin: {
    upn: `Administrator@${realm.toLowerCase()}`,
    dn: `CN=Administrator,CN=Users,${domainDn}`,
    sam: 'Administrator',
    password: env('DC_ADMIN_PASSWORD'),
  },
  accounts: specialAccounts(domainDn, realm.toLowerCase()),
  seed: summary,
  fixtureVersion: env('DC_FIXTURE_VERSION'),
};
writeFileSync(out, JSON.stringify(facts, null, 2) + '\n');
