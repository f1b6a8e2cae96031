import type { StateCreator } from 'zustand';
import type {
  ConnectionInfo,
  ConnectionProfile,
  ConnectionProfileInput,
  ConnectionState,
  ErrorInfo,
} from '../../../src-preload/contract/index.ts';
import { DISCONNECTED } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import type { StoreState } from './store.ts';

export interface ConnectionSlice {
  connection: ConnectionState;
  info: ConnectionInfo | null;
  profiles: ConnectionProfile[];
  /** The last connect failure, kept for the dialog (e.g. the untrusted certificate's facts). */
  connectError: ErrorInfo | null;
  setConnection(state: ConnectionState): void;
  loadProfiles(): Promise<void>;
  saveProfile(profile: ConnectionProfileInput): Promise<ConnectionProfile | null>;
  connect(profileId: string, password?: string): Promise<boolean>;
  trustCertificate(profileId: string, fingerprint256: string): Promise<boolean>;
  disconnect(): Promise<void>;
}

export const initialConnection: ConnectionState = DISCONNECTED;

export const createConnectionSlice: StateCreator<StoreState, [], [], ConnectionSlice> = (set, get) => ({
  connection: initialConnection,
  info: null,
  profiles: [],
  connectError: null,
  setConnection: (connection) => set({ connection }),
  loadProfiles: async () => {
    const result = await getApi()['directory.listProfiles']({});
    if (result.ok) set({ profiles: result.value });
  },
  saveProfile: async (profile) => {
    const result = await getApi()['directory.saveProfile'](profile);
    if (!result.ok) {
      set({ connectError: result.error });
      return null;
    }
    await get().loadProfiles();
    return result.value;
  },
  connect: async (profileId, password) => {
    set({ connectError: null });
    const result = await getApi()['directory.connect'](
      password === undefined ? { profileId } : { profileId, password },
    );
    if (!result.ok) {
      set({ connectError: result.error });
      return false;
    }
    set({ info: result.value, connection: result.value.state });
    // The tree loads in the background: the dialog closes as soon as the bind succeeded.
    void get().loadRoot();
    return true;
  },
  trustCertificate: async (profileId, fingerprint256) => {
    const result = await getApi()['directory.trustCertificate']({ profileId, fingerprint256 });
    if (!result.ok) {
      set({ connectError: result.error });
      return false;
    }
    await get().loadProfiles();
    return true;
  },
  disconnect: async () => {
    await getApi()['directory.disconnect']({});
    set({ info: null, connection: initialConnection });
    get().resetBrowse();
  },
});
