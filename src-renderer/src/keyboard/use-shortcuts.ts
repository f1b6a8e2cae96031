import { useEffect } from 'react';
import { useStore } from '../store/store.ts';
import { canBrowse } from '../store/connection-slice.ts';

/**
 * Window-wide keys an ADUC user expects: F5 refreshes, Ctrl+F opens Find, Ctrl+N creates. Keys that act on the
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
      } else if (event.key.toLowerCase() === 'n' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        // Ctrl+N: the New Object wizard in the container on screen (a user first, as in ADUC).
        event.preventDefault();
        if (online && !state.connection.readOnly && state.dialog === null) state.openNewObject('user');
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
