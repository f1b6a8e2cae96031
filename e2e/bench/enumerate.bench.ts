// Enumerates every user of the bulk OU with 11 attributes, through the directory layer and
// through OpenLDAP's ldapsearch on the same DC, alternating, and prints the medians:
//   BENCH enumerate ours=<s> ref=<s> ratio=<ours/ref>
// Run after `SEED_USERS=20000 npm run dc:up`:  node e2e/bench/enumerate.bench.ts
// Env: BENCH_ROUNDS (default 5). Both sides: LDAPS, simple bind as the admin, paged 1,000.
// "ours" times the enumeration on a bound session; "ref" times the whole ldapsearch process
// (its connect and bind included, a few ms), so the ratio slightly favours neither side.

import { readFileSync } from 'node:fs';
import { loadDcFacts } from '../dc/facts.ts';
import { DirectorySession } from '../../src-main/directory/session.ts';
import { alternate, ldapsearchRead } from './ldapsearch-ref.ts';

const ATTRIBUTES = [
  'objectGUID',
  'objectClass',
  'cn',
  'sAMAccountName',
  'userPrincipalName',
  'displayName',
  'givenName',
  'sn',
  'mail',
  'proxyAddresses',
  'msExchRecipientTypeDetails',
];
const FILTER = '(&(objectCategory=person)(objectClass=user))';

const facts = loadDcFacts();
const base = facts.seed.bulkOuDn ?? facts.domainDn;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const session = await DirectorySession.connect(
  {
    host: facts.host,
    port: facts.ldapsPort,
    security: 'ldaps',
    bindIdentity: facts.admin.upn,
    caPem: readFileSync(facts.caFile, 'utf8'),
  },
  facts.admin.password,
);

async function ours(): Promise<{ seconds: number; count: number }> {
  const start = performance.now();
  const count = await session.each(
    { base, scope: 'sub', filter: FILTER, attributes: ATTRIBUTES, pageSize: 1000 },
    () => undefined,
  );
  return { seconds: (performance.now() - start) / 1000, count };
}

const ref = () => ldapsearchRead(facts, base, FILTER, ATTRIBUTES);

const { ours: o, ref: r } = await alternate(ours, ref, rounds);
console.log(`BENCH enumerate ours=${o.toFixed(3)} ref=${r.toFixed(3)} ratio=${(o / r).toFixed(3)}`);
await session.close();
