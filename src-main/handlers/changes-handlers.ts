import type { ChangeView } from '../../src-preload/contract/index.ts';
import type { Journal } from '../changes/journal.ts';
import type { DirectoryWriter } from '../changes/ports.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { HandlerGroup } from '../ipc/handlers.ts';

/**
 * Every write goes through here: recorded in the journal first, then applied when a session is
 * online. Without one the change simply stays pending; nothing is sent and nothing is lost.
 */
export function changesHandlers(
  journal: Journal,
  connection: ConnectionService,
  writer: DirectoryWriter,
): HandlerGroup {
  const online = () => connection.state.status === 'online';
  const author = () => connection.state.identity ?? 'unknown';
  return {
    'changes.submit': async ({ changes }) => {
      // All or none are queued, so a bulk edit never half-lands in the journal.
      const recorded = journal.recordMany(changes.map((input) => ({ ...input, author: author() })));
      if (!online()) return recorded;
      const results: ChangeView[] = [];
      for (const change of recorded) results.push(await journal.apply(change.id, writer));
      return results;
    },
    'changes.list': ({ statuses, limit }) => {
      // Newest first: the panel shows what just happened at the top.
      const all = journal.list(statuses ? { statuses } : {}).reverse();
      return limit ? all.slice(0, limit) : all;
    },
    'changes.retry': ({ id }) => journal.retry(id, writer),
    'changes.discard': ({ id }) => journal.discard(id),
    'changes.resolve': async ({ id, keep }) => {
      const next = journal.resolveConflict(id, keep);
      return keep === 'mine' && online() ? journal.apply(next.id, writer) : next;
    },
    'changes.undo': async ({ auditId }) => {
      const change = journal.undo(auditId);
      return online() ? journal.apply(change.id, writer) : change;
    },
    'changes.powershell': ({ id }) => journal.powershell(id),
    'changes.audit': ({ objectGuid }) => journal.audit(objectGuid ? { objectGuid } : {}),
  };
}
