import type { ChangeView } from '../src-preload/contract/index.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDrainScheduler } from './changes/drain-scheduler.ts';
import { createJournal } from './changes/journal.ts';
import { ConnectionService, type SessionTiming } from './connection/connection-service.ts';
import { ListLoads } from './connection/list-loads.ts';
import { currentSessionWriter } from './connection/current-session-writer.ts';
import { createObjectChangeFeed } from './connection/object-change-feed.ts';
import { ProfileStore } from './connection/profile-store.ts';
import { appHandlers, type AppFacts } from './handlers/app-handlers.ts';
import { changesHandlers } from './handlers/changes-handlers.ts';
import { directoryHandlers } from './handlers/directory-handlers.ts';
import { objectsHandlers } from './handlers/objects-handlers.ts';
import { readinessHandlers } from './handlers/readiness-handlers.ts';
import { offlineHandlers } from './handlers/offline-handlers.ts';
import { OfflineCopies } from './cache/offline-copies.ts';
import { recipientsHandlers } from './handlers/recipients-handlers.ts';
import { cloudHandlers } from './handlers/cloud-handlers.ts';
import { CloudService } from './cloud/cloud-service.ts';
import { PRODUCTION_ENDPOINTS, type CloudEndpoints } from './cloud/cloud-endpoints.ts';
import { EventBus } from './ipc/event-bus.ts';
import { joinHandlers, type Handlers } from './ipc/handlers.ts';
import { HandlerRegistry, type Logger } from './ipc/registry.ts';
import type { SecretStore } from './secrets/secret-store.ts';
import { openDatabase } from './store/open-database.ts';
import { EntryCache } from './cache/entry-cache.ts';
import { openCacheDatabase } from './cache/open-cache-database.ts';
import { SampleDirectory } from './sample/sample-directory.ts';
import { discardSampleChanges } from './sample/discard-sample-changes.ts';
import { writeToSample } from './sample/sample-writes.ts';
import { createGuard } from './recipients/create-guard.ts';
import { fileURLToPath } from 'node:url';
import { createSettings } from './store/settings.ts';
import { guidedHandlers } from './handlers/guided-handlers.ts';
import { GuidedService } from './guided/guided-service.ts';
import { GuidedStore } from './guided/guided-store.ts';
import { guidedPorts } from './guided/guided-wiring.ts';

/** resources/ beside src-main/ in the repository, and beside out/main/ in a build. */
const DEFAULT_RESOURCES_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '../resources');

export interface ServiceOptions {
  /** Per-user folder for the local database and settings. */
  userDataDir: string;
  secrets: SecretStore;
  facts: AppFacts;
  log?: Logger;
  /** Where the bundled resources are (the sample directory); the repository's resources/ by default. */
  resourcesDir?: string;
  /** Where Microsoft Graph and the sign-in are (production unless the entry point says otherwise). */
  cloud?: CloudEndpoints;
  /** Timeouts and reconnection delays of the directory session (tests of a stalled network). */
  sessionTiming?: SessionTiming;
  /** Opens the system browser for the Microsoft 365 sign-in; absent: device code only. */
  openBrowser?: (url: string) => Promise<void>;
}

export interface Services {
  registry: HandlerRegistry;
  bus: EventBus;
  dispose(): Promise<void>;
}

/**
 * Builds every main-process service once and the registry over them. Both transports call this, so
 * the Electron window and the browser see the same handlers with the same state rules.
 */
export function createServices(options: ServiceOptions): Services {
  const { handlers, bus, dispose } = createServiceHandlers(options);
  return { registry: new HandlerRegistry(handlers, options.log), bus, dispose };
}

/** The services and their handlers, before the registry checks them (tests swap single handlers). */
export function createServiceHandlers(options: ServiceOptions): {
  handlers: Handlers;
  bus: EventBus;
  dispose(): Promise<void>;
} {
  mkdirSync(options.userDataDir, { recursive: true });
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const bus = new EventBus();
  const dbFile = join(options.userDataDir, 'recipientdesk.db');
  const db = openDatabase(dbFile);
  const settings = createSettings(db);
  const cacheDb = openCacheDatabase(dbFile);
  const cache = new EntryCache(cacheDb);
  const connection = new ConnectionService({
    profiles: new ProfileStore(settings),
    secrets: options.secrets,
    bus,
    cache,
    sample: new SampleDirectory({ cache, resourcesDir: options.resourcesDir ?? DEFAULT_RESOURCES_DIR }),
    ...(options.sessionTiming ? { timing: options.sessionTiming } : {}),
  });
  const objectChanges = createObjectChangeFeed({
    connection,
    bus,
    log,
    // A deleted object leaves the cache too, or it would show up again offline.
    forget: (guid) => {
      const scope = connection.writableScope();
      if (scope !== null) cache.remove(scope.domain, guid);
    },
  });
  const journal = createJournal({
    db,
    author: 'RecipientDesk',
    writer: currentSessionWriter(connection),
    onChanged: (change) => bus.emit('onChangeUpdated', change),
    onLaneSent: (applied) => objectChanges.onApplied(applied),
    // A create queued offline was checked against the cache only: the DC is asked before the add.
    checkCreate: createGuard(() => connection.requireSession()),
  });
  const drains = createDrainScheduler({
    journal,
    log,
    // Queued changes go only to their own profile and domain, and never through a read-only session.
    scope: () => (connection.state.status === 'online' ? connection.writableScope() : null),
  });
  const stopListening = bus.subscribe((name, payload) => {
    if (name === 'onConnectionChanged' && (payload as { status: string }).status === 'online')
      void drains.kick();
  });
  const cloud = new CloudService({
    secrets: options.secrets,
    settings,
    endpoints: options.cloud ?? PRODUCTION_ENDPOINTS,
    profileId: () => connection.state.profileId,
    onStatus: (status) => bus.emit('onCloudStatusChanged', status),
    ...(options.openBrowser ? { openBrowser: options.openBrowser } : {}),
  });
  const tenantDomains = () => cloud.domains();
  // The sample has no DC: its cached copy takes each change as a DC would (sample-writes.ts).
  const sampleWriter = {
    async write(changes: readonly ChangeView[]) {
      const reader = connection.sampleReader;
      if (reader === null) return;
      for (const change of changes)
        await writeToSample(cache, reader, change, (event) => bus.emit('onObjectChanged', event));
    },
  };
  const changes = changesHandlers(journal, connection, objectChanges, sampleWriter, tenantDomains);
  const guided = new GuidedService({
    store: new GuidedStore(db),
    settings,
    // The fixes write through the same changes handlers as the renderer's edits.
    ports: guidedPorts(connection, changes, cloud),
    scope: () => connection.writableScope(),
    onChanged: (view) => bus.emit('onGuidedFixChanged', view),
  });
  const handlers = joinHandlers({
    app: appHandlers(options.facts),
    directory: directoryHandlers(connection, new ListLoads(bus), {
      // A reset puts the sample back as shipped: the changes made to it go with it.
      discardChanges: () => discardSampleChanges(journal),
    }),
    objects: objectsHandlers(connection, tenantDomains),
    changes,
    readiness: readinessHandlers(connection, bus, tenantDomains, () => cloud.requireApi()),
    offline: offlineHandlers(connection, new OfflineCopies(cache), bus),
    recipients: recipientsHandlers({
      connection,
      journal,
      objectChanges,
      settings,
      sample: sampleWriter,
      tenant: tenantDomains,
    }),
    cloud: cloudHandlers(cloud, connection, bus, () => journal.audit({})),
    guided: guidedHandlers(guided),
  });
  return {
    handlers,
    bus,
    async dispose() {
      stopListening();
      drains.stop();
      await objectChanges.settled();
      await connection.dispose();
      cacheDb.close();
      db.close();
    },
  };
}
