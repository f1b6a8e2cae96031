import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Specs run against the built app; build it when a bare `playwright test` finds none. */
export default function globalSetup(): void {
  if (
    !existsSync(resolve(repoRoot, 'out/renderer/index.html')) ||
    !existsSync(resolve(repoRoot, 'out/main/index.js'))
  ) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
}
