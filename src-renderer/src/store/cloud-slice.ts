import type { StateCreator } from 'zustand';
import type {
  CloudObjectChanged,
  CloudObjectView,
  CloudSignInPrompt,
  CloudStatus,
  ErrorInfo,
} from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { objectKey } from './objects-slice.ts';
import type { StoreState } from './store.ts';

/** One object's Cloud view as the sheet last learnt it: looked up, pushed, or why the look-up failed. */
export type CloudViewEntry = { view: CloudObjectView; error: null } | { view: null; error: ErrorInfo };

/** The Microsoft 365 side as main reports it: the registration, who is signed in, the tenant's facts. */
export interface CloudSlice {
  cloud: CloudStatus | null;
  /** The device code of the sign-in this window started, while it waits. */
  cloudPrompt: CloudSignInPrompt | null;
  cloudSignInId: string | null;
  cloudError: ErrorInfo | null;
  /**
   * What Microsoft 365 holds of each object a property sheet is open on, by objectGUID: the sheet's
   * own look-up (on the Cloud tab, or once the admin edits), then what main pushes after a cloud
   * action (onCloudObjectChanged), never a second look-up.
   */
  cloudViews: Record<string, CloudViewEntry>;
  /** The sheet's own look-up, kept while the sheet shows the object. */
  cloudViewLoaded(objectGuid: string, entry: CloudViewEntry): void;
  /** Main's push after a cloud action: replaces the view of an object a tab shows, ignores others. */
  cloudObjectChanged(change: CloudObjectChanged): void;
  forgetCloudView(objectGuid: string): void;
  /** Pushed by main (onCloudStatusChanged): whichever window signed in, every window follows. */
  setCloud(status: CloudStatus): void;
  cloudPromptArrived(prompt: CloudSignInPrompt): void;
  loadCloud(): Promise<void>;
  configureCloud(clientId: string | null, tenant: string): Promise<boolean>;
  /** How the running sign-in goes: the system browser, or a device code (the fallback). */
  cloudSignInBrowser: boolean;
  signInToCloud(how?: 'browser' | 'deviceCode'): Promise<boolean>;
  cancelCloudSignIn(): Promise<void>;
  signOutOfCloud(): Promise<void>;
  refreshTenant(): Promise<void>;
}

let counter = 0;

export const createCloudSlice: StateCreator<StoreState, [], [], CloudSlice> = (set, get) => ({
  cloud: null,
  cloudPrompt: null,
  cloudSignInId: null,
  cloudError: null,
  cloudViews: {},
  cloudViewLoaded: (objectGuid, entry) =>
    set({ cloudViews: { ...get().cloudViews, [objectKey(objectGuid)]: entry } }),
  cloudObjectChanged: ({ objectGuid, view }) => {
    const key = objectKey(objectGuid);
    if (key in get().cloudViews) set({ cloudViews: { ...get().cloudViews, [key]: { view, error: null } } });
  },
  forgetCloudView: (objectGuid) => {
    const { [objectKey(objectGuid)]: _gone, ...kept } = get().cloudViews;
    set({ cloudViews: kept });
  },
  // Signed out (or another tenant): what was looked up belongs to the session that is gone.
  setCloud: (cloud) => set(cloud.account ? { cloud } : { cloud, cloudViews: {} }),
  cloudPromptArrived: (prompt) => {
    if (prompt.signInId === get().cloudSignInId) set({ cloudPrompt: prompt });
  },
  loadCloud: async () => {
    const result = await getApi()['cloud.status']({});
    if (result.ok) set({ cloud: result.value });
  },
  configureCloud: async (clientId, tenant) => {
    const result = await getApi()['cloud.configure']({ clientId, tenant });
    set(result.ok ? { cloud: result.value, cloudError: null } : { cloudError: result.error });
    return result.ok;
  },
  cloudSignInBrowser: false,
  signInToCloud: async (how = 'deviceCode') => {
    const signInId = `signin-${Date.now()}-${counter++}`;
    const browser = how === 'browser';
    set({ cloudSignInId: signInId, cloudPrompt: null, cloudError: null, cloudSignInBrowser: browser });
    const result = await getApi()[browser ? 'cloud.signInWithBrowser' : 'cloud.signIn']({ signInId });
    if (get().cloudSignInId !== signInId) return false;
    set({
      cloudSignInId: null,
      cloudPrompt: null,
      ...(result.ok ? { cloud: result.value } : { cloudError: result.error }),
    });
    return result.ok;
  },
  cancelCloudSignIn: async () => {
    const signInId = get().cloudSignInId;
    if (signInId === null) return;
    await getApi()['cloud.cancelSignIn']({ signInId });
  },
  signOutOfCloud: async () => {
    const result = await getApi()['cloud.signOut']({});
    set(result.ok ? { cloud: result.value, cloudError: null } : { cloudError: result.error });
  },
  refreshTenant: async () => {
    const result = await getApi()['cloud.refreshTenant']({});
    set(result.ok ? { cloud: result.value, cloudError: null } : { cloudError: result.error });
  },
});
