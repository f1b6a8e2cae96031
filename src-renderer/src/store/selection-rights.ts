import { selectDetails, type StoreState } from './store.ts';

/**
 * Whether the selection may be changed at all (Delete, Edit selected): not through a read-only
 * (helpdesk) connection, and not when the one selected object's effective rights allow no write,
 * whatever the connection's mode. With several selected, each object's rights are checked where
 * the change is planned (bulk edit skips what may not be written, the DC refuses a delete).
 */
export function selectionMayChange(s: StoreState): boolean {
  if (s.connection.readOnly || s.selection.length === 0) return false;
  if (s.selection.length > 1) return true;
  const details = selectDetails(s);
  return details === null || (!details.readOnly && details.writable.length > 0);
}
