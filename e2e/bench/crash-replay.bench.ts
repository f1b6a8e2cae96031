// crash-replay: the offline issue's crash harness at full size. 1,000 changes (CAS edits plus one
// added value each, over 100 users), 20 trials; in each, the process that owns the journal is
// SIGKILLed 1-3 times at random points of the replay and another admin edits an object between
// the kills. Then the DC is compared with the journal.
// Run with the test DC up (npm run dc:up): node e2e/bench/crash-replay.bench.ts
// Prints one line: BENCH crash-replay trials= changes= kills= lost= twice= overwritten= conflicts=
// found_in_place= seconds=, and fails unless lost, twice and overwritten are all 0.

import { performance } from 'node:perf_hooks';
import { describeCounts, runCrashHarness } from '../crash/crash-harness.ts';

const started = performance.now();
const counts = await runCrashHarness({
  changes: Number(process.env.CRASH_CHANGES ?? 1_000),
  objects: 100,
  trials: Number(process.env.CRASH_TRIALS ?? 20),
  maxKills: 3,
  log: (line) => process.stderr.write(`[crash-replay] ${line}\n`),
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`BENCH crash-replay ${describeCounts(counts)} seconds=${seconds.toFixed(1)}\n`);
if (counts.lost + counts.twice + counts.overwritten > 0 || counts.conflicts !== counts.externalEdits)
  process.exit(1);
