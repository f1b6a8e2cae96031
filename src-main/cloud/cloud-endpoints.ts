// Where the cloud side sends its calls. Production: Microsoft Graph and the Microsoft identity
// platform, trusted through the system's CAs. The environment can name a CA to trust on top (a
// TLS-inspecting proxy's) and, for the end-to-end tests, route both to the local Graph test server;
// the authority MSAL uses stays the production one either way.

import { readFileSync } from 'node:fs';

export interface CloudEndpoints {
  /** https://graph.microsoft.com, or the test server's URL. */
  graphBaseUrl: string;
  /** Extra CA (PEM) for Graph and the sign-in calls. */
  caPem?: string;
  /** Where a login.microsoftonline.com URL is really sent (identity when not routed). */
  routeLogin?: (url: string) => string;
}

export const PRODUCTION_ENDPOINTS: CloudEndpoints = { graphBaseUrl: 'https://graph.microsoft.com' };

const LOGIN_HOST = /^https:\/\/login\.microsoftonline\.com\//;

/**
 * RD_CLOUD_CA_FILE: a PEM file of CAs to trust besides the system's. RD_GRAPH_URL and RD_LOGIN_URL
 * (both https): send Graph, and the identity platform's calls under /login/, elsewhere.
 */
export function cloudEndpointsFromEnv(env: NodeJS.ProcessEnv = process.env): CloudEndpoints {
  const endpoints: CloudEndpoints = { ...PRODUCTION_ENDPOINTS };
  if (env.RD_CLOUD_CA_FILE) endpoints.caPem = readFileSync(env.RD_CLOUD_CA_FILE, 'utf8');
  if (env.RD_GRAPH_URL) endpoints.graphBaseUrl = httpsUrl(env.RD_GRAPH_URL, 'RD_GRAPH_URL');
  if (env.RD_LOGIN_URL) {
    const base = httpsUrl(env.RD_LOGIN_URL, 'RD_LOGIN_URL').replace(/\/$/, '');
    endpoints.routeLogin = (url) => url.replace(LOGIN_HOST, `${base}/login/`);
  }
  return endpoints;
}

function httpsUrl(value: string, name: string): string {
  if (!/^https:\/\/[^/\s]+/.test(value)) throw new Error(`${name} must be an https:// URL, not "${value}".`);
  return value.replace(/\/$/, '');
}
