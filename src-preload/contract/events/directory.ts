import { event } from '../define.ts';
import type { ErrorInfo } from '../errors.ts';
import type { ListRow } from '../methods/directory.ts';

/**
 * One page of a list load started with `directory.list`. Pages of one load arrive in order on the
 * event channel, and the last one has `done: true` (after the final rows, a cancel or an error),
 * so the renderer needs nothing but these events to show the list filling up.
 */
export interface ListPage {
  /** The id the renderer chose when it started the load: pages of an older load are ignored. */
  loadId: string;
  rows: ListRow[];
  /** Rows delivered so far, these included. */
  loaded: number;
  /**
   * About how many the container holds, as the local cache last saw it (AD's paged search says no
   * total); null when it was never listed here. The status bar says "4,000 of about 20,000…".
   */
  expected: number | null;
  done: boolean;
  /** The server had more than the load's limit; the rest was not read. */
  truncated: boolean;
  /** The user stopped the load (or started another): `rows` so far are all there will be. */
  cancelled: boolean;
  /** Why the load ended early, when it failed. */
  error: ErrorInfo | null;
  /**
   * Rows from the local cache, sent before the DC's first page (online, for a container listed
   * before): shown at once, then each replaced by the DC's row with the same GUID as the live
   * pages arrive. When the live load ends, cached rows the DC did not send are gone from it and
   * leave the list. Not counted in `loaded`, which counts the DC's rows only.
   */
  fromCache?: boolean;
}

export const directoryEvents = {
  /** Pushed for every page of a running list load, as the paged search returns it. */
  onListPage: event<ListPage>(),
};
