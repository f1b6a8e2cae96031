import type { StateCreator } from 'zustand';
import type { OfflineCopyInfo, OfflineProgress } from '../../../src-preload/contract/index.ts';
import { sameDn } from '../../../src-preload/shared/dn.ts';
import { getApi } from '../api/api.ts';
import type { StoreState } from './store.ts';

export interface OfflineSlice {
  /** The subtrees of the connected directory kept offline, as main last said. */
  offlineCopies: OfflineCopyInfo[];
  /** The running (or just ended) fill or refresh the progress dialog shows. */
  offlineRun: OfflineProgress | null;
  loadOfflineCopies(): Promise<void>;
  startOffline(dn: string): Promise<void>;
  cancelOffline(): void;
  closeOfflineRun(): void;
  /** Module-level: every onOfflineProgress event. */
  offlineProgress(progress: OfflineProgress): void;
}

let counter = 0;

export const createOfflineSlice: StateCreator<StoreState, [], [], OfflineSlice> = (set, get) => ({
  offlineCopies: [],
  offlineRun: null,
  loadOfflineCopies: async () => {
    const result = await getApi()['offline.list']({});
    if (result.ok) set({ offlineCopies: result.value });
  },
  startOffline: async (dn) => {
    counter += 1;
    const operationId = `offline-${Date.now().toString(36)}-${counter}`;
    const kind = hasOfflineCopy(get().offlineCopies, dn) ? 'refresh' : 'fill';
    const blank = { operationId, dn, kind, read: 0, total: null, outcome: null, copy: null } as const;
    set({ offlineRun: { ...blank, done: false, cancelled: false, error: null } });
    const result = await getApi()['offline.start']({ operationId, dn });
    if (!result.ok) set({ offlineRun: { ...blank, done: true, cancelled: false, error: result.error } });
  },
  cancelOffline: () => {
    const run = get().offlineRun;
    if (run !== null && !run.done) void getApi()['offline.cancel']({ operationId: run.operationId });
  },
  closeOfflineRun: () => set({ offlineRun: null }),
  offlineProgress: (progress) => {
    if (get().offlineRun?.operationId !== progress.operationId) return;
    set({ offlineRun: progress });
    const copy = progress.copy;
    if (copy === null) return;
    // Main pushes the copy as it now is: no list to fetch again.
    set({ offlineCopies: [...get().offlineCopies.filter((c) => !sameDn(c.dn, copy.dn)), copy] });
    if (progress.outcome !== null) {
      const { read, deleted } = progress.outcome;
      set({
        offlineRun: null,
        notice: {
          intent: 'success',
          text:
            progress.kind === 'fill'
              ? `${copy.count.toLocaleString('en-US')} objects are now available offline.`
              : `Offline copy refreshed: ${read.toLocaleString('en-US')} entries read, ${deleted.toLocaleString('en-US')} removed.`,
        },
      });
    }
  },
});

export function hasOfflineCopy(copies: readonly OfflineCopyInfo[], dn: string): boolean {
  return copies.some((c) => sameDn(c.dn, dn));
}
