// `npm run bench`: runs every e2e/bench/*.bench.ts against the test domain controller. Each prints one
// line `BENCH <name> ours=<s> ref=<s> ratio=<x>` (or `BENCH <name> p95_ms=<x>`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runStep } from './run.ts';

const only = process.argv.slice(2);
const dir = join(repoRoot, 'e2e/bench');
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
if (
  !runStep('test domain controller', 'bash', ['e2e/dc/up.sh'], {
    SEED_USERS: process.env.SEED_USERS ?? '20000',
  })
) {
  process.exit(1);
}
// The list benches drive the built renderer in Debian's Chromium (installed as for the e2e tests).
if (
  !runStep('build', 'npx', ['electron-vite', 'build']) ||
  !runStep('chromium for the list benches', process.execPath, ['build/scripts/ensure-chromium.ts'])
) {
  process.exit(1);
}
let failed = false;
for (const file of benches) {
  if (!runStep(`bench ${file}`, process.execPath, [join(dir, file)])) failed = true;
}
process.exit(failed ? 1 : 0);
