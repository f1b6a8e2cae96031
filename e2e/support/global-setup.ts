import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureDc, stopDcIfStartedHere } from '../dc/ensure-dc.ts';
import { electronMissingReason } from './electron-app.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Specs run against the built app and the real test domain controller: build when a bare
 * `playwright test` finds no build, and start the DC (stopping it afterwards only if we started it).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (
    !existsSync(resolve(repoRoot, 'out/renderer/index.html')) ||
    !existsSync(resolve(repoRoot, 'out/main/index.js'))
  ) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const electronMissing = electronMissingReason();
  if (electronMissing) console.log(`Project "electron" skips every spec: ${electronMissing}.`);
  await ensureDc();
  return async () => {
    await stopDcIfStartedHere();
  };
}
