import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import type { StoreState } from './store.ts';

export type DialogName =
  | 'connect'
  | 'find'
  | 'about'
  | 'delete'
  | 'changes'
  | 'bulk'
  | 'readiness'
  | 'guided'
  | 'cloud'
  | 'reset-password'
  | 'rename'
  | 'move'
  | null;

export interface UiSlice {
  appInfo: AppInfo | null;
  ready: boolean;
  dialog: DialogName;
  /** The object whose property sheet is open. */
  propertiesDn: string | null;
  /** One line about an action that finished away from any dialog (Enable Account, …). */
  notice: { intent: 'success' | 'warning' | 'error'; text: string } | null;
  showNotice(notice: UiSlice['notice']): void;
  openDialog(dialog: DialogName): void;
  openProperties(dn: string | null): void;
  init(): Promise<void>;
}

export const createUiSlice: StateCreator<StoreState, [], [], UiSlice> = (set, get) => ({
  appInfo: null,
  ready: false,
  dialog: null,
  propertiesDn: null,
  notice: null,
  showNotice: (notice) => set({ notice }),
  openDialog: (dialog) => set({ dialog }),
  openProperties: (dn) => set({ propertiesDn: dn }),
  init: async () => {
    const api = getApi();
    const [info, state] = await Promise.all([api['app.getInfo']({}), api['directory.getState']({})]);
    set({ appInfo: info.ok ? info.value : null });
    await Promise.all([get().loadProfiles(), get().loadCloud()]);
    // After a reload main may well be connected: the frame comes back as main is, tree included.
    if (state.ok) get().adoptSnapshot(state.value);
    set({ ready: true });
  },
});
