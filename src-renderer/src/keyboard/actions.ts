import { useCallback } from 'react';
import { useStore } from '../store/store.ts';

/** F5 and the toolbar's Refresh do the same thing: reload the open container and its tree branch. */
export function useRefresh(): () => Promise<void> {
  const refresh = useStore((s) => s.refresh);
  return useCallback(() => refresh(), [refresh]);
}
