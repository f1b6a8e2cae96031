// An offline copy of the bulk OU (20,000 users under `npm run bench`) refreshed after another
// admin changed 50 of its users: what the refresh reads (goal: at most twice the changed count)
// and how long it takes, beside ldapsearch reading the same changed entries on the same DC:
//   BENCH cache-refresh changed=50 read=<entries> seconds=<s> ref=<s>
// Run by `npm run bench`, or alone after `SEED_USERS=20000 npm run dc:up`:
//   node e2e/bench/cache-refresh.bench.ts

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Attribute, Change, Client } from 'ldapts';
import { OfflineCopies } from '../../src-main/cache/offline-copies.ts';
import { changedSince, FILL_ATTRIBUTES } from '../../src-main/cache/offline-search.ts';
import { loadDcFacts } from '../dc/facts.ts';
import { benchSession, openBenchCache } from './offline-bench-setup.ts';
import { ldapsearchRead } from './ldapsearch-ref.ts';

const CHANGED = 50;
const facts = loadDcFacts();
const base = facts.seed.bulkOuDn ?? facts.domainDn;
const session = await benchSession(facts);
const dir = mkdtempSync(join(tmpdir(), 'rd-cache-refresh-'));
const { cache, close } = openBenchCache(join(dir, 'recipientdesk.db'));
try {
  const copies = new OfflineCopies(cache);
  await copies.fill(session, base);
  const usn = BigInt(copies.copyOf(facts.domainDn, base)?.usn ?? '0');

  const other = new Client({
    url: `ldaps://${facts.host}:${facts.ldapsPort}`,
    tlsOptions: { ca: [readFileSync(facts.caFile, 'utf8')] },
  });
  await other.bind(facts.admin.upn, facts.admin.password);
  const users = await session.search({
    base,
    filter: '(&(objectCategory=person)(objectClass=user))',
    attributes: ['cn'],
    limit: CHANGED,
  });
  const stamp = `bench ${Date.now()}`;
  for (const u of users.slice(0, CHANGED))
    await other.modify(
      u.dn,
      new Change({
        operation: 'replace',
        modification: new Attribute({ type: 'description', values: [stamp] }),
      }),
    );
  await other.unbind();

  const result = await copies.refresh(session, base);
  const ref = await ldapsearchRead(facts, base, changedSince(usn), FILL_ATTRIBUTES);
  console.log(
    `BENCH cache-refresh changed=${Math.min(CHANGED, users.length)} read=${result.read} seconds=${result.seconds.toFixed(3)} ref=${ref.seconds.toFixed(3)}`,
  );
} finally {
  close();
  rmSync(dir, { recursive: true, force: true });
  await session.close();
}
