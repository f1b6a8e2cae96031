import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningWebApp {
  launchUrl: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Starts the browser transport exactly as `npm start` does when Electron is missing, with a fresh
 * user-data folder, and reads the launch URL it prints.
 */
export async function startWebApp(): Promise<RunningWebApp> {
  const userData = mkdtempSync(join(tmpdir(), 'rd-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(repoRoot, 'src-main/web/main.ts'), '--user-data-dir', userData],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const launchUrl = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web app did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web app exited with ${code}:\n${output}`));
    });
  });
  const url = new URL(launchUrl);
  return {
    launchUrl,
    origin: url.origin,
    token: url.hash.replace('#token=', ''),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(userData, { recursive: true, force: true });
    },
  };
}
