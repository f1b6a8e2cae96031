// list-scroll: 100,000 rows in the list pane, scrolled from the first row to the last one screen
// per frame (every frame shows rows it has not shown before: the worst case for the table), in
// Chromium through the browser transport; prints the p95 of the frame times.
// The test DC has no OU that big (1,350 objects in the default seed), so the rows are synthetic:
// the bench sits on the event socket and answers the list load with 100 pages of 1,000 generated
// rows, as main would push them. The renderer's path is the real one from onListPage on.
// Run with the test DC up and the renderer built:  node e2e/bench/list-scroll.bench.ts
// Prints one line: BENCH list-scroll p95_ms=<x>   (env: BENCH_ROWS, default 100000)

import type { WebSocketRoute } from '@playwright/test';
import type { ListPage, ListRow } from '../../src-preload/contract/index.ts';
import { log, openBenchApp, p95 } from './browser-bench.ts';
import { call, SCROLL_END_TO_END } from './in-page.ts';

const NAME = 'list-scroll';
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const PAGE = 1000;

function syntheticRows(from: number, count: number, ouDn: string): ListRow[] {
  const rows: ListRow[] = [];
  for (let i = from; i < from + count; i++) {
    const name = `Bench User ${String(i).padStart(6, '0')}`;
    rows.push({
      dn: `CN=${name},${ouDn}`,
      guid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name,
      kind: 'user',
      type: 'User',
      description: i % 3 === 0 ? `Synthetic row ${i} with a description long enough to be clipped` : '',
      primarySmtp: `bench.user.${i}@contoso.com`,
      recipientType: i % 2 === 0 ? 'Remote user mailbox' : 'Mail user',
      upn: `bench.user.${i}@contoso.com`,
      disabled: i % 17 === 0,
      account: null,
      location: 'corp.recipientdesk.test/Bench',
      extra: {},
    });
  }
  return rows;
}

let socket: WebSocketRoute | null = null;
const bench = await openBenchApp({
  beforeConnect: async (page) => {
    await page.routeWebSocket(/\/api\/events$/, (ws) => {
      socket = ws;
      ws.connectToServer();
    });
  },
});
const { facts, page, app } = bench;
try {
  // The list load of the next container clicked is answered here, with synthetic pages.
  await page.route('**/api/call/directory.list', async (route) => {
    const { loadId, dn } = route.request().postDataJSON() as { loadId: string; dn: string };
    await route.fulfill({ json: { ok: true, value: { loadId } } });
    for (let from = 0; from < ROWS; from += PAGE) {
      const rows = syntheticRows(from, Math.min(PAGE, ROWS - from), dn);
      const frame: ListPage = {
        loadId,
        rows,
        loaded: from + rows.length,
        expected: ROWS,
        done: false,
        truncated: false,
        cancelled: false,
        error: null,
      };
      socket?.send(JSON.stringify({ event: 'onListPage', payload: frame }));
    }
    const done: ListPage = {
      loadId,
      rows: [],
      expected: ROWS,
      loaded: ROWS,
      done: true,
      truncated: false,
      cancelled: false,
      error: null,
    };
    socket?.send(JSON.stringify({ event: 'onListPage', payload: done }));
  });
  const started = Date.now();
  await app.openOu(facts.seed.corpOuDn);
  await app.countStatus.filter({ hasText: `${ROWS.toLocaleString('en-US')} objects` }).waitFor();
  log(NAME, `${ROWS} rows listed in ${Date.now() - started} ms`);

  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const { frames, script } = (await page.evaluate(call(SCROLL_END_TO_END))) as {
    frames: number[];
    script: number[];
  };
  if (cdp) {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: {
        nodes: {
          id: number;
          callFrame: { functionName: string; url: string; lineNumber: number };
          hitCount?: number;
        }[];
      };
    };
    const self = new Map<string, number>();
    for (const node of profile.nodes) {
      const name = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
      self.set(name, (self.get(name) ?? 0) + (node.hitCount ?? 0));
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [name, hits] of top) log(NAME, `${hits} ${name}`);
  }
  log(NAME, `rendering in the scroll event: p95 ${p95(script).toFixed(1)} ms`);
  const lastRow = await page.locator(`[role=grid] [role=row][aria-rowindex="${ROWS + 1}"]`).textContent();
  if (!lastRow?.includes(`Bench User ${String(ROWS - 1).padStart(6, '0')}`))
    throw new Error(`the last row on screen is not the last row: ${lastRow}`);
  const slow = frames.filter((t) => t > 16).length;
  const median = [...frames].sort((a, b) => a - b)[Math.floor(frames.length / 2)] ?? NaN;
  log(
    NAME,
    `${frames.length} frames, median ${median.toFixed(1)} ms, ${slow} over 16 ms, max ${Math.max(...frames).toFixed(1)} ms`,
  );
  process.stdout.write(`BENCH ${NAME} p95_ms=${p95(frames).toFixed(1)}\n`);
} finally {
  await bench.close();
}
