import type { DomainHandlers } from '../ipc/handlers.ts';
import type { GuidedService } from '../guided/guided-service.ts';
import { canRunSyncHere, runSyncNow } from '../guided/sync-now.ts';

export function guidedHandlers(guided: GuidedService): DomainHandlers<'guided'> {
  return {
    'guided.list': () => ({
      fixes: guided.list(),
      settings: guided.settings(),
      canRunSync: canRunSyncHere(),
    }),
    'guided.saveSettings': (settings) => guided.saveSettings(settings),
    'guided.startMissingAlias': (input) => guided.startMissingAlias(input),
    'guided.startPlainText': (input) => guided.startPlainText(input),
    'guided.startTakeover': (input) => guided.startTakeover(input),
    'guided.run': ({ id }) => guided.run(id),
    'guided.check': ({ id }) => guided.check(id),
    'guided.cancel': ({ id }) => guided.cancel(id),
    'guided.syncNow': ({ server, policy }) => runSyncNow(server, policy),
  };
}
