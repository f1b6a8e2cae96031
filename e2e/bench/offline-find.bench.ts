// Find while offline over a big cache: 100,000 cached people, 1,000 queries of names (also typed
// without their diacritics, "zoe muller"), address fragments and aliases, through the same Find
// the app answers from the cache (CachedDirectory.find over the FTS5 index). The reference is the
// same queries as a plain SQL LIKE scan over the same table in the same run (what a cache without
// a full-text index would do).
//   BENCH offline-find entries=<N> queries=<Q> p50_ms=<x> p95_ms=<x> ref_p95_ms=<x> ratio=<p95/ref_p95>
// Goal: p95 <= 20 ms. Run by `npm run bench`, or alone (no DC needed):
//   npx node e2e/bench/offline-find.bench.ts   (OFFLINE_FIND_ENTRIES / OFFLINE_FIND_QUERIES override)
import { buildSyntheticCache, folded, personAt, FIRST, LAST } from './synthetic-cache.ts';

const ENTRIES = Number(process.env.OFFLINE_FIND_ENTRIES ?? 100_000);
const QUERIES = Number(process.env.OFFLINE_FIND_QUERIES ?? 1000);

const started = Date.now();
const synthetic = buildSyntheticCache(ENTRIES);
console.log(`cached ${ENTRIES} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Deterministic mix: a third full names (half typed without diacritics), a third address
// fragments, a third aliases; some match one person, some (a first + last name) many.
function queryAt(k: number): string {
  const p = personAt((k * 7919) % ENTRIES);
  const [first = '', last = ''] = p.name.split(' ');
  switch (k % 6) {
    case 0:
      return p.name;
    case 1:
      return `${folded(first)} ${folded(last).slice(0, 3)}`;
    case 2:
      return p.alias.slice(0, Math.max(6, p.alias.length - 3));
    case 3:
      return p.mail;
    case 4:
      return p.alias;
    default:
      return `${FIRST[k % FIRST.length]} ${LAST[(k >> 3) % LAST.length]}`;
  }
}
const queries = Array.from({ length: QUERIES }, (_, k) => queryAt(k));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ours: number[] = [];
let found = 0;
for (const text of queries) {
  const t = performance.now();
  const { rows } = await synthetic.reader.find({ text, kinds: 'all', limit: 2000 });
  ours.push(performance.now() - t);
  if (rows.length > 0) found += 1;
}
if (found < QUERIES * 0.9)
  throw new Error(`only ${found} of ${QUERIES} queries found anything: the bench is not testing Find`);

// The reference: the same words as LIKE over names, addresses, UPN and alias, all words required.
const db = synthetic.db;
const ref: number[] = [];
const like = db.prepare(
  `SELECT rowid FROM entry_search WHERE (names || ' ' || addresses || ' ' || upn || ' ' || alias) LIKE ? LIMIT 2000`,
);
for (const text of queries) {
  const pattern = `%${folded(text).split('.').join('%')}%`;
  const t = performance.now();
  like.all(pattern);
  ref.push(performance.now() - t);
}
ours.sort((a, b) => a - b);
ref.sort((a, b) => a - b);
const p95 = percentile(ours, 95);
const refP95 = percentile(ref, 95);
console.log(
  `BENCH offline-find entries=${ENTRIES} queries=${QUERIES} p50_ms=${percentile(ours, 50).toFixed(2)} p95_ms=${p95.toFixed(2)} ref_p95_ms=${refP95.toFixed(2)} ratio=${(p95 / refP95).toFixed(3)}`,
);
synthetic.close();
