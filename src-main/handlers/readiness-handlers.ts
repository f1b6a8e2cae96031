import { NO_TENANT, type TenantDomains } from '../cloud/tenant-domains.ts';
import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import { ReadinessScans } from '../readiness/readiness-scan.ts';
import { CachedDirectory } from '../cache/cached-directory.ts';
import { AppError } from '../../src-preload/contract/index.ts';
import { cloudFindings } from '../../src-preload/shared/readiness/cloud-findings.ts';
import type { ScanEntry } from '../../src-preload/shared/readiness/scan-entry.ts';
import { asAppError } from '../cloud/cloud-service.ts';
import type { GraphApi } from '../cloud/graph-api.ts';
import { readCloudDirectory } from '../readiness/cloud-directory.ts';

export function readinessHandlers(
  connection: ConnectionService,
  bus: EventBus,
  /** Signed in to Microsoft 365: the tenant's verified domains when the scan names none. */
  tenant: TenantDomains = NO_TENANT,
  /** Graph, signed in: for the comparison with the tenant (throws CLOUD_NOT_SIGNED_IN otherwise). */
  cloudApi?: () => Promise<GraphApi>,
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
      cloud,
    }) => {
      const domains = verifiedDomains ?? tenant()?.verified;
      const rules = {
        ...(domains ? { verifiedDomains: domains } : {}),
        plainTextInvites: plainTextInvites === true,
      };
      // Asked for, the tenant must answer: signed out is said before anything is read.
      if (cloud === true && !cloudApi)
        throw new AppError('CLOUD_NOT_SIGNED_IN', 'Sign in to Microsoft 365 first (Cloud → Sign in).');
      const api = cloud === true && cloudApi ? await cloudApi() : null;
      const more = api
        ? {
            more: async (checked: readonly ScanEntry[]) => {
              const objects = await readCloudDirectory(api).catch((e: unknown) => {
                throw asAppError(e);
              });
              return { findings: cloudFindings(checked, objects), compared: objects.length };
            },
          }
        : {};
      // Offline or the sample: the same rules over the entry cache.
      const reader = connection.reader();
      if (reader instanceof CachedDirectory)
        return scans.scanCache(reader, { baseDn, ...(excludeDns ? { excludeDns } : {}) }, rules, more);
      const controller = new AbortController();
      if (scanId) running.set(scanId, controller);
      try {
        return await scans.scan(
          connection.requireSession(),
          { baseDn, ...(excludeDns ? { excludeDns } : {}) },
          { ...rules, incremental: incremental === true },
          {
            ...more,
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
