import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import { rowToListRow } from '../connection/list-rows.ts';
import { toObjectDetails } from '../connection/object-details.ts';

export function directoryHandlers(connection: ConnectionService): DomainHandlers<'directory'> {
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
    'directory.getState': () => connection.snapshot(),
    'directory.children': ({ dn }) => connection.requireSession().children(dn),
    'directory.list': async ({ dn, limit }) => {
      const result = await connection.requireSession().list(dn, { limit });
      return { rows: result.rows.map(rowToListRow), truncated: result.truncated };
    },
    'directory.read': async ({ dn }) => {
      const session = connection.requireSession();
      return toObjectDetails(session, await session.read(dn));
    },
    'directory.find': async ({ text, filter, kinds, baseDn, limit }) => {
      const query = {
        kinds,
        limit,
        ...(text ? { text } : {}),
        ...(filter ? { filter } : {}),
        ...(baseDn ? { baseDn } : {}),
      };
      const result = await connection.requireSession().find(query);
      return { rows: result.rows.map(rowToListRow), truncated: result.truncated };
    },
  };
}
