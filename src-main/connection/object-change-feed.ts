import type { ChangeView, ObjectChanged } from '../../src-preload/contract/index.ts';
import { editDelta } from '../../src-preload/shared/values.ts';
import type { DirectorySession } from '../directory/session.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import type { ConnectionService } from './connection-service.ts';
import { toObjectDetails } from './object-details.ts';

/**
 * A bulk "add 500 users to the group" changes 500 memberOf back links; reading every one would cost
 * more than the write. Beyond this many, linked objects are not pushed (the renderer's copy of such
 * an object is refreshed when it is next opened, F5 re-reads the list).
 */
const LINKED_PUSH_LIMIT = 25;

export interface ObjectChangeFeed {
  /**
   * What one run of an object's lane applied, in order (the journal's onLaneSent): each object is
   * read back once, after its last step, and pushed with the last change's id.
   */
  onApplied(changes: readonly ChangeView[]): void;
  /** Resolves when every push started so far is sent, so a handler can answer after its events. */
  settled(): Promise<void>;
}

/**
 * Main pushes what changed: after an object's lane has sent its steps, the object is read once (by objectGUID, so a
 * rename cannot lose it) and sent as onObjectChanged with its fresh entry and list row; a delete is
 * sent without one. Objects named in a forward link (member, managedBy, publicDelegates…) are sent
 * too, because the server changed their back links (memberOf…) with the write.
 */
export function createObjectChangeFeed(options: {
  connection: ConnectionService;
  bus: EventBus;
  log(message: string, error?: unknown): void;
  /** Told of every object the journal deleted (the entry cache forgets it). */
  forget?(objectGuid: string): void;
}): ObjectChangeFeed {
  const inFlight = new Set<Promise<void>>();

  async function push(session: DirectorySession, change: ChangeView, target: string) {
    const entry = await session.read(target);
    const details = toObjectDetails(session, entry);
    // The DN as read now: after a rename, move or create it is not the one the change was made at.
    const payload: ObjectChanged = {
      objectGuid: details.row.guid,
      dn: entry.dn,
      details,
      changeId: change.id,
    };
    options.bus.emit('onObjectChanged', payload);
  }

  async function publish(changes: readonly ChangeView[]): Promise<void> {
    const change = changes[changes.length - 1]!;
    if (change.operation === 'delete') {
      options.forget?.(change.objectGuid);
      options.bus.emit('onObjectChanged', {
        objectGuid: change.objectGuid,
        dn: change.dn,
        details: null,
        changeId: change.id,
      });
      return;
    }
    const session = options.connection.requireSession();
    await push(session, change, `<GUID=${change.objectGuid}>`);
    for (const dn of linkedDns(session, changes).slice(0, LINKED_PUSH_LIMIT)) await push(session, change, dn);
  }

  return {
    onApplied(applied) {
      const byObject = new Map<string, ChangeView[]>();
      for (const change of applied) {
        if (change.status !== 'applied') continue;
        const key = change.objectGuid.toLowerCase();
        byObject.set(key, [...(byObject.get(key) ?? []), change]);
      }
      for (const changes of byObject.values()) {
        const last = changes[changes.length - 1]!;
        const job = publish(changes)
          .catch((error: unknown) => options.log(`Could not read change #${last.id}'s object back`, error))
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
      }
    },
    async settled() {
      await Promise.all([...inFlight]);
    },
  };
}

/** DNs the changes added to or removed from forward links (even linkID); their back links moved. */
function linkedDns(session: DirectorySession, changes: readonly ChangeView[]): string[] {
  const dns = new Map<string, string>();
  for (const edit of changes.flatMap((change) => change.edits)) {
    const linkId = session.schema.attribute(edit.attr)?.linkId;
    if (linkId === undefined || linkId % 2 !== 0) continue;
    const delta = editDelta(edit);
    // A blind replace (no base) names only what it wrote; what it removed is in the audit.
    const touched = delta ? [...delta.removed, ...delta.added] : 'desired' in edit ? edit.desired : [];
    for (const dn of touched) dns.set(dn.toLowerCase(), dn);
  }
  return [...dns.values()];
}
