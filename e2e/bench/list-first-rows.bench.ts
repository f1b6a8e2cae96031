// list-first-rows: click on the biggest OU in the tree to its first row painted, in Chromium
// through the browser transport, p95 over 10 runs; ref = the time ldapsearch takes to receive the
// same search's first page (same attributes, filter and page size as the list's, LDAPS, its
// connect and bind included) on the same DC, p95 over as many runs.
// Run with the test DC up and the renderer built:  node e2e/bench/list-first-rows.bench.ts
// Prints one line: BENCH list-first-rows ours=<s> ref=<s> ratio=<ours/ref>
// Env: BENCH_RUNS (default 10). The OU is the largest present (20,000 users after `npm run bench`'s seed).

import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { largestOu } from '../support/largest-ou.ts';
import { ROW_ATTRIBUTES } from '../../src-main/directory/rows.ts';
import { LIST_PAGE_SIZE } from '../../src-main/directory/browse.ts';
import { log, openBenchApp, p95 } from './browser-bench.ts';
import { call, CLICK_TO_FIRST_ROW, SIBLING_OF } from './in-page.ts';
import { ldapsearchBind } from './ldapsearch-ref.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const NAME = 'list-first-rows';

if (spawnSync('ldapsearch', ['-VV'], { stdio: 'ignore' }).error) {
  // ldap-utils comes with the test DC's packages (e2e/dc/lib/install-packages.sh, run by dc:up).
  throw new Error('ldapsearch is missing: run `npm run dc:up`, which installs ldap-utils.');
}

const bench = await openBenchApp();
const { facts, page, app } = bench;
try {
  const big = await largestOu(facts);
  log(NAME, `largest OU: ${big.dn} (${big.count} objects)`);
  await app.openOu(big.dn);
  // A sibling in the tree to go to between runs (clicking the parent would fold the branch away).
  const sibling = (await page.evaluate(call(SIBLING_OF, big.dn))) as string | null;
  if (sibling === null) throw new Error(`${big.dn} has no sibling in the tree to switch to between runs`);

  const clickToFirstRow = async (dn: string) => (await page.evaluate(call(CLICK_TO_FIRST_ROW, dn))) as number;

  const ours: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Away first (to a sibling, fully loaded), so every run starts from another list.
    await page.locator(`[data-dn="${sibling}"] > div`).first().click();
    await page.getByTestId('list-count').filter({ hasNotText: 'so far' }).waitFor();
    ours.push(await clickToFirstRow(big.dn));
    await app.countStatus.filter({ hasNotText: 'so far' }).waitFor();
    log(NAME, `run ${run + 1}: ${ours.at(-1)!.toFixed(0)} ms`);
  }

  const ref: number[] = [];
  for (let run = 0; run < RUNS; run++) ref.push(await ldapsearchFirstPage(big.dn));
  log(NAME, `ldapsearch first page: ${ref.map((t) => t.toFixed(0)).join(', ')} ms`);
  const oursS = p95(ours) / 1000;
  const refS = p95(ref) / 1000;
  process.stdout.write(
    `BENCH ${NAME} ours=${oursS.toFixed(3)} ref=${refS.toFixed(3)} ratio=${(oursS / refS).toFixed(3)}\n`,
  );
} finally {
  await bench.close();
}

/**
 * ms from spawning ldapsearch to the end of its first page: the "# search result" line it prints
 * after each page's result message (line-buffered through stdbuf, so the line is not held back in
 * a pipe buffer while the next page is read), or its exit.
 */
function ldapsearchFirstPage(base: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      'stdbuf',
      [
        '-oL',
        'ldapsearch',
        ...ldapsearchBind(facts),
        '-b',
        base,
        '-s',
        'one',
        '-E',
        `pr=${LIST_PAGE_SIZE}/noprompt`,
        '(&(objectClass=*)(!(showInAdvancedViewOnly=TRUE)))',
        ...ROW_ATTRIBUTES,
        'objectGUID',
        'objectClass',
      ],
      { env: { ...process.env, LDAPTLS_CACERT: facts.caFile }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let done = false;
    let buffer = '';
    const finish = () => {
      if (done) return;
      done = true;
      resolve(performance.now() - started);
      child.kill();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = (buffer + chunk.toString('latin1')).slice(-4096);
      if (/^# search result$/m.test(buffer)) finish();
    });
    child.on('error', reject);
    child.on('exit', finish);
  });
}
