import { mkdirSync } from 'node:fs';
import { appHandlers, type AppFacts } from './app/app-handlers.ts';
import { combineHandlers, type HandlerGroup } from './ipc/handlers.ts';
import { EventBus } from './ipc/event-bus.ts';
import { HandlerRegistry, type Logger } from './ipc/registry.ts';
import type { SecretStore } from './secrets/secret-store.ts';
import { directoryHandlers } from './connection/directory-handlers.ts';
import { ConnectionService } from './connection/connection-service.ts';
import { ProfileStore } from './connection/profile-store.ts';
import { openDatabase } from './store/open-database.ts';
import { createSettings } from './store/settings.ts';
import { join } from 'node:path';
import { createJournal } from './changes/journal.ts';
import { journalWriter } from './connection/journal-writer.ts';
import { changesHandlers } from './handlers/changes-handlers.ts';
import { objectsHandlers } from './handlers/objects-handlers.ts';
import { createDrainScheduler } from './changes/drain-scheduler.ts';

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

/** The services and their handler groups, before the registry checks them (tests swap single handlers). */
export function createServiceHandlers(options: ServiceOptions): {
  handlers: HandlerGroup;
  bus: EventBus;
  dispose(): Promise<void>;
} {
  mkdirSync(options.userDataDir, { recursive: true });
  const bus = new EventBus();
  const db = openDatabase(join(options.userDataDir, 'recipientdesk.db'));
  const connection = new ConnectionService({
    profiles: new ProfileStore(createSettings(db)),
    secrets: options.secrets,
    bus,
  });
  const journal = createJournal({
    db,
    author: 'RecipientDesk',
    onChanged: (change) => bus.emit('onChangeUpdated', change),
  });
  const writer = journalWriter(connection);
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const drains = createDrainScheduler({
    journal,
    writer,
    log,
    // Queued changes go only to their own profile and domain, and never through a read-only session.
    scope: () => (connection.state.status === 'online' ? connection.writableScope() : null),
  });
  const stopListening = bus.subscribe((name, payload) => {
    if (name === 'onConnectionChanged' && (payload as { status: string }).status === 'online')
      void drains.kick();
  });
  const handlers = combineHandlers(
    appHandlers(options.facts),
    directoryHandlers(connection),
    objectsHandlers(connection),
    changesHandlers(journal, connection, writer),
  );
  return {
    handlers,
    bus,
    async dispose() {
      stopListening();
      drains.stop();
      await connection.dispose();
      db.close();
    },
  };
}
