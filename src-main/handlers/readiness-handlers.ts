import { NO_TENANT, type TenantDomains } from '../cloud/tenant-domains.ts';
import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import { ReadinessScans } from '../readiness/readiness-scan.ts';
import { CachedDirectory } from '../cache/cached-directory.ts';

export function readinessHandlers(
  connection: ConnectionService,
  bus: EventBus,
  /** Signed in to Microsoft 365: the tenant's verified domains when the scan names none. */
  tenant: TenantDomains = NO_TENANT,
): DomainHandlers<'readiness'> {
  const scans = new ReadinessScans();
  const running = new Map<string, AbortController>();
  return {
    'readiness.scan': async ({
      baseDn,
      excludeDns,
      verifiedDomains,
      incremental,
      scanId,
      plainTextInvites,
    }) => {
      const domains = verifiedDomains ?? tenant()?.verified;
      const rules = {
        ...(domains ? { verifiedDomains: domains } : {}),
        plainTextInvites: plainTextInvites === true,
      };
      // Offline or the sample: the same rules over the entry cache.
      const reader = connection.reader();
      if (reader instanceof CachedDirectory)
        return scans.scanCache(reader, { baseDn, ...(excludeDns ? { excludeDns } : {}) }, rules);
      const controller = new AbortController();
      if (scanId) running.set(scanId, controller);
      try {
        return await scans.scan(
          connection.requireSession(),
          { baseDn, ...(excludeDns ? { excludeDns } : {}) },
          { ...rules, incremental: incremental === true },
          {
            signal: controller.signal,
            ...(scanId
              ? { onProgress: (read: number) => bus.emit('onReadinessProgress', { scanId, read }) }
              : {}),
          },
        );
      } finally {
        if (scanId && running.get(scanId) === controller) running.delete(scanId);
      }
    },
    'readiness.cancel': ({ scanId }) => {
      running.get(scanId)?.abort();
    },
  };
}
