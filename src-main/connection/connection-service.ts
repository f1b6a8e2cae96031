import type { ConnectionState } from '../../src-preload/contract/index.ts';
import { AppError } from '../../src-preload/contract/index.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import type { SecretStore } from '../secrets/secret-store.ts';

export interface ConnectionServiceOptions {
  userDataDir: string;
  secrets: SecretStore;
  bus: EventBus;
}

// Placeholder until the directory layer lands: holds the state the status bar shows.
export class ConnectionService {
  #state: ConnectionState = {
    status: 'disconnected',
    profileId: null,
    server: null,
    identity: null,
    readOnly: false,
    message: null,
  };
  readonly options: ConnectionServiceOptions;

  constructor(options: ConnectionServiceOptions) {
    this.options = options;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  requireSession(): never {
    throw new AppError('NOT_CONNECTED', 'Connect to a domain controller first.');
  }

  async dispose(): Promise<void> {}
}
