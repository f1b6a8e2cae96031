// Main-process memory with a big cache: 100,000 cached people in one OU and the list of all of
// them open, served offline from the cache through the same list load the app uses (ListLoads over
// CachedDirectory, every page pushed as an onListPage event and serialised as the transport does).
// Measured in a child process so nothing else is in its heap: the peak RSS while the list loads
// and the RSS once it is open.
//   BENCH cache-memory rss_mb=<peak> open_rss_mb=<after> before_list_mb=<x> entries=<N> rows=<listed>
// Goal: rss_mb <= 300. Run by `npm run bench`, or alone (no DC needed):
//   npx node e2e/bench/cache-memory.bench.ts   (CACHE_MEMORY_ENTRIES overrides)
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRIES = Number(process.env.CACHE_MEMORY_ENTRIES ?? 100_000);

const role = process.argv[2];
if (role === undefined) {
  // The cache is filled in one child (as earlier sessions of the app would have filled it) and
  // measured in another that only opens it: what counts is the app holding a big cache.
  const dbFile = join(mkdtempSync(join(tmpdir(), 'rd-cache-memory-')), 'recipientdesk.db');
  for (const step of ['fill', 'measure']) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), step, dbFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CACHE_MEMORY_ENTRIES: String(ENTRIES) },
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  process.exit(0);
}
const dbFile = process.argv[3] ?? '';
const { buildSyntheticCache, openSyntheticCache } = await import('./synthetic-cache.ts');
if (role === 'fill') {
  buildSyntheticCache(ENTRIES, 1, dbFile).close();
  process.exit(0);
}
const { ListLoads } = await import('../../src-main/connection/list-loads.ts');
const { EventBus } = await import('../../src-main/ipc/event-bus.ts');

const synthetic = openSyntheticCache(dbFile, 1);
const ou = synthetic.ous[0] ?? '';
const before = process.memoryUsage().rss;
const bus = new EventBus();
let rows = 0;
let peak = before;
const done = new Promise<void>((resolve, reject) => {
  bus.subscribe((name, payload) => {
    if (name !== 'onListPage') return;
    const page = payload as { rows: unknown[]; done: boolean; error: { message: string } | null };
    // What the transport does with each page: one JSON frame to the renderer.
    JSON.stringify({ event: name, payload });
    rows += page.rows.length;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (page.error) reject(new Error(page.error.message));
    else if (page.done) resolve();
  });
});
new ListLoads(bus).start(synthetic.reader, { loadId: 'all', dn: ou, attributes: [], limit: 200_000 });
await done;
const open = process.memoryUsage().rss;
peak = Math.max(peak, open);
if (rows !== ENTRIES) throw new Error(`listed ${rows} of ${ENTRIES}`);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(
  `BENCH cache-memory rss_mb=${mb(peak)} open_rss_mb=${mb(open)} before_list_mb=${mb(before)} entries=${ENTRIES} rows=${rows}`,
);
synthetic.close();
