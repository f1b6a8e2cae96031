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
      forest,
    }) => {
      if (forest !== true && baseDn === undefined)
        throw new AppError(
          'INVALID_INPUT',
          'Say where to scan: an OU or the domain (baseDn), or the forest.',
        );
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
      if (reader instanceof CachedDirectory) {
        if (forest === true)
          throw new AppError(
            'OFFLINE',
            'The forest is read through a global catalog: connect to a domain controller to scan it (offline, scan the domain from the cache).',
          );
        return scans.scanCache(
          reader,
          { baseDn: baseDn ?? '', ...(excludeDns ? { excludeDns } : {}) },
          rules,
          more,
        );
      }
      const controller = new AbortController();
      // The forest: the DC's global catalog, opened for this scan only (read-only) and closed after.
      const domainSession = connection.requireSession();
      const session = forest === true ? await domainSession.openGlobalCatalog() : domainSession;
      if (scanId) running.set(scanId, controller);
      try {
        return await scans.scan(
          session,
          { baseDn: forest === true ? '' : (baseDn ?? ''), ...(excludeDns ? { excludeDns } : {}) },
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
        if (session !== domainSession) await session.close();
      }
    },
    'readiness.cancel': ({ scanId }) => {
      running.get(scanId)?.abort();
    },
  };
}
