// Test-only: how tests route MSAL's production-authority calls to the Graph test server.

import type { MsalNetworkOptions } from '../../src-main/cloud/msal-network.ts';

export function msalTestRoute(serverUrl: string, caPem: string, log: string[] = []): MsalNetworkOptions {
  return {
    caPem,
    route: (url) => {
      log.push(url);
      const routed = url.replace(/^https:\/\/login\.microsoftonline\.com\//, `${serverUrl}/login/`);
      if (routed === url) throw new Error(`Test network: unexpected host in ${url}`);
      return routed;
    },
  };
}
