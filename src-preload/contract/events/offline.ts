import { event } from '../define.ts';
import type { ErrorInfo } from '../errors.ts';
import type { OfflineCopyInfo } from '../methods/offline.ts';

/** The outcome of a fill or refresh that ran to its end. */
export interface OfflineOutcome {
  /** Entries read from the DC: for a refresh, about as many as changed. */
  read: number;
  updated: number;
  deleted: number;
  seconds: number;
}

/**
 * How far a fill or refresh has come: pushed per page, and once more with `done: true` (finished,
 * cancelled or failed). Only a finished run carries `outcome` and the copy as it now is.
 */
export interface OfflineProgress {
  operationId: string;
  dn: string;
  kind: 'fill' | 'refresh';
  read: number;
  /** The previous copy's size, when there is one: an estimate for the bar. */
  total: number | null;
  done: boolean;
  cancelled: boolean;
  error: ErrorInfo | null;
  outcome: OfflineOutcome | null;
  copy: OfflineCopyInfo | null;
}

export const offlineEvents = {
  onOfflineProgress: event<OfflineProgress>(),
};
