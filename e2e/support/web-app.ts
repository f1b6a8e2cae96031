import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningWebApp {
  /** Holds a one-time launch code: opening it in a page spends the code. */
  launchUrl: string;
  origin: string;
  /** The code from launchUrl, for tests that replay or misuse it. */
  launchCode: string;
  /**
   * Exchanges the launch code, as the page does, for the session token that calls need. It spends
   * the code, so a test uses either this or a page opened at launchUrl, not both.
   */
  sessionToken(): Promise<string>;
  stop(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Starts the browser transport exactly as `npm start` does when Electron is missing, with a fresh
 * user-data folder, and reads the launch URL it prints. `env` adds to the environment (the cloud
 * specs point Graph and the sign-in at the Graph test server).
 */
export async function startWebApp(options: { env?: Record<string, string> } = {}): Promise<RunningWebApp> {
  const userData = mkdtempSync(join(tmpdir(), 'rd-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(repoRoot, 'src-main/web/main.ts'), '--user-data-dir', userData],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } },
  );
  let output = '';
  const launchUrl = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web app did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#code=[\w-]+)/.exec(output);
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
  const launchCode = url.hash.replace('#code=', '');
  let token: Promise<string> | null = null;
  return {
    launchUrl,
    origin: url.origin,
    launchCode,
    sessionToken() {
      token ??= exchangeLaunchCode(url.origin, launchCode);
      return token;
    },
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

async function exchangeLaunchCode(origin: string, code: string): Promise<string> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = (await response.json()) as { ok: boolean; value?: { token: string } };
  if (!body.ok || !body.value) throw new Error(`The launch code was refused: ${JSON.stringify(body)}`);
  return body.value.token;
}
