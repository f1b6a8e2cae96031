import { event } from '../define.ts';

/** How far a readiness scan has read: pushed per page, so a 20,000-user scan counts up. */
export interface ReadinessProgress {
  scanId: string;
  /** Entries read from the DC so far. */
  read: number;
}

export const readinessEvents = {
  onReadinessProgress: event<ReadinessProgress>(),
};
