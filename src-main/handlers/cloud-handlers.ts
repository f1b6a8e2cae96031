import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import { asAppError, type CloudService } from '../cloud/cloud-service.ts';
import { cloudViewFeed } from '../cloud/cloud-view-feed.ts';
import { cloudActionHandlers } from './cloud-action-handlers.ts';
import { previewChangesSync } from '../cloud/changes-sync-preview.ts';
import { readTenantFacts } from '../cloud/tenant-facts.ts';
import { cloudKindOf } from '../cloud/cloud-object.ts';
import { previewSync } from '../cloud/sync-preview-lookup.ts';
import type { AuditView } from '../../src-preload/contract/index.ts';

export function cloudHandlers(
  cloud: CloudService,
  connection: ConnectionService,
  bus: EventBus,
  /** The local audit log of applied changes (the journal's), for the Changes panel's sync preview. */
  audit: () => readonly AuditView[],
): DomainHandlers<'cloud'> {
  const views = cloudViewFeed(cloud, (change) => bus.emit('onCloudObjectChanged', change));
  return {
    ...cloudActionHandlers(cloud, connection, views),
    'cloud.status': () => cloud.status(),
    'cloud.configure': (input) => cloud.configure(input),
    'cloud.signIn': ({ signInId }) =>
      cloud.signIn(signInId, (prompt) => bus.emit('onCloudSignInPrompt', { signInId, ...prompt })),
    'cloud.signInWithBrowser': ({ signInId }) => cloud.signInWithBrowser(signInId),
    'cloud.cancelSignIn': ({ signInId }) => {
      cloud.cancelSignIn(signInId);
    },
    'cloud.signOut': () => cloud.signOut(),
    'cloud.refreshTenant': () => cloud.refreshTenant(),
    'cloud.object': async ({ dn }) => {
      // What matches is read from the directory (or its cache offline), never taken from the renderer.
      const entry = await connection.reader().read(dn);
      const api = await cloud.requireApi();
      try {
        return await views.lookUp(api, entry);
      } catch (e) {
        throw asAppError(e);
      }
    },
    'cloud.syncPreview': async ({ dn }) => {
      const entry = await connection.reader().read(dn);
      if (cloudKindOf(entry) !== 'user') return null;
      const api = await cloud.requireApi();
      try {
        return await previewSync(api, entry, await cloud.tenantFacts(), { sourceOfAuthority: true });
      } catch (e) {
        throw asAppError(e);
      }
    },
    'cloud.syncPreviewChanges': async () => {
      const api = await cloud.requireApi();
      try {
        // Read now, not at sign-in: the sync runs every 30 minutes and "since" must be its last run.
        const tenant = await readTenantFacts(api);
        return await previewChangesSync({
          api,
          tenant,
          audit: audit(),
          read: (guid) => connection.reader().read(guid),
        });
      } catch (e) {
        throw asAppError(e);
      }
    },
  };
}
