// Global setup of vitest's "integration" project: brings the test DC up (npm run dc:up),
// exposes its facts file as RD_DC_FACTS, and stops it at the end only if it started it here.
// Kept free of `vitest` imports: global setup runs outside the test context.

import { ensureDc, stopDcIfStartedHere } from './ensure-dc.ts';

export async function setup(): Promise<void> {
  await ensureDc();
}

export async function teardown(): Promise<void> {
  await stopDcIfStartedHere();
}
