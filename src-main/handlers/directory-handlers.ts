import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { ListLoads } from '../connection/list-loads.ts';
import { rowToListRow } from '../connection/list-rows.ts';
import { toObjectDetails } from '../connection/object-details.ts';

export function directoryHandlers(
  connection: ConnectionService,
  loads: ListLoads,
  sample: { discardChanges(): number },
): DomainHandlers<'directory'> {
  return {
    'directory.listProfiles': () => connection.profiles.list(),
    'directory.saveProfile': (input) => connection.profiles.save(input),
    'directory.deleteProfile': ({ id }) => connection.forgetProfile(id),
    'directory.renameProfile': ({ id, name }) => connection.profiles.rename(id, name),
    'directory.connect': (input) =>
      'profileId' in input
        ? connection.connect(input.profileId, input.password)
        : connection.connectDraft(input.profile, input.password, input.trust),
    'directory.disconnect': () => connection.disconnect(),
    'directory.workOffline': () => connection.workOffline(),
    'directory.goOnline': () => connection.goOnline(),
    'directory.openSample': () => connection.openSample(),
    'directory.resetSample': () => {
      connection.resetSample();
      return { discarded: sample.discardChanges() };
    },
    'directory.getState': () => connection.snapshot(),
    'directory.children': ({ dn }) => connection.reader().children(dn),
    'directory.list': ({ dn, loadId, attributes, limit }) => {
      const expected = connection.cachedChildCount(dn);
      // Online, a container listed before paints from the cache while the DC prepares its answer.
      const preview = connection.live && expected !== null ? connection.cachedCopy() : null;
      return loads.start(
        connection.reader(),
        { loadId, dn, attributes, limit, expected },
        preview ?? undefined,
      );
    },
    'directory.cancelList': ({ loadId }) => loads.cancel(loadId),
    'directory.attributeNames': () => connection.reader().schema.textAttributeNames(),
    'directory.read': async ({ dn }) => {
      const reader = connection.reader();
      return toObjectDetails(reader, await reader.read(dn));
    },
    'directory.find': async ({ text, filter, kinds, baseDn, attributes, limit }) => {
      const query = {
        kinds,
        limit,
        attributes,
        ...(text ? { text } : {}),
        ...(filter ? { filter } : {}),
        ...(baseDn ? { baseDn } : {}),
      };
      const result = await connection.reader().find(query);
      return { rows: result.rows.map(rowToListRow), truncated: result.truncated };
    },
  };
}
