// `npm start`: build, then run the Electron shell; where the Electron binary is missing, say so in one
// line and serve the same app to a browser over loopback instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './run.ts';

// Ctrl+C (SIGINT) or a service manager's SIGTERM stops whatever runs now, the build or the app, and
// then this script: nothing is left behind holding the port or the database. A child that does
// not stop in time is killed.
const KILL_AFTER_MS = 5000;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
let current: ChildProcess | null = null;
let stopping: keyof typeof SIGNAL_EXIT | null = null;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping !== null) return;
    stopping = signal;
    const child = current;
    if (child === null || child.exitCode !== null || child.signalCode !== null)
      process.exit(SIGNAL_EXIT[signal]);
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS).unref();
  });
}

/** Runs one child with inherited output; resolves with its exit code (a signal counts as failure). */
function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    current = child;
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => {
      current = null;
      resolve(code ?? 1);
    });
  });
}

function finish(code: number): never {
  process.exit(stopping !== null ? SIGNAL_EXIT[stopping] : code);
}

// The build tool's own script, not npx: a signal reaches the process that does the work.
const built = await run(process.execPath, [
  join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'),
  'build',
]);
if (built !== 0 || stopping !== null) finish(built || 1);

const electronDir = join(repoRoot, 'node_modules/electron');
let electronBinary: string | null = null;
try {
  const candidate = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
  if (existsSync(candidate)) electronBinary = candidate;
} catch {
  electronBinary = null;
}

const [command, args] = electronBinary
  ? [electronBinary, [join(repoRoot, 'out/main/index.js')]]
  : [process.execPath, [join(repoRoot, 'src-main/web/main.ts'), '--open', ...process.argv.slice(2)]];
if (!electronBinary) {
  console.log(
    'Electron binary not installed (npm run electron:fetch gets it): serving RecipientDesk to your browser instead.',
  );
}
finish(await run(command, args));
