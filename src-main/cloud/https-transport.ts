// The last link of the Graph client's middleware chain: sends the request over node:https so a
// connection can trust an explicit CA (a TLS-inspecting proxy's, or the test server's) without
// ever turning certificate checks off. Replaces the default handler, which uses global fetch.

import { request } from 'node:https';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export class HttpsTransport implements Middleware {
  readonly #ca: string | undefined;

  constructor(ca?: string) {
    this.#ca = ca;
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = context.options ?? {};
    const headers: Record<string, string> = {};
    new Headers(options.headers as HeadersInit | undefined).forEach((v, k) => {
      headers[k] = v;
    });
    const body = typeof options.body === 'string' ? options.body : undefined;
    context.response = await new Promise<Response>((resolve, reject) => {
      const req = request(
        url,
        { method: options.method ?? 'GET', headers, ...(this.#ca ? { ca: this.#ca } : {}) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const out = new Headers();
            for (const [k, v] of Object.entries(res.headers))
              if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : v);
            const status = res.statusCode ?? 500;
            const noBody = status === 204 || status === 304;
            resolve(new Response(noBody ? null : Buffer.concat(chunks), { status, headers: out }));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  setNext(): void {
    // The end of the chain.
  }
}
