import type { EventName, EventPayload } from '../../src-preload/contract/index.ts';

type Listener = (name: EventName, payload: unknown) => void;

/**
 * Main-to-renderer events. Services emit typed events here; each transport subscribes once and
 * forwards to its windows or sockets, so services never know which transport is running.
 */
export class EventBus {
  readonly #listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.#listeners) listener(name, payload);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
