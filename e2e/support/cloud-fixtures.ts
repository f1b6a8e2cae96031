import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphTestServer } from '../graph/graph-server.ts';
import { graphTestEnv } from '../graph/graph-test-endpoints.ts';
import { test as base, expect } from './fixtures.ts';
import { startWebApp } from './web-app.ts';

interface CloudWorker {
  /** One Graph test server per worker: the app's Graph and sign-in calls are routed to it. */
  graph: { server: GraphTestServer; caFile: string };
}

/**
 * The app's fixtures with Microsoft 365 replaced by the Graph test server: the web app starts with
 * RD_GRAPH_URL / RD_LOGIN_URL / RD_CLOUD_CA_FILE pointing at it. Every test checks afterwards that
 * no request or response broke Microsoft's published contract.
 */
export const test = base.extend<{ graphContract: void }, CloudWorker>({
  graph: [
    async ({}, use) => {
      const server = await GraphTestServer.start();
      const dir = mkdtempSync(join(tmpdir(), 'rd-graph-ca-'));
      const caFile = join(dir, 'ca.pem');
      writeFileSync(caFile, server.caPem);
      await use({ server, caFile });
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  webApp: async ({ graph }, use) => {
    const app = await startWebApp({ env: graphTestEnv(graph.server, graph.caFile) });
    await use(app);
    await app.stop();
  },
  graphContract: [
    async ({ graph }, use) => {
      graph.server.violations.length = 0;
      await use();
      expect(graph.server.violations).toEqual([]);
    },
    { auto: true },
  ],
});

/** Lets the device code be "entered" by the admin as soon as the app shows it. */
export function approveDeviceCode(server: GraphTestServer, userCode: string): void {
  for (const c of server.login.codes.values()) if (c.userCode === userCode) c.approved = true;
}

export { expect };
