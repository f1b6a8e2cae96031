import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import { ReadinessScans } from '../readiness/readiness-scan.ts';

export function readinessHandlers(connection: ConnectionService): DomainHandlers<'readiness'> {
  const scans = new ReadinessScans();
  return {
    'readiness.scan': ({ baseDn, excludeDns, verifiedDomains, incremental }) =>
      scans.scan(
        connection.requireSession(),
        { baseDn, ...(excludeDns ? { excludeDns } : {}) },
        { ...(verifiedDomains ? { verifiedDomains } : {}), incremental: incremental === true },
      ),
  };
}
