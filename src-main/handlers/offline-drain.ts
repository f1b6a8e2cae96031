import type { ConnectionState } from '../../src-preload/contract/index.ts';
import type { Journal } from '../changes/journal.ts';
import type { DirectoryWriter } from '../changes/ports.ts';
import type { EventBus } from '../ipc/event-bus.ts';

/**
 * Edits made while the domain controller was unreachable wait in the journal; as soon as a session
 * is online again they are sent, in order per object, each still a compare-and-swap. One drain at a
 * time: a second "online" during a drain only asks for one more pass afterwards.
 */
export function drainWhenOnline(bus: EventBus, journal: Journal, writer: DirectoryWriter): () => void {
  let running = false;
  let again = false;
  const drain = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await journal.applyPending(writer);
      } while (again);
    } finally {
      running = false;
    }
  };
  return bus.subscribe((name, payload) => {
    if (name === 'onConnectionChanged' && (payload as ConnectionState).status === 'online')
      void drain().catch(() => {});
  });
}
