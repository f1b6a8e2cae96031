import { event } from '../define.ts';
import type { ObjectDetails } from '../methods/directory.ts';

/**
 * What main knows of an object after a write: the entry as the server holds it now (read once,
 * right after the change applied), or `details: null` when the object was deleted. The renderer
 * keeps one copy of each object it shows and updates it from this; it never re-reads after a write.
 */
export interface ObjectChanged {
  objectGuid: string;
  /** The object's DN as the change named it (for a deleted object, its last DN). */
  dn: string;
  details: ObjectDetails | null;
  /** The journal change that caused it. */
  changeId: number;
}

export const objectsEvents = {
  /**
   * Pushed after every applied change, for the object written and for the objects whose back
   * links it changed (a group's new member sees its memberOf change).
   */
  onObjectChanged: event<ObjectChanged>(),
};
