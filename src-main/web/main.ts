import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { createServices } from '../services.ts';
import { SessionSecretStore } from '../secrets/secret-store.ts';
import { readPackageFacts } from '../app/package-facts.ts';
import { defaultUserDataDir } from '../app/user-data-dir.ts';
import { startWebServer } from './web-server.ts';
import { LAUNCH_CODE_TTL_MS } from './launch-session.ts';
import { openInDefaultBrowser } from './open-browser.ts';
import { cloudEndpointsFromEnv } from '../cloud/cloud-endpoints.ts';

// Browser-transport entry: the main-process services in plain Node, served to a browser on loopback.
const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'user-data-dir': { type: 'string' },
    'renderer-dir': { type: 'string', default: resolve(repoRoot, 'out/renderer') },
    open: { type: 'boolean', default: false },
  },
});

const rendererDir = resolve(values['renderer-dir']);
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(
    `The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`,
  );
  process.exit(1);
}

const services = createServices({
  userDataDir: values['user-data-dir'] ?? defaultUserDataDir(),
  secrets: new SessionSecretStore(),
  facts: { ...readPackageFacts(resolve(repoRoot, 'package.json')), electronVersion: null },
  log: (message, error) => console.error(message, error),
  resourcesDir: resolve(repoRoot, 'resources'),
  cloud: cloudEndpointsFromEnv(),
});
const server = await startWebServer({
  registry: services.registry,
  bus: services.bus,
  rendererDir,
  port: Number(values.port),
});
// The URL holds a one-time code, not the session token: printing it (and opening the browser with it,
// where other local users can read the command line) gives away at most a code the browser spends.
console.log(
  `RecipientDesk is serving the browser transport at ${server.launchUrl} (the code in it works once, within ${LAUNCH_CODE_TTL_MS / 60_000} minutes)`,
);
if (values.open) openInDefaultBrowser(server.launchUrl);

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await server.close();
  await services.dispose();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
