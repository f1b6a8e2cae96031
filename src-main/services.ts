import { mkdirSync } from 'node:fs';
import { appHandlers, type AppFacts } from './app/app-handlers.ts';
import { combineHandlers } from './ipc/handlers.ts';
import { EventBus } from './ipc/event-bus.ts';
import { HandlerRegistry, type Logger } from './ipc/registry.ts';
import type { SecretStore } from './secrets/secret-store.ts';
import { directoryHandlers } from './connection/directory-handlers.ts';
import { ConnectionService } from './connection/connection-service.ts';

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
  mkdirSync(options.userDataDir, { recursive: true });
  const bus = new EventBus();
  const connection = new ConnectionService({
    userDataDir: options.userDataDir,
    secrets: options.secrets,
    bus,
  });
  const registry = new HandlerRegistry(
    combineHandlers(appHandlers(options.facts), directoryHandlers(connection)),
    options.log,
  );
  return {
    registry,
    bus,
    async dispose() {
      await connection.dispose();
    },
  };
}
