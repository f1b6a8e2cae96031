// Starts the test DC for a test run (vitest's and Playwright's global setups share this) and
// stops it afterwards only if this process was the one that started it: a DC a developer
// brought up by hand with `npm run dc:up` stays up.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDcHome, loadDcFacts, type DcFacts } from './facts.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
let startedHere = false;

function runScript(script: 'up.sh' | 'down.sh'): Promise<void> {
  return new Promise((resolve, reject) => {
    // stdout (the facts JSON) is not needed here: the file is read instead. Progress on stderr shows.
    const child = spawn('bash', [join(here, script)], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(new Error(`e2e/dc/${script} failed (${signal ?? `exit code ${code}`}); see the lines above`));
    });
  });
}

export function liveFactsPath(): string {
  return join(defaultDcHome(), 'live', 'facts.json');
}

/** Whether the samba named by the DC's PID file is alive. */
export function dcIsRunning(): boolean {
  try {
    const pid = readFileSync(join(defaultDcHome(), 'live', 'run', 'samba.pid'), 'utf8').trim();
    return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('samba');
  } catch {
    return false;
  }
}

export async function ensureDc(): Promise<{ facts: DcFacts; startedHere: boolean }> {
  const wasRunning = dcIsRunning();
  await runScript('up.sh');
  startedHere = !wasRunning;
  process.env.RD_DC_FACTS = liveFactsPath();
  return { facts: loadDcFacts(), startedHere };
}

export async function stopDcIfStartedHere(): Promise<void> {
  if (!startedHere) return;
  startedHere = false;
  await runScript('down.sh');
}
