import type { StateCreator } from 'zustand';
import type { ListRow, ObjectChanged, ObjectDetails } from '../../../src-preload/contract/index.ts';
import { extraColumns } from '../../../src-preload/shared/column-text.ts';
import { extraAttributes } from '../frame/column-layout.ts';
import type { StoreState } from './store.ts';
import { rowsAfterPush, selectionAfterPush, treeAfterPlacement } from './placement-push.ts';
import { isWithinDn } from '../../../src-preload/shared/dn.ts';

/**
 * The renderer's one copy of each object it shows (the selected object's details pane, every open
 * property sheet), keyed by objectGUID. Holders count who shows it, so an object is kept exactly as
 * long as something on screen needs it. Main's onObjectChanged replaces the copy, and the list row
 * with it, after every applied change: nothing re-reads after a write.
 */
export interface ObjectsSlice {
  objects: Record<string, ObjectDetails>;
  holders: Record<string, number>;
  /** Keeps `details` as the current copy of its object, for one more holder. */
  holdObject(details: ObjectDetails): void;
  releaseObject(guid: string): void;
  /** Main's push: the fresh copy (or the deletion) reaches every place that shows the object. */
  objectChanged(event: ObjectChanged): void;
  /** The last objects main pushed, newest first: what a wizard that just wrote one selects from. */
  recentPushes: ObjectDetails[];
  /** The list row to bring into view (its DN), set when something selects a row for the user. */
  revealRow: string | null;
  /**
   * Selects a just-pushed object in the list and scrolls to it, as ADUC does after New: from the
   * push, without reading it again. Nothing happens when the list on screen does not hold it.
   */
  selectPushed(objectGuid: string): void;
}

/** Enough for every create answered at once; older pushes are in the list rows anyway. */
const RECENT_PUSHES = 16;

/** GUIDs are compared without case: main writes them lower case, a row may carry another form. */
export function objectKey(guid: string): string {
  return guid.toLowerCase();
}

function parentDn(dn: string): string {
  // An escaped comma ("\,") belongs to the RDN's value, not to the DN's structure.
  const match = /^(?:[^,\\]|\\.)*,(.*)$/.exec(dn);
  return (match?.[1] ?? '').toLowerCase();
}

export const createObjectsSlice: StateCreator<StoreState, [], [], ObjectsSlice> = (set, get) => ({
  objects: {},
  holders: {},
  recentPushes: [],
  revealRow: null,
  selectPushed: (objectGuid) => {
    const key = objectKey(objectGuid);
    const details = get().recentPushes.find((pushed) => objectKey(pushed.row.guid) === key);
    const row = get().rows.find((listed) => objectKey(listed.guid) === key);
    if (details === undefined || row === undefined) return;
    set({ selection: [row.dn], revealRow: row.dn });
    get().showDetails(details);
  },
  holdObject: (details) => {
    const key = objectKey(details.row.guid);
    const { objects, holders } = get();
    set({ objects: { ...objects, [key]: details }, holders: { ...holders, [key]: (holders[key] ?? 0) + 1 } });
  },
  releaseObject: (guid) => {
    const key = objectKey(guid);
    const { objects, holders } = get();
    const left = (holders[key] ?? 1) - 1;
    if (left > 0) {
      set({ holders: { ...holders, [key]: left } });
      return;
    }
    const { [key]: _object, ...keptObjects } = objects;
    const { [key]: _count, ...keptHolders } = holders;
    set({ objects: keptObjects, holders: keptHolders });
  },
  objectChanged: ({ objectGuid, details }) => {
    const key = objectKey(objectGuid);
    const { objects, rows, container, selection, selectedGuid } = get();
    if (details === null) {
      const gone = rows.find((row) => objectKey(row.guid) === key);
      const { [key]: _object, ...keptObjects } = objects;
      set({
        objects: keptObjects,
        rows: rows.filter((row) => objectKey(row.guid) !== key),
        selection: gone ? selection.filter((dn) => dn !== gone.dn) : selection,
        selectedGuid: selectedGuid === key ? null : selectedGuid,
      });
      return;
    }
    // The pushed row has the fixed columns; the chosen ones come from the pushed attributes.
    const fresh: ListRow = {
      ...details.row,
      extra: extraColumns(details.attributes, extraAttributes(get().layouts[get().currentView()])),
    };
    const listedRow = rows.find((row) => objectKey(row.guid) === key);
    const nextRows = listedRow
      ? // Renamed in place, or moved out of the container on screen (then it leaves the list).
        rowsAfterPush(rows, key, fresh, container)
      : // A new object in the container on screen joins the list; elsewhere it is not shown.
        container !== null && parentDn(details.row.dn) === container.toLowerCase()
        ? [...rows, fresh]
        : rows;
    const placed = listedRow !== undefined && listedRow.dn !== fresh.dn;
    const stays = nextRows.some((row) => objectKey(row.guid) === key);
    const recentPushes = [
      details,
      ...get().recentPushes.filter((pushed) => objectKey(pushed.row.guid) !== key),
    ].slice(0, RECENT_PUSHES);
    set({
      rows: nextRows,
      recentPushes,
      ...(key in objects ? { objects: { ...objects, [key]: details } } : {}),
      ...(placed
        ? {
            selection: selectionAfterPush(selection, listedRow.dn, fresh, stays),
            tree: treeAfterPlacement(get().tree, listedRow.dn, fresh),
            openBranches: get().openBranches.filter((dn) => !isWithinDn(dn, listedRow.dn)),
            ...(stays || selectedGuid !== key ? {} : { selectedGuid: null }),
          }
        : {}),
    });
  },
});
