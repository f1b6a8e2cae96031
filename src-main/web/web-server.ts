import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ErrorInfo, Result } from '../../src-preload/contract/index.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import type { HandlerRegistry } from '../ipc/registry.ts';
import { BodyTooLargeError, readJsonBody } from './read-body.ts';
import { LaunchSession, type LaunchSessionOptions } from './launch-session.ts';
import { bearerToken, requestComesFromApp } from './security.ts';
import { serveStatic } from './static-files.ts';

export interface WebServerOptions {
  registry: HandlerRegistry;
  bus: EventBus;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  /** Launch-code lifetime and clock; tests shorten or move them. */
  launch?: LaunchSessionOptions;
}

export interface WebServer {
  origin: string;
  /**
   * What to print and open in a browser: it holds only the one-time launch code, in the fragment,
   * which browsers never send on (no Referer, no server log).
   */
  launchUrl: string;
  close(): Promise<void>;
}

const CALL_PREFIX = '/api/call/';
/** POST {code} here once to get the session token that every call and the event socket must carry. */
export const SESSION_PATH = '/api/session';
/** A launch code is 43 characters; nothing legitimate sends more than this. */
const MAX_SESSION_BODY_BYTES = 1024;
const EVENTS_PATH = '/api/events';
export const EVENTS_PROTOCOL = 'rd-events';
export const TOKEN_PROTOCOL_PREFIX = 'rd-token.';

/**
 * The browser transport: the same handler registry as the Electron shell, served on loopback only.
 * Every call needs this launch's session token (see LaunchSession) and must come from this origin;
 * static files need neither because they hold no data.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const launch = new LaunchSession(options.launch);
  let origin = '';
  const sockets = new Set<WebSocket>();

  const server = createServer((req, res) => {
    void route(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', 'The request could not be handled.'));
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path === SESSION_PATH) {
      if (refuseUnlessAppPost(req, res)) await exchangeLaunchCode(req, res);
      return;
    }
    if (!path.startsWith(CALL_PREFIX)) {
      if (req.method !== 'GET' || !requestComesFromApp(req, origin, false)) {
        res.writeHead(404).end();
        return;
      }
      await serveStatic(options.rendererDir, path, res);
      return;
    }
    if (!refuseUnlessAppPost(req, res)) return;
    if (!launch.authorises(bearerToken(req))) {
      sendJson(res, 401, failure('UNAUTHORIZED', 'Missing or wrong session token.'));
      return;
    }
    let input: unknown;
    try {
      input = await readJsonBody(req);
    } catch (error) {
      const message =
        error instanceof BodyTooLargeError
          ? 'The request is too large.'
          : 'The request body is not valid JSON.';
      sendJson(res, 400, failure('INVALID_INPUT', message));
      return;
    }
    const name = decodeURIComponent(path.slice(CALL_PREFIX.length));
    const result = await options.registry.dispatch(name, input, { transport: 'browser' });
    sendJson(res, 200, result);
  }

  /** True when the request may go on; otherwise the refusal has been sent. */
  function refuseUnlessAppPost(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return false;
    }
    if (!requestComesFromApp(req, origin, false)) {
      sendJson(res, 403, failure('UNAUTHORIZED', 'This request did not come from RecipientDesk.'));
      return false;
    }
    return true;
  }

  async function exchangeLaunchCode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = await readJsonBody(req, MAX_SESSION_BODY_BYTES);
    } catch {
      sendJson(res, 400, failure('INVALID_INPUT', 'Send {"code": "<launch code>"} as JSON.'));
      return;
    }
    const code = (body as { code?: unknown } | null)?.code;
    const token = launch.exchange(typeof code === 'string' ? code : undefined);
    if (token === null) {
      // One answer for wrong, spent and expired: which of them it was is no business of the caller.
      const message =
        'This launch code is wrong, already used or expired: restart RecipientDesk and open the address it prints.';
      sendJson(res, 401, failure('UNAUTHORIZED', message));
      return;
    }
    sendJson(res, 200, { ok: true, value: { token } });
  }

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 64 * 1024,
    handleProtocols: (protocols) => (protocols.has(EVENTS_PROTOCOL) ? EVENTS_PROTOCOL : false),
  });
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim());
    const given = offered
      .find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX))
      ?.slice(TOKEN_PROTOCOL_PREFIX.length);
    if (path !== EVENTS_PATH || !requestComesFromApp(req, origin, true) || !launch.authorises(given)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });
  const unsubscribe = options.bus.subscribe((event, payload) => {
    const frame = JSON.stringify({ event, payload });
    for (const ws of sockets) ws.send(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    launchUrl: `${origin}/#code=${launch.code}`,
    async close() {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function failure(code: ErrorInfo['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
