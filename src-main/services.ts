import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDrainScheduler } from './changes/drain-scheduler.ts';
import { createJournal } from './changes/journal.ts';
import { ConnectionService } from './connection/connection-service.ts';
import { ListLoads } from './connection/list-loads.ts';
import { currentSessionWriter } from './connection/current-session-writer.ts';
import { createObjectChangeFeed } from './connection/object-change-feed.ts';
import { ProfileStore } from './connection/profile-store.ts';
import { appHandlers, type AppFacts } from './handlers/app-handlers.ts';
import { changesHandlers } from './handlers/changes-handlers.ts';
import { directoryHandlers } from './handlers/directory-handlers.ts';
import { objectsHandlers } from './handlers/objects-handlers.ts';
import { readinessHandlers } from './handlers/readiness-handlers.ts';
import { recipientsHandlers } from './handlers/recipients-handlers.ts';
import { EventBus } from './ipc/event-bus.ts';
import { joinHandlers, type Handlers } from './ipc/handlers.ts';
import { HandlerRegistry, type Logger } from './ipc/registry.ts';
import type { SecretStore } from './secrets/secret-store.ts';
import { openDatabase } from './store/open-database.ts';
import { createSettings } from './store/settings.ts';

export interface ServiceOptions {
  /** Per-user folder for the local database and settings. */
  userDataDir: string;
  secrets: SecretStore;
  facts: AppFacts;
  log?: Logger;
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
  const db = openDatabase(join(options.userDataDir, 'recipientdesk.db'));
  const settings = createSettings(db);
  const connection = new ConnectionService({
    profiles: new ProfileStore(settings),
    secrets: options.secrets,
    bus,
  });
  const objectChanges = createObjectChangeFeed({ connection, bus, log });
  const journal = createJournal({
    db,
    author: 'RecipientDesk',
    writer: currentSessionWriter(connection),
    onChanged: (change) => {
      bus.emit('onChangeUpdated', change);
      objectChanges.onChange(change);
    },
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
  const handlers = joinHandlers({
    app: appHandlers(options.facts),
    directory: directoryHandlers(connection, new ListLoads(bus)),
    objects: objectsHandlers(connection),
    changes: changesHandlers(journal, connection, objectChanges),
    readiness: readinessHandlers(connection, bus),
    recipients: recipientsHandlers({ connection, journal, objectChanges, settings }),
  });
  return {
    handlers,
    bus,
    async dispose() {
      stopListening();
      drains.stop();
      await objectChanges.settled();
      await connection.dispose();
      db.close();
    },
  };
}
