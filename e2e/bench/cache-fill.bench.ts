// "Make available offline" of the bulk OU (20,000 users under `npm run bench`) into a fresh entry
// cache, against ldapsearch reading the same attributes of the same subtree on the same DC,
// alternating, medians:
//   BENCH cache-fill ours=<s> ref=<s> ratio=<ours/ref> entries=<n>
// Run by `npm run bench`, or alone after `SEED_USERS=20000 npm run dc:up`:
//   node e2e/bench/cache-fill.bench.ts      Env: BENCH_ROUNDS (default 5).
// "ours" includes writing every entry (JSON, full-text index) to SQLite; ldapsearch only prints.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchCache, benchSession } from './offline-bench-setup.ts';
import { OfflineCopies } from '../../src-main/cache/offline-copies.ts';
import { EVERY_OBJECT, FILL_ATTRIBUTES } from '../../src-main/cache/offline-search.ts';
import { loadDcFacts } from '../dc/facts.ts';
import { alternate, ldapsearchRead } from './ldapsearch-ref.ts';

const facts = loadDcFacts();
const base = facts.seed.bulkOuDn ?? facts.domainDn;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const session = await benchSession(facts);
let entries = 0;

async function ours(): Promise<{ seconds: number; count: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'rd-cache-fill-'));
  const { cache, close } = openBenchCache(join(dir, 'recipientdesk.db'));
  try {
    const start = performance.now();
    const result = await new OfflineCopies(cache).fill(session, base);
    entries = result.read;
    return { seconds: (performance.now() - start) / 1000, count: result.read };
  } finally {
    close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ref = () => ldapsearchRead(facts, base, EVERY_OBJECT, FILL_ATTRIBUTES);

const { ours: o, ref: r } = await alternate(ours, ref, rounds);
console.log(
  `BENCH cache-fill ours=${o.toFixed(3)} ref=${r.toFixed(3)} ratio=${(o / r).toFixed(3)} entries=${entries}`,
);
await session.close();
