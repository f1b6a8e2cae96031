// Test-only: the app's cloud endpoints pointed at a Graph test server, for the services in
// integration tests (the browser transport gets the same through RD_GRAPH_URL / RD_LOGIN_URL).
import type { CloudEndpoints } from '../../src-main/cloud/cloud-endpoints.ts';
import type { GraphTestServer } from './graph-server.ts';
import { msalTestRoute } from './msal-test-network.ts';

export function graphTestEndpoints(server: GraphTestServer, log: string[] = []): CloudEndpoints {
  const route = msalTestRoute(server.url, server.caPem, log).route;
  return { graphBaseUrl: server.url, caPem: server.caPem, ...(route ? { routeLogin: route } : {}) };
}

/** Environment for a web app child process that should talk to this server. */
export function graphTestEnv(server: GraphTestServer, caFile: string): Record<string, string> {
  return { RD_GRAPH_URL: server.url, RD_LOGIN_URL: server.url, RD_CLOUD_CA_FILE: caFile };
}
