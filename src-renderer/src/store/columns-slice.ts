import type { StateCreator } from 'zustand';
import {
  type ColumnLayout,
  extraAttributes,
  type ListView,
  loadLayout,
  saveLayout,
} from '../frame/column-layout.ts';
import type { StoreState } from './store.ts';

/** The column layout of each list view, as the user left it (localStorage keeps it across runs). */
export interface ColumnsSlice {
  layouts: Record<ListView, ColumnLayout>;
  /** The view the list shows now: a container's contents or Find's results. */
  currentView(): ListView;
  /** Replaces a view's layout; a new attribute column re-reads the list, as main must fetch it. */
  setLayout(view: ListView, layout: ColumnLayout): void;
}

function sameAttributes(a: ColumnLayout, b: ColumnLayout): boolean {
  const left = extraAttributes(a).map((x) => x.toLowerCase());
  const right = new Set(extraAttributes(b).map((x) => x.toLowerCase()));
  return left.length === right.size && left.every((x) => right.has(x));
}

export const createColumnsSlice: StateCreator<StoreState, [], [], ColumnsSlice> = (set, get) => ({
  layouts: { container: loadLayout('container'), find: loadLayout('find') },
  currentView: () => (get().container === null && get().lastFind !== null ? 'find' : 'container'),
  setLayout: (view, layout) => {
    const before = get().layouts[view];
    set({ layouts: { ...get().layouts, [view]: layout } });
    saveLayout(view, layout);
    // Removing a column needs no read; adding one does (the rows lack its values).
    const added = extraAttributes(layout).some(
      (a) => !extraAttributes(before).some((b) => b.toLowerCase() === a.toLowerCase()),
    );
    if (!sameAttributes(before, layout) && added && get().currentView() === view) void get().reloadList();
  },
});
