import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createServices, type Services } from '../services.ts';
import { SessionSecretStore } from '../secrets/secret-store.ts';
import { startWebServer, type WebServer } from './web-server.ts';

let services: Services;
let server: WebServer;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'rd-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  services = createServices({
    userDataDir: mkdtempSync(join(tmpdir(), 'rd-web-')),
    secrets: new SessionSecretStore(),
    facts: { name: 'RecipientDesk', version: '1.2.3', electronVersion: null },
  });
  server = await startWebServer({ registry: services.registry, bus: services.bus, rendererDir });
});
afterAll(async () => {
  await server.close();
  await services.dispose();
});

function raw(
  path: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.origin}${path}`, { method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('browser transport server', () => {
  it('listens on loopback only and puts the token in the fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.launchUrl).toBe(`${server.origin}/#token=${server.token}`);
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
      { Host: 'evil.example', Authorization: `Bearer ${server.token}` },
      'POST',
    );
    expect(res.status).toBe(403);
  });

  it('delivers events over the WebSocket only with the token and our origin', async () => {
    const good = new WebSocket(
      `${server.origin.replace('http', 'ws')}/api/events`,
      ['rd-events', `rd-token.${server.token}`],
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
      ['rd-events', `rd-token.${server.token}`],
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
