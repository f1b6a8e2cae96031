import type { ChangeInput } from '../../src-preload/contract/index.ts';
import type { DomainHandlers, CallContext } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { CloudService } from '../cloud/cloud-service.ts';
import { asAppError } from '../cloud/cloud-service.ts';
import { CachedDirectory } from '../cache/cached-directory.ts';
import { ReadinessScans } from '../readiness/readiness-scan.ts';
import type { GuidedPorts } from './guided-ports.ts';

// Calls made by main itself: no transport, and nothing in the changes handlers looks at it.
const MAIN: CallContext = { transport: 'electron' };

/**
 * The guided fixes' ports over the app's own services: writes through the changes handlers (the
 * journal, with every rule main applies to the renderer's changes), Graph through the cloud
 * service, the plain-text rule through the readiness scan.
 */
export function guidedPorts(
  connection: ConnectionService,
  changes: Pick<DomainHandlers<'changes'>, 'changes.move' | 'changes.submit'>,
  cloud: CloudService,
): GuidedPorts {
  const scans = new ReadinessScans();
  const rules = { plainTextInvites: true };
  return {
    read: (dn) => connection.reader().read(dn),
    move: (request) => Promise.resolve(changes['changes.move'](request, MAIN)),
    submit: (list: ChangeInput[]) => Promise.resolve(changes['changes.submit']({ changes: list }, MAIN)),
    api: async () => {
      try {
        return await cloud.requireApi();
      } catch (e) {
        throw asAppError(e);
      }
    },
    tenant: () => cloud.tenantFacts(),
    async plainTextFindings(baseDn) {
      const reader = connection.reader();
      const report =
        reader instanceof CachedDirectory
          ? await scans.scanCache(reader, { baseDn }, rules)
          : await scans.scan(connection.requireSession(), { baseDn }, rules);
      return report.findings.filter((f) => f.rule === 'plain-text-invites');
    },
  };
}
