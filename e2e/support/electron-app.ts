import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');
const electronDir = join(repoRoot, 'node_modules/electron');

/** Null when Electron can run here; otherwise why not, in one line for the skip message. */
export function electronMissingReason(): string | null {
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    if (existsSync(join(electronDir, 'dist', relative))) return null;
  } catch {
    // fall through
  }
  return 'Electron binary not installed on this machine (run `npm run electron:fetch` where GitHub is reachable)';
}

export async function launchElectronApp(): Promise<ElectronApplication> {
  const executablePath = join(
    electronDir,
    'dist',
    readFileSync(join(electronDir, 'path.txt'), 'utf8').trim(),
  );
  return electron.launch({
    executablePath,
    args: [join(repoRoot, 'out/main/index.js')],
    env: { ...process.env, RECIPIENTDESK_USER_DATA: mkdtempSync(join(tmpdir(), 'rd-electron-')) },
  });
}
