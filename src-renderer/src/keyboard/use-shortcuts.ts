import { useEffect } from 'react';
import { useStore } from '../store/store.ts';
import { canBrowse } from '../store/connection-slice.ts';

/**
 * Window-wide keys an ADUC user expects: F5 refreshes, Ctrl+F opens Find. Keys that act on the
 * selection (Enter, Delete, the context-menu key) belong to the list, which has the focus then.
 */
export function useShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const state = useStore.getState();
      const online = canBrowse(state);
      if (event.key === 'F5') {
        event.preventDefault();
        if (online) void state.refresh();
      } else if (event.key.toLowerCase() === 'f' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        if (online) state.openDialog('find');
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
