import { z } from 'zod';
import { method } from '../define.ts';
import { dnInput, loadIdInput } from '../schemas.ts';

/** A subtree kept offline in full ("Make available offline"), as main remembers it. */
export interface OfflineCopyInfo {
  dn: string;
  /** Objects it held after its last fill or refresh. */
  count: number;
  filledAt: string;
  refreshedAt: string | null;
}

/** What `offline.start` answers at once; progress and the outcome follow as onOfflineProgress events. */
export interface OfflineStarted {
  operationId: string;
  kind: 'fill' | 'refresh';
}

export const offlineMethods = {
  /** The subtrees of the connected directory kept offline (none with no session). */
  'offline.list': method(z.object({}).strict()).returns<OfflineCopyInfo[]>(),
  /**
   * Reads `dn` and everything under it into the cache, or, when it is already kept offline from
   * this DC, only what changed since. `operationId` is chosen by the renderer and names the events.
   */
  'offline.start': method(
    z.object({ operationId: loadIdInput, dn: dnInput }).strict(),
  ).returns<OfflineStarted>(),
  /** Stops a running fill or refresh; its last event says `cancelled: true`. */
  'offline.cancel': method(z.object({ operationId: loadIdInput }).strict()).returns<void>(),
};
