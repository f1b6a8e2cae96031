// The project's own small interface over Microsoft Graph: what the cloud features need, with the
// service's quirks handled once here (graph.md): throttling (Retry-After), paging, advanced
// queries (ConsistencyLevel: eventual + $count), $batch for per-object look-ups (at most 20 a
// batch; a 429 inside a batch retried, which the SDK does not do), and the 404 a new object gives
// for a while after a write. Free of electron imports: the shell and the tests build it alike.

import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
  GraphError,
  type AuthenticationProvider,
} from '@microsoft/microsoft-graph-client';
import { HttpsTransport } from './https-transport.ts';

export interface GraphApiOptions {
  /** https://graph.microsoft.com in production; the test server's URL in tests. */
  baseUrl: string;
  getToken: () => Promise<string>;
  /** Extra CA (PEM) to trust for the Graph host. */
  caPem?: string;
  /** Waits between retries; tests may shorten, never skip, a Retry-After. */
  sleep?: (ms: number) => Promise<void>;
  maxRetries?: number;
}

export interface BatchResult<T> {
  status: number;
  body: T | null;
}

export interface GraphApi {
  get<T>(path: string, options?: { advanced?: boolean }): Promise<T>;
  /** Every page of a collection, following @odata.nextLink. */
  list<T>(path: string, options?: { advanced?: boolean }): Promise<T[]>;
  /** GETs of many single resources in $batch requests of at most 20; 404 parts give null. */
  getMany<T>(paths: readonly string[], options?: { advanced?: boolean }): Promise<BatchResult<T>[]>;
  /** A GET just after a write: a 404 is retried briefly while the write replicates. */
  getAfterWrite<T>(path: string): Promise<T>;
  patch(path: string, body: unknown): Promise<void>;
  post<T>(path: string, body: unknown): Promise<T>;
  /** Round trips sent, for the benchmark. */
  readonly requestCount: number;
}

export class GraphApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detailCode: string | null;
  constructor(status: number, code: string, message: string, detailCode: string | null) {
    super(message);
    this.status = status;
    this.code = code;
    this.detailCode = detailCode;
  }
}

const BATCH_MAX = 20;
const AFTER_WRITE_DELAYS_MS = [250, 500, 1000, 2000];

function toError(e: unknown): unknown {
  if (e instanceof GraphError) {
    // The SDK keeps the service's error object (sometimes still wrapped in {error}) as text.
    type Err = { details?: { code?: string }[] };
    const body = (e.body ? safeJson(e.body) : null) as (Err & { error?: Err }) | null;
    const detail = (body?.error ?? body)?.details?.[0]?.code ?? null;
    return new GraphApiError(e.statusCode, e.code ?? 'Unknown', e.message, detail);
  }
  return e;
}

function safeJson(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function withCount(path: string): string {
  return path.includes('$count=') ? path : `${path}${path.includes('?') ? '&' : '?'}$count=true`;
}

export function createGraphApi(options: GraphApiOptions): GraphApi {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxRetries = options.maxRetries ?? 5;
  const base = new URL(options.baseUrl);
  let requestCount = 0;
  const authProvider: AuthenticationProvider = { getAccessToken: options.getToken };
  const transport = new HttpsTransport(options.caPem);
  const counting = {
    execute: async (context: Parameters<HttpsTransport['execute']>[0]) => {
      requestCount++;
      await transport.execute(context);
    },
    setNext: () => undefined,
  };
  const auth = new AuthenticationHandler(authProvider);
  // The SDK's RetryHandler honours Retry-After on 429/503/504 for whole requests.
  const retry = new RetryHandler(new RetryHandlerOptions(1, maxRetries));
  auth.setNext(retry);
  retry.setNext(counting);
  const client = Client.initWithMiddleware({
    baseUrl: `${base.origin}/`,
    // The SDK compares hostnames without the port; the token goes only to https hosts listed here.
    customHosts: new Set([base.hostname]),
    middleware: auth,
    defaultVersion: 'v1.0',
  });

  const request = (path: string, advanced: boolean) => {
    const r = client.api(advanced ? withCount(path) : path);
    return advanced ? r.header('ConsistencyLevel', 'eventual') : r;
  };

  const api: GraphApi = {
    get requestCount() {
      return requestCount;
    },
    async get<T>(path: string, o: { advanced?: boolean } = {}) {
      try {
        return (await request(path, o.advanced === true).get()) as T;
      } catch (e) {
        throw toError(e);
      }
    },
    async list<T>(path: string, o: { advanced?: boolean } = {}) {
      const out: T[] = [];
      let next: string | undefined = path;
      let first = true;
      while (next) {
        let page: { value: T[]; '@odata.nextLink'?: string };
        try {
          // A nextLink is absolute and already carries the query; the header must go again.
          const r = first ? request(next, o.advanced === true) : client.api(next);
          if (!first && o.advanced) r.header('ConsistencyLevel', 'eventual');
          page = (await r.get()) as typeof page;
        } catch (e) {
          throw toError(e);
        }
        out.push(...page.value);
        next = page['@odata.nextLink'];
        first = false;
      }
      return out;
    },
    async getMany<T>(paths: readonly string[], o: { advanced?: boolean } = {}) {
      const results: BatchResult<T>[] = new Array(paths.length);
      for (let start = 0; start < paths.length; start += BATCH_MAX) {
        let pending = paths.slice(start, start + BATCH_MAX).map((p, i) => ({ index: start + i, path: p }));
        for (let attempt = 0; pending.length > 0; attempt++) {
          const requests = pending.map((p) => ({
            id: String(p.index),
            method: 'GET',
            url: o.advanced ? withCount(p.path) : p.path,
            ...(o.advanced ? { headers: { ConsistencyLevel: 'eventual' } } : {}),
          }));
          let body: {
            responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
          };
          try {
            body = (await client.api('/$batch').post({ requests })) as typeof body;
          } catch (e) {
            throw toError(e);
          }
          const throttled: typeof pending = [];
          let waitSeconds = 0;
          for (const r of body.responses) {
            const index = Number(r.id);
            if (r.status === 429 && attempt < maxRetries) {
              throttled.push({ index, path: paths[index] ?? '' });
              const after = Number(
                Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1] ?? '1',
              );
              waitSeconds = Math.max(waitSeconds, Number.isFinite(after) ? after : 1);
            } else {
              results[index] = {
                status: r.status,
                body: r.status < 300 ? ((r.body ?? null) as T | null) : null,
              };
              if (r.status >= 400 && r.status !== 404 && r.status !== 429) {
                const err = (r.body as { error?: { code?: string; message?: string } } | undefined)?.error;
                throw new GraphApiError(
                  r.status,
                  err?.code ?? 'Unknown',
                  err?.message ?? `Request failed (${r.status})`,
                  null,
                );
              }
            }
          }
          if (throttled.length > 0) await sleep(waitSeconds * 1000);
          pending = throttled;
        }
      }
      return results;
    },
    async getAfterWrite<T>(path: string) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await api.get<T>(path);
        } catch (e) {
          const delay = AFTER_WRITE_DELAYS_MS[attempt];
          if (!(e instanceof GraphApiError && e.status === 404) || delay === undefined) throw e;
          await sleep(delay);
        }
      }
    },
    async patch(path: string, body: unknown) {
      try {
        await client.api(path).patch(body);
      } catch (e) {
        throw toError(e);
      }
    },
    async post<T>(path: string, body: unknown) {
      try {
        return (await client.api(path).post(body)) as T;
      } catch (e) {
        throw toError(e);
      }
    },
  };
  return api;
}
