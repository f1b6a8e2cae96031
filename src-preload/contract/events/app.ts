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
  /**
   * With 'offline' after the DC was lost: when the app tries to reconnect next (ISO time). Absent
   * when it is not trying (working offline by choice; a refused password or certificate).
   */
  nextAttemptAt?: string;
  /**
   * Present while the tree, lists, Find and sheets are answered from the local entry cache: the
   * bundled sample directory, or a directory whose DC is unreachable. `asOf`: when what is shown
   * was read (the newest entry cached; the sample's snapshot time), null when nothing is cached.
   */
  cache?: {
    kind: 'sample' | 'cache';
    asOf: string | null;
    /** The admin chose "Work offline": the DC may well be there; nothing is sent until "Go online". */
    byChoice?: boolean;
  };
}

/** The state before any connect and after a disconnect: main starts in it, the renderer shows it. */
export const DISCONNECTED: ConnectionState = Object.freeze({
  status: 'disconnected',
  profileId: null,
  server: null,
  identity: null,
  readOnly: false,
  message: null,
});

export const appEvents = {
  /** Pushed whenever the LDAP session changes state (connect, drop, reconnect, disconnect). */
  onConnectionChanged: event<ConnectionState>(),
};
