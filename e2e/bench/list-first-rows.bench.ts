// list-first-rows: click on the biggest OU in the tree to its first row painted, in Chromium
// through the browser transport; ref = the time ldapsearch takes to receive the same search's first
// page (same attributes, filter and page size as the list's, LDAPS, its connect and bind included)
// on the same DC, p95 over as many runs.
// Two measures: `ours`, p95 over 10 clicks on an OU listed before (the usual case: it paints from the
// cache while the DC confirms it), and `first_visit`, p95 over 5 new apps whose cache never saw the
// OU (its rows can only come from the DC, whose first page is most of the time).
// Run with the test DC up and the renderer built:  node e2e/bench/list-first-rows.bench.ts
// Prints one line: BENCH list-first-rows ours=<s> ref=<s> ratio=<ours/ref> first_visit=<s> first_visit_ratio=<x>
// Env: BENCH_RUNS (default 10), BENCH_FIRST_VISITS (default 5). The OU is the largest present
// (20,000 users after `npm run bench`'s seed).

import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { largestOu } from '../support/largest-ou.ts';
import { ROW_ATTRIBUTES } from '../../src-main/directory/rows.ts';
import { LIST_PAGE_SIZE } from '../../src-main/directory/browse.ts';
import type { Page } from '@playwright/test';
import { loadDcFacts, type DcFacts } from '../dc/facts.ts';
import { log, openBenchApp, p95 } from './browser-bench.ts';
import { call, CLICK_TO_FIRST_ROW, SIBLING_OF } from './in-page.ts';
import { ldapsearchBind } from './ldapsearch-ref.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
// A new app per first visit (its cache is empty): fewer, as each starts a server, a browser and a bind.
const COLD_RUNS = Number(process.env.BENCH_FIRST_VISITS ?? 5);
const NAME = 'list-first-rows';

if (spawnSync('ldapsearch', ['-VV'], { stdio: 'ignore' }).error) {
  // ldap-utils comes with the test DC's packages (e2e/dc/lib/install-packages.sh, run by dc:up).
  throw new Error('ldapsearch is missing: run `npm run dc:up`, which installs ldap-utils.');
}

const clickToFirstRow = async (page: Page, dn: string) =>
  (await page.evaluate(call(CLICK_TO_FIRST_ROW, dn))) as number;

/**
 * One app, `runs` clicks: away to a sibling (fully loaded), then on the big OU, timed to its first
 * row. `firstVisit`: the app is new, so the big OU was never listed and its rows must come from the
 * DC; otherwise it was listed once before the runs, as an admin's usual OU is, and paints from the
 * cache while the DC confirms it.
 */
async function measure(runs: number, firstVisit: boolean): Promise<{ times: number[]; facts: DcFacts }> {
  const bench = await openBenchApp();
  const { facts, page, app } = bench;
  try {
    const big = await largestOu(facts);
    const parent = big.dn.slice(big.dn.indexOf(',') + 1);
    // The domain is open after connect; an OU deeper down is opened by its path.
    if (!/^DC=/i.test(parent)) await app.openOu(parent);
    await page.getByTestId('list-count').filter({ hasNotText: 'so far' }).waitFor();
    await page.locator(`[data-dn="${big.dn}"]`).waitFor();
    // A sibling in the tree to go to between runs (clicking the parent would fold the branch away).
    const sibling = (await page.evaluate(call(SIBLING_OF, big.dn))) as string | null;
    if (sibling === null) throw new Error(`${big.dn} has no sibling in the tree to switch to between runs`);
    if (!firstVisit) {
      await page.locator(`[data-dn="${big.dn}"] > div`).first().click();
      await app.countStatus.filter({ hasNotText: 'so far' }).waitFor({ timeout: 120_000 });
    }
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.locator(`[data-dn="${sibling}"] > div`).first().click();
      await page.getByTestId('list-count').filter({ hasNotText: 'so far' }).waitFor();
      times.push(await clickToFirstRow(page, big.dn));
      await app.countStatus.filter({ hasNotText: 'so far' }).waitFor({ timeout: 120_000 });
    }
    return { times, facts };
  } finally {
    await bench.close();
  }
}

const cold: number[] = [];
let facts: DcFacts | null = null;
for (let run = 0; run < COLD_RUNS; run++) {
  const measured = await measure(1, true);
  facts = measured.facts;
  cold.push(...measured.times);
  log(NAME, `first visit ${run + 1} (a new app): ${cold.at(-1)!.toFixed(0)} ms`);
}
const warm = (await measure(RUNS, false)).times;
log(NAME, `listed before: ${warm.map((t) => t.toFixed(0)).join(', ')} ms`);

const big = await largestOu(facts ?? loadDcFacts());
log(NAME, `largest OU: ${big.dn} (${big.count} objects)`);
const ref: number[] = [];
for (let run = 0; run < RUNS; run++) ref.push(await ldapsearchFirstPage(facts ?? loadDcFacts(), big.dn));
log(NAME, `ldapsearch first page: ${ref.map((t) => t.toFixed(0)).join(', ')} ms`);
const oursS = p95(warm) / 1000;
const coldS = p95(cold) / 1000;
const refS = p95(ref) / 1000;
process.stdout.write(
  `BENCH ${NAME} ours=${oursS.toFixed(3)} ref=${refS.toFixed(3)} ratio=${(oursS / refS).toFixed(3)} first_visit=${coldS.toFixed(3)} first_visit_ratio=${(coldS / refS).toFixed(3)}\n`,
);

/**
 * ms from spawning ldapsearch to the end of its first page: the "# search result" line it prints
 * after each page's result message (line-buffered through stdbuf, so the line is not held back in
 * a pipe buffer while the next page is read), or its exit.
 */
function ldapsearchFirstPage(facts: DcFacts, base: string): Promise<number> {
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
