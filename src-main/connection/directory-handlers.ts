import type { HandlerGroup } from '../ipc/handlers.ts';
import type { ConnectionService } from './connection-service.ts';

export function directoryHandlers(connection: ConnectionService): HandlerGroup {
  const notYet = () => connection.requireSession();
  return {
    'directory.listProfiles': () => [],
    'directory.saveProfile': notYet,
    'directory.deleteProfile': notYet,
    'directory.connect': notYet,
    'directory.trustCertificate': notYet,
    'directory.disconnect': () => undefined,
    'directory.getState': () => connection.state,
    'directory.children': notYet,
    'directory.list': notYet,
    'directory.read': notYet,
    'directory.find': notYet,
  };
}
