import { describe, expect, it } from 'vitest';
import { describeCounts, runCrashHarness } from './crash-harness.ts';

// The offline issue's crash harness, small enough for every run: the process that owns the
// journal is SIGKILLed at random points of a replay, restarted, and the DC is then compared with
// the journal. The full size (1,000 changes, 20 trials) runs in `npm run bench` (crash-replay).
describe('a replay killed at random points', () => {
  it('loses nothing, applies nothing twice and overwrites no other admin', { timeout: 240_000 }, async () => {
    const counts = await runCrashHarness({
      changes: Number(process.env.CRASH_CHANGES ?? 150),
      objects: 15,
      trials: Number(process.env.CRASH_TRIALS ?? 3),
      maxKills: 3,
      log: (line) => console.log(`[crash] ${line}`),
    });
    console.log(`[crash] ${describeCounts(counts)}`);
    expect(counts.kills).toBeGreaterThanOrEqual(counts.trials);
    expect({ lost: counts.lost, twice: counts.twice, overwritten: counts.overwritten }).toEqual({
      lost: 0,
      twice: 0,
      overwritten: 0,
    });
    // Every object another admin edited stopped at a conflict showing that admin's value.
    expect(counts.conflicts).toBe(counts.externalEdits);
  });
});
