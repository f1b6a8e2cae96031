import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import { asAppError, type CloudService } from '../cloud/cloud-service.ts';
import { lookUpCloudObject } from '../cloud/cloud-object.ts';
import { cloudActionHandlers } from './cloud-action-handlers.ts';

export function cloudHandlers(
  cloud: CloudService,
  connection: ConnectionService,
  bus: EventBus,
): DomainHandlers<'cloud'> {
  return {
    ...cloudActionHandlers(cloud, connection),
    'cloud.status': () => cloud.status(),
    'cloud.configure': (input) => cloud.configure(input),
    'cloud.signIn': ({ signInId }) =>
      cloud.signIn(signInId, (prompt) => bus.emit('onCloudSignInPrompt', { signInId, ...prompt })),
    'cloud.cancelSignIn': ({ signInId }) => {
      cloud.cancelSignIn(signInId);
    },
    'cloud.signOut': () => cloud.signOut(),
    'cloud.refreshTenant': () => cloud.refreshTenant(),
    'cloud.object': async ({ dn }) => {
      // What matches is read from the directory (or its cache offline), never taken from the renderer.
      const entry = await connection.reader().read(dn);
      const api = await cloud.requireApi();
      const facts = await cloud.tenantFacts().catch(() => null);
      try {
        return await lookUpCloudObject(api, entry, facts);
      } catch (e) {
        throw asAppError(e);
      }
    },
  };
}
