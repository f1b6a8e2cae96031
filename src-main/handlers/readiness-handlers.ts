import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import { scanReadiness } from '../readiness/readiness-scan.ts';

export function readinessHandlers(connection: ConnectionService): DomainHandlers<'readiness'> {
  return {
    'readiness.scan': ({ baseDn, excludeDns, verifiedDomains }) =>
      scanReadiness(
        connection.requireSession(),
        { baseDn, ...(excludeDns ? { excludeDns } : {}) },
        verifiedDomains ? { verifiedDomains } : {},
      ),
  };
}
