import type { Change } from './change.ts';

export interface DrainSummary {
  applied: number;
  conflict: number;
  rejected: number;
  retryable: number;
  /** Changes not sent because an earlier change of the same object is stuck. */
  blocked: number;
  /** True when the drain stopped because the session went away, leaving the rest queued. */
  stoppedOffline: boolean;
}

export interface DrainOptions {
  /**
   * How many objects are sent at once. Changes of one object always go one after the other, in
   * the order they were made; different objects are independent, so their modifies can share the
   * connection without waiting for each other's answers (LDAP allows several outstanding requests).
   */
  concurrency?: number;
  /** Asked before each object: false when the session is gone, so the rest stays queued. */
  canSend?: () => boolean;
}

export function emptySummary(): DrainSummary {
  return { applied: 0, conflict: 0, rejected: 0, retryable: 0, blocked: 0, stoppedOffline: false };
}

/** Counts one lane's results into the summary. */
export function countLane(summary: DrainSummary, results: readonly Change[], blocked: number): void {
  for (const change of results) {
    if (change.status === 'applied') summary.applied += 1;
    else if (change.status === 'conflict') summary.conflict += 1;
    else if (change.status === 'rejected') summary.rejected += 1;
    else if (change.status === 'retryable') summary.retryable += 1;
  }
  summary.blocked += blocked;
}

const DEFAULT_CONCURRENCY = 16;

/**
 * Runs every object's lane, up to `concurrency` at a time. A lane stops at its first stuck change
 * (conflict, rejected, retryable), holding back later changes of that object only: other objects
 * keep moving. Only a session that went away stops the whole drain.
 */
export async function drainLanes(
  objectGuids: readonly string[],
  runLane: (objectGuid: string, summary: DrainSummary) => Promise<void>,
  options: DrainOptions = {},
): Promise<DrainSummary> {
  const summary = emptySummary();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < objectGuids.length) {
      if (options.canSend !== undefined && !options.canSend()) {
        summary.stoppedOffline = true;
        return;
      }
      await runLane(objectGuids[next++]!, summary);
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, objectGuids.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return summary;
}
