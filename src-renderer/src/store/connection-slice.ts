import type { StateCreator } from 'zustand';
import type {
  ConnectionInfo,
  ConnectionProfile,
  ConnectionProfileInput,
  ConnectionSnapshot,
  ConnectionState,
  ErrorInfo,
} from '../../../src-preload/contract/index.ts';
import { DISCONNECTED } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { isSampleProfile } from '../../../src-preload/shared/sample-directory.ts';
import type { StoreState } from './store.ts';

export interface ConnectionSlice {
  connection: ConnectionState;
  info: ConnectionInfo | null;
  profiles: ConnectionProfile[];
  /** The last connect failure, kept for the dialog (e.g. the untrusted certificate's facts). */
  connectError: ErrorInfo | null;
  /** A state pushed by main: the frame follows it, whoever caused it (this tab, another, the network). */
  setConnection(state: ConnectionState): void;
  /** Takes main's connection as it is: at start-up, after a reload, or a session opened elsewhere. */
  adoptSnapshot(snapshot: ConnectionSnapshot): void;
  loadProfiles(): Promise<void>;
  /**
   * Connects with the dialog's form (new or edited) and the certificates just trusted in it; main
   * saves the profile only once it connects. Returns the saved profile, or null on failure.
   */
  connectWith(
    form: ConnectionProfileInput,
    password?: string,
    trust?: string[],
  ): Promise<ConnectionProfile | null>;
  renameProfile(id: string, name: string): Promise<boolean>;
  deleteProfile(id: string): Promise<boolean>;
  disconnect(): Promise<void>;
  /** Opens the bundled sample directory (offline, from the cache); false with the error kept. */
  openSample(): Promise<boolean>;
  /** Restores the sample as shipped and discards its waiting changes. */
  resetSample(): Promise<boolean>;
  /** "Work offline" (true) or "Go online" (false) with the open session. */
  setOffline(offline: boolean): Promise<void>;
}

/**
 * The tree, lists, Find and sheets can be used: online, or answered from the cache (the sample,
 * or a directory whose DC is away). Only a refresh needs the DC itself.
 */
export function canBrowse(s: Pick<StoreState, 'connection'>): boolean {
  return s.connection.status === 'online' || s.connection.cache !== undefined;
}

/** The profiles the admin saved (the sample's stand-in profile is never one of them). */
export function savedProfiles(profiles: readonly ConnectionProfile[]): ConnectionProfile[] {
  return profiles.filter((p) => !isSampleProfile(p.id));
}

export const initialConnection: ConnectionState = DISCONNECTED;

/** Statuses in which main holds a session (online or waiting to get it back). */
const HAS_SESSION: ReadonlySet<ConnectionState['status']> = new Set(['online', 'offline', 'reconnecting']);

// While this tab's own connect runs, its answer brings the info; the pushed states must not fetch it too.
let ownConnect = false;

function upsert(profiles: readonly ConnectionProfile[], profile: ConnectionProfile): ConnectionProfile[] {
  return profiles.some((p) => p.id === profile.id)
    ? profiles.map((p) => (p.id === profile.id ? profile : p))
    : [...profiles, profile];
}

export const createConnectionSlice: StateCreator<StoreState, [], [], ConnectionSlice> = (set, get) => ({
  connection: initialConnection,
  info: null,
  profiles: [],
  connectError: null,
  setConnection: (connection) => {
    set({ connection });
    if (!HAS_SESSION.has(connection.status)) {
      // Main has no session now: nothing of the old one may stay on screen under a new status.
      if (get().info !== null) {
        set({ info: null });
        get().resetBrowse();
      }
      return;
    }
    if (get().info === null && !ownConnect) {
      void getApi()
        ['directory.getState']({})
        .then((result) => {
          if (result.ok) get().adoptSnapshot(result.value);
        });
    }
  },
  adoptSnapshot: ({ state, info }) => {
    const known = get().info;
    set({ connection: state, info });
    if (info === null) {
      if (known !== null) get().resetBrowse();
      return;
    }
    if (!isSampleProfile(info.profile.id)) set({ profiles: upsert(get().profiles, info.profile) });
    if (known?.domainDn !== info.domainDn || get().rootDn === null) void get().loadRoot();
  },
  loadProfiles: async () => {
    const result = await getApi()['directory.listProfiles']({});
    if (result.ok) set({ profiles: result.value });
  },
  connectWith: async (form, password, trust = []) => {
    set({ connectError: null });
    ownConnect = true;
    const result = await getApi()['directory.connect']({
      profile: form,
      ...(password === undefined || password === '' ? {} : { password }),
      ...(trust.length > 0 ? { trust } : {}),
    });
    ownConnect = false;
    if (!result.ok) {
      set({ connectError: result.error });
      return null;
    }
    const info = result.value;
    set({ info, connection: info.state, profiles: upsert(get().profiles, info.profile) });
    // The tree loads in the background: the dialog closes as soon as the bind succeeded.
    void get().loadRoot();
    return info.profile;
  },
  renameProfile: async (id, name) => {
    const result = await getApi()['directory.renameProfile']({ id, name });
    if (!result.ok) {
      set({ connectError: result.error });
      return false;
    }
    set({ connectError: null, profiles: upsert(get().profiles, result.value) });
    return true;
  },
  deleteProfile: async (id) => {
    const result = await getApi()['directory.deleteProfile']({ id });
    if (!result.ok) {
      set({ connectError: result.error });
      return false;
    }
    set({ connectError: null, profiles: get().profiles.filter((p) => p.id !== id) });
    return true;
  },
  openSample: async () => {
    set({ connectError: null });
    ownConnect = true;
    const result = await getApi()['directory.openSample']({});
    ownConnect = false;
    if (!result.ok) {
      set({ connectError: result.error });
      return false;
    }
    get().resetBrowse();
    set({ info: result.value, connection: result.value.state });
    void get().loadRoot();
    return true;
  },
  resetSample: async () => {
    const result = await getApi()['directory.resetSample']({});
    if (!result.ok) {
      get().showNotice({ intent: 'error', text: result.error.message });
      return false;
    }
    const { discarded } = result.value;
    // What was shown may have been edited away from the snapshot: start again from its root.
    get().resetBrowse();
    void get().loadRoot();
    get().showNotice({
      intent: 'success',
      text: `The sample directory is as shipped again${discarded > 0 ? `; ${discarded} change${discarded === 1 ? '' : 's'} discarded` : ''}.`,
    });
    return true;
  },
  setOffline: async (offline) => {
    const api = getApi();
    const result = offline ? await api['directory.workOffline']({}) : await api['directory.goOnline']({});
    if (result.ok) set({ connection: result.value });
    else get().showNotice({ intent: 'error', text: result.error.message });
  },
  disconnect: async () => {
    await getApi()['directory.disconnect']({});
    set({ info: null, connection: initialConnection });
    get().resetBrowse();
  },
});
