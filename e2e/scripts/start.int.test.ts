import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// `npm start` as an admin runs it: the build, then the browser transport (Electron's binary is not
// installed here). Stopping it must take the server and every process it started with it.
const repoRoot = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every process below `pid`, grandchildren included. */
function descendants(pid: number): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when there are none
  }
  const children = out.split('\n').map(Number).filter(Boolean);
  return children.flatMap((child) => [child, ...descendants(child)]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function startAndStop(signal: 'SIGINT' | 'SIGTERM') {
  const userData = mkdtempSync(join(tmpdir(), 'rd-start-'));
  dirs.push(userData);
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'build/scripts/start.ts'), '--user-data-dir', userData],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      // No opener: it is detached on purpose (the admin's browser outlives the server), so it would
      // count as a process left behind while it is still starting up.
      env: { ...process.env, BROWSER: 'none', DISPLAY: '' },
    },
  );
  let output = '';
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm start did not serve:\n${output}`)), 150_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  expect(await portOpen(port)).toBe(true);
  const below = descendants(child.pid!);
  expect(below.length).toBeGreaterThan(0);
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) =>
    child.once('exit', (code, sig) => done({ code, signal: sig })),
  );
  child.kill(signal);
  const result = await exited;
  return { result, below, port };
}

describe('npm start', () => {
  it('stops during the build too, taking the build with it', { timeout: 200_000 }, async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'build/scripts/start.ts')], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The build has started once it has a process of its own.
    let below: number[] = [];
    while (below.length === 0 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 20));
      below = descendants(child.pid!);
    }
    expect(below.length).toBeGreaterThan(0);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    await new Promise((r) => setTimeout(r, 200));
    expect(below.filter(alive)).toEqual([]);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`stops on ${signal} with the server and every child it started`, { timeout: 200_000 }, async () => {
      const { result, below, port } = await startAndStop(signal);
      expect(result).toEqual({ code, signal: null });
      expect(below.filter(alive)).toEqual([]);
      expect(await portOpen(port)).toBe(false);
    });
  }
});
