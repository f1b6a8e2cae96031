import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createServices, type Services } from '../services.ts';
import { SessionSecretStore } from '../secrets/secret-store.ts';
import type { LaunchSessionOptions } from './launch-session.ts';
import { SESSION_PATH, startWebServer, type WebServer } from './web-server.ts';

let services: Services;
let rendererDir: string;
let server: WebServer;
let token: string;
const extraServers: WebServer[] = [];

beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'rd-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  services = createServices({
    userDataDir: mkdtempSync(join(tmpdir(), 'rd-web-')),
    secrets: new SessionSecretStore(),
    facts: { name: 'RecipientDesk', version: '1.2.3', electronVersion: null },
  });
  server = await startWebServer({ registry: services.registry, bus: services.bus, rendererDir });
  token = await sessionToken(server);
});
afterAll(async () => {
  await Promise.all([server, ...extraServers].map((s) => s?.close()));
  await services?.dispose();
});

/** A server of its own for tests that spend or expire its launch code. */
async function freshServer(launch?: LaunchSessionOptions): Promise<WebServer> {
  const fresh = await startWebServer({ registry: services.registry, bus: services.bus, rendererDir, launch });
  extraServers.push(fresh);
  return fresh;
}

function codeOf(target: WebServer): string {
  return new URL(target.launchUrl).hash.replace('#code=', '');
}

function raw(
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body = '{}',
  target = server,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${target.origin}${path}`, { method, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

function exchange(target: WebServer, code: string, headers: Record<string, string> = {}) {
  return raw(
    SESSION_PATH,
    { 'Content-Type': 'application/json', ...headers },
    'POST',
    JSON.stringify({ code }),
    target,
  );
}

function callGetInfo(target: WebServer, bearer: string) {
  return raw('/api/call/app.getInfo', { Authorization: `Bearer ${bearer}` }, 'POST', '{}', target);
}

async function sessionToken(target: WebServer): Promise<string> {
  const res = await exchange(target, codeOf(target));
  expect(res.status).toBe(200);
  return (JSON.parse(res.body) as { value: { token: string } }).value.token;
}

describe('launch code', () => {
  it('is exchanged once for a session token that authorises calls; a replay is refused', async () => {
    const fresh = await freshServer();
    const code = codeOf(fresh);
    const first = await exchange(fresh, code);
    expect(first.status).toBe(200);
    const { token: issued } = (JSON.parse(first.body) as { value: { token: string } }).value;
    expect(issued).not.toBe(code);
    expect((await callGetInfo(fresh, issued)).status).toBe(200);

    const replay = await exchange(fresh, code);
    expect(replay.status).toBe(401);
    expect(JSON.parse(replay.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('is not itself a token: what the URL carries never authorises a call', async () => {
    const fresh = await freshServer();
    const code = codeOf(fresh);
    expect((await callGetInfo(fresh, code)).status).toBe(401);
    await exchange(fresh, code);
    expect((await callGetInfo(fresh, code)).status).toBe(401);
  });

  it('expires unused after its time, and a wrong code does not spend the right one', async () => {
    let now = 1_000_000;
    const fresh = await freshServer({ ttlMs: 120_000, now: () => now });
    expect((await exchange(fresh, 'not-the-code')).status).toBe(401);
    now += 120_001;
    expect((await exchange(fresh, codeOf(fresh) || 'spent')).status).toBe(401);

    const other = await freshServer({ ttlMs: 120_000, now: () => now });
    const code = codeOf(other);
    now += 60_000;
    expect((await exchange(other, 'not-the-code')).status).toBe(401);
    expect((await exchange(other, code)).status).toBe(200);
  });

  it('is refused from a foreign Host or Origin, and only POST exchanges it', async () => {
    const fresh = await freshServer();
    const code = codeOf(fresh);
    expect((await exchange(fresh, code, { Host: 'evil.example' })).status).toBe(403);
    expect((await exchange(fresh, code, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await raw(SESSION_PATH, {}, 'GET', '', fresh)).status).toBe(405);
    expect((await exchange(fresh, code)).status).toBe(200);
  });
});

describe('browser transport server', () => {
  it('listens on loopback only and puts only a launch code in the fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.launchUrl).toMatch(new RegExp(`^${server.origin}/#code=[\\w-]{43}$`));
  });

  it('serves the renderer with a strict CSP and refuses path traversal', async () => {
    const page = await raw('/', {});
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await raw('/..%2f..%2fetc%2fpasswd', {})).status).toBe(404);
  });

  it('refuses a rebinding attempt: a foreign Host header', async () => {
    const res = await raw(
      '/api/call/app.getInfo',
      { Host: 'evil.example', Authorization: `Bearer ${token}` },
      'POST',
    );
    expect(res.status).toBe(403);
  });

  it('delivers events over the WebSocket only with the token and our origin', async () => {
    const good = new WebSocket(
      `${server.origin.replace('http', 'ws')}/api/events`,
      ['rd-events', `rd-token.${token}`],
      {
        origin: server.origin,
      },
    );
    const frame = await new Promise<string>((resolve, reject) => {
      good.on('open', () =>
        services.bus.emit('onConnectionChanged', {
          status: 'offline',
          profileId: 'p',
          server: 'dc1',
          identity: 'admin',
          readOnly: false,
          message: 'dropped',
        }),
      );
      good.on('message', (data) => resolve(String(data)));
      good.on('error', reject);
    });
    good.close();
    expect(JSON.parse(frame)).toMatchObject({ event: 'onConnectionChanged', payload: { status: 'offline' } });

    const bad = new WebSocket(
      `${server.origin.replace('http', 'ws')}/api/events`,
      ['rd-events', 'rd-token.wrong'],
      {
        origin: server.origin,
      },
    );
    const outcome = await new Promise<string>((resolve) => {
      bad.on('open', () => resolve('open'));
      bad.on('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');

    const foreign = new WebSocket(
      `${server.origin.replace('http', 'ws')}/api/events`,
      ['rd-events', `rd-token.${token}`],
      {
        origin: 'http://evil.example',
      },
    );
    const foreignOutcome = await new Promise<string>((resolve) => {
      foreign.on('open', () => resolve('open'));
      foreign.on('error', () => resolve('refused'));
    });
    expect(foreignOutcome).toBe('refused');
  });
});
