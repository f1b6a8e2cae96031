// MSAL's network client (system.networkClient) over node:https: the app's own so it can trust an
// explicit CA (a TLS-inspecting proxy's) and so sign-in errors keep the identity platform's
// AADSTS code, which MSAL drops from device code errors (it reports only "invalid_grant").

import { request } from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export interface MsalNetworkOptions {
  caPem?: string;
  /** Where a URL is really sent; tests route the production authority to the test server. */
  route?: (url: string) => string;
  /** Sees every error body (for the AADSTS code). */
  onErrorBody?: (body: { error?: string; error_codes?: number[]; error_description?: string }) => void;
}

export function httpsNetworkModule(options: MsalNetworkOptions = {}): INetworkModule {
  const send = <T>(method: string, url: string, o?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const target = options.route ? options.route(url) : url;
    return new Promise((resolve, reject) => {
      const req = request(
        target,
        { method, headers: o?.headers ?? {}, ...(options.caPem ? { ca: options.caPem } : {}) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
            let body: unknown = {};
            try {
              body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
            } catch {
              body = {};
            }
            const status = res.statusCode ?? 0;
            if (status >= 400)
              options.onErrorBody?.(body as Parameters<NonNullable<MsalNetworkOptions['onErrorBody']>>[0]);
            resolve({ status, headers, body: body as T });
          });
        },
      );
      req.on('error', reject);
      req.end(o?.body);
    });
  };
  return {
    sendGetRequestAsync: (url, o) => send('GET', url, o),
    sendPostRequestAsync: (url, o) => send('POST', url, o),
  };
}
