import type { OfflineCopyInfo, OfflineProgress } from '../../src-preload/contract/index.ts';
import { AppError, isAppError } from '../../src-preload/contract/errors.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { OfflineCopies, OfflineCopy } from '../cache/offline-copies.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import type { DomainHandlers } from '../ipc/handlers.ts';

/**
 * "Make available offline": starts a fill (or a refresh, when the subtree is already kept from this
 * DC) in the background and pushes its progress and outcome as onOfflineProgress events.
 */
export function offlineHandlers(
  connection: ConnectionService,
  copies: OfflineCopies,
  bus: EventBus,
): DomainHandlers<'offline'> {
  const running = new Map<string, AbortController>();
  const domain = (): string | null =>
    connection.live ? connection.requireSession().rootDse.defaultNamingContext : null;
  return {
    'offline.list': () => {
      const dn = domain();
      return dn === null ? [] : copies.list(dn).map(toInfo);
    },
    'offline.start': ({ operationId, dn }) => {
      const domainDn = domain();
      if (domainDn === null)
        throw new AppError('OFFLINE', 'A copy can only be read while the domain controller is reachable.');
      if (running.has(operationId))
        throw new AppError('INVALID_INPUT', `An operation with id ${operationId} is already running.`);
      const session = connection.requireSession();
      const kind: OfflineProgress['kind'] = copies.copyOf(domainDn, dn) === undefined ? 'fill' : 'refresh';
      const controller = new AbortController();
      running.set(operationId, controller);
      const base = { operationId, dn, kind, total: null, done: false, cancelled: false, error: null };
      const emit = (extra: Partial<OfflineProgress>): void =>
        bus.emit('onOfflineProgress', { ...base, read: 0, outcome: null, copy: null, ...extra });
      const run = {
        signal: controller.signal,
        onProgress: (read: number, total: number | null) => emit({ read, total }),
      };
      void (kind === 'fill' ? copies.fill(session, dn, run) : copies.refresh(session, dn, run))
        .then((result) => {
          const copy = copies.copyOf(domainDn, dn);
          const { read, updated, deleted, seconds } = result;
          emit({
            read,
            done: true,
            cancelled: result.cancelled,
            outcome: result.cancelled ? null : { read, updated, deleted, seconds },
            copy: result.cancelled || copy === undefined ? null : toInfo(copy),
          });
        })
        .catch((error: unknown) => emit({ done: true, error: errorInfo(error) }))
        .finally(() => running.delete(operationId));
      return { operationId, kind };
    },
    'offline.cancel': ({ operationId }) => {
      running.get(operationId)?.abort();
    },
  };
}

function toInfo(copy: OfflineCopy): OfflineCopyInfo {
  return { dn: copy.dn, count: copy.count, filledAt: copy.filledAt, refreshedAt: copy.refreshedAt };
}

function errorInfo(error: unknown): OfflineProgress['error'] {
  if (isAppError(error)) return error.toInfo();
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
