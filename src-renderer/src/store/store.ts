import { create } from 'zustand';
import { getApi } from '../api/api.ts';
import { type BrowseSlice, createBrowseSlice } from './browse-slice.ts';
import { type ConnectionSlice, createConnectionSlice } from './connection-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

export type StoreState = ConnectionSlice & BrowseSlice & UiSlice;

/** One store from typed slices; components read it through selectors only. */
export const useStore = create<StoreState>()((...a) => ({
  ...createConnectionSlice(...a),
  ...createBrowseSlice(...a),
  ...createUiSlice(...a),
}));

/** Events pushed from main update the store at module level, not from inside components. */
export function subscribeToMainEvents(): () => void {
  return getApi().on('onConnectionChanged', (state) => useStore.getState().setConnection(state));
}
