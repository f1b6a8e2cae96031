// The readiness scan of the whole domain (read + every rule + duplicates) against ldapsearch
// dumping the same attributes of the same objects, alternating, medians:
//   BENCH readiness ours=<s> ref=<s> ratio=<ours/ref>
// then 50 users changed by another client and a re-scan that reads only what changed:
//   BENCH readiness-rescan changed=50 read=<entries> seconds=<s>
// Run by `npm run bench` (20,000 seeded users), or alone after `SEED_USERS=20000 npm run dc:up`:
//   node e2e/bench/readiness.bench.ts      Env: BENCH_ROUNDS (default 5).

import { readFileSync } from 'node:fs';
import { Change, Attribute, Client } from 'ldapts';
import { loadDcFacts } from '../dc/facts.ts';
import { DirectorySession } from '../../src-main/directory/session.ts';
import { ReadinessScans } from '../../src-main/readiness/readiness-scan.ts';
import { READINESS_ATTRIBUTES, READINESS_FILTER } from '../../src-preload/shared/readiness/scan-entry.ts';
import { alternate, ldapsearchRead } from './ldapsearch-ref.ts';

const facts = loadDcFacts();
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const profile = {
  host: facts.host,
  port: facts.ldapsPort,
  security: 'ldaps' as const,
  bindIdentity: facts.admin.upn,
  caPem: readFileSync(facts.caFile, 'utf8'),
};
const session = await DirectorySession.connect(profile, facts.admin.password);
const scope = { baseDn: facts.domainDn, excludeDns: [facts.seed.notSyncedOuDn] };

async function ours(scans = new ReadinessScans()): Promise<{ seconds: number; count: number }> {
  const start = performance.now();
  const report = await scans.scan(session, scope);
  return { seconds: (performance.now() - start) / 1000, count: report.read };
}
const ref = () => ldapsearchRead(facts, facts.domainDn, READINESS_FILTER, READINESS_ATTRIBUTES);

const { ours: o, ref: r } = await alternate(ours, ref, rounds);
console.log(`BENCH readiness ours=${o.toFixed(3)} ref=${r.toFixed(3)} ratio=${(o / r).toFixed(3)}`);

// The re-scan: 50 users touched by another admin (a harmless description), then "Scan again".
const scans = new ReadinessScans();
await scans.scan(session, scope);
const other = new Client({
  url: `ldaps://${facts.host}:${facts.ldapsPort}`,
  tlsOptions: { ca: [profile.caPem] },
});
await other.bind(facts.admin.upn, facts.admin.password);
const users = await session.search({
  base: facts.seed.bulkOuDn ?? facts.seed.corpOuDn,
  filter: '(&(objectCategory=person)(objectClass=user))',
  attributes: ['cn'],
  limit: 50,
});
const stamp = `bench ${Date.now()}`;
for (const u of users)
  await other.modify(
    u.dn,
    new Change({
      operation: 'replace',
      modification: new Attribute({ type: 'description', values: [stamp] }),
    }),
  );
await other.unbind();
const start = performance.now();
const again = await scans.scan(session, scope, { incremental: true });
const seconds = (performance.now() - start) / 1000;
console.log(
  `BENCH readiness-rescan changed=${users.length} read=${again.read} seconds=${seconds.toFixed(3)}`,
);
await session.close();
