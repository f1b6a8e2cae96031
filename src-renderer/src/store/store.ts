import { create } from 'zustand';
import type { ObjectDetails } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { type BrowseSlice, createBrowseSlice } from './browse-slice.ts';
import { type ColumnsSlice, createColumnsSlice } from './columns-slice.ts';
import { type ConnectionSlice, createConnectionSlice } from './connection-slice.ts';
import { createObjectsSlice, type ObjectsSlice } from './objects-slice.ts';
import { createRecipientsSlice, type RecipientsSlice } from './recipients-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';
import { createCloudSlice, type CloudSlice } from './cloud-slice.ts';
import { createOfflineSlice, type OfflineSlice } from './offline-slice.ts';

export type StoreState = ConnectionSlice &
  BrowseSlice &
  ObjectsSlice &
  UiSlice &
  ColumnsSlice &
  RecipientsSlice &
  CloudSlice &
  OfflineSlice;

/** One store from typed slices; components read it through selectors only. */
export const useStore = create<StoreState>()((...a) => ({
  ...createConnectionSlice(...a),
  ...createBrowseSlice(...a),
  ...createObjectsSlice(...a),
  ...createUiSlice(...a),
  ...createColumnsSlice(...a),
  ...createRecipientsSlice(...a),
  ...createCloudSlice(...a),
  ...createOfflineSlice(...a),
}));

/** Events pushed from main update the store at module level, not from inside components. */
export function subscribeToMainEvents(): () => void {
  const api = getApi();
  const unsubscribe = [
    api.on('onConnectionChanged', (state) => useStore.getState().setConnection(state)),
    api.on('onObjectChanged', (change) => useStore.getState().objectChanged(change)),
    api.on('onListPage', (page) => useStore.getState().listPage(page)),
    api.on('onCloudStatusChanged', (status) => useStore.getState().setCloud(status)),
    api.on('onCloudSignInPrompt', (prompt) => useStore.getState().cloudPromptArrived(prompt)),
    api.on('onCloudObjectChanged', (change) => useStore.getState().cloudObjectChanged(change)),
    api.on('onOfflineProgress', (progress) => useStore.getState().offlineProgress(progress)),
  ];
  return () => unsubscribe.forEach((stop) => stop());
}

/** The selected object's details, from the one copy the store keeps. */
export function selectDetails(s: StoreState): ObjectDetails | null {
  return s.selectedGuid === null ? null : (s.objects[s.selectedGuid] ?? null);
}
