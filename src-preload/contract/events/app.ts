import { event } from '../define.ts';

export type ConnectionStatus = 'disconnected' | 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface ConnectionState {
  status: ConnectionStatus;
  /** The profile the session belongs to, when there is one. */
  profileId: string | null;
  /** DNS host name of the domain controller answering, from rootDSE. */
  server: string | null;
  /** Bound identity as the user typed it. */
  identity: string | null;
  readOnly: boolean;
  message: string | null;
}

export const appEvents = {
  /** Pushed whenever the LDAP session changes state (connect, drop, reconnect, disconnect). */
  onConnectionChanged: event<ConnectionState>(),
};
