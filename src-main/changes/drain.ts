import type { Change } from './change.ts';
import type { JournalContext } from './journal-context.ts';

export interface DrainSummary {
  applied: number;
  conflict: number;
  rejected: number;
  retryable: number;
  /** Changes not sent because an earlier change of the same object is stuck. */
  blocked: number;
  /** True when the drain stopped at a lost connection, leaving the rest queued. */
  stoppedOffline: boolean;
}

export interface DrainOptions {
  /**
   * How many objects are sent at once. Changes of one object always go one after the other, in
   * the order they were made; different objects are independent, so their modifies can share the
   * connection without waiting for each other's answers (LDAP allows several outstanding requests).
   */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 16;
const WAITING: readonly Change['status'][] = ['pending', 'retryable'];

/**
 * Sends queued changes one lane per object: a change that is stuck (conflict, rejected,
 * retryable) holds back the later changes of its object, whose bases may assume it went through,
 * but not other objects. A lost connection ends the drain: everything after it would fail the
 * same way.
 */
export async function drainPending(
  ctx: JournalContext,
  send: (change: Change) => Promise<Change>,
  options: DrainOptions = {},
): Promise<DrainSummary> {
  const summary: DrainSummary = {
    applied: 0,
    conflict: 0,
    rejected: 0,
    retryable: 0,
    blocked: 0,
    stoppedOffline: false,
  };
  const lanes = new Map<string, Change[]>();
  for (const change of ctx.store.listChanges({
    statuses: ['pending', 'retryable', 'conflict', 'rejected'],
  })) {
    const lane = lanes.get(change.objectGuid);
    if (lane === undefined) lanes.set(change.objectGuid, [change]);
    else lane.push(change);
  }

  const block = (rest: Change[]) => {
    summary.blocked += rest.filter((change) => WAITING.includes(change.status)).length;
  };
  async function runLane(lane: Change[]): Promise<void> {
    for (const [index, change] of lane.entries()) {
      if (summary.stoppedOffline) return;
      if (!WAITING.includes(change.status)) return block(lane.slice(index + 1)); // waits for the admin
      const result = await send(change);
      if (result.status === 'applied' || result.status === 'discarded') {
        if (result.status === 'applied') summary.applied += 1;
        continue;
      }
      if (result.status === 'applying' || result.status === 'pending') return; // another caller is sending it
      if (result.status === 'retryable') {
        summary.retryable += 1;
        summary.stoppedOffline = true;
        return;
      }
      if (result.status === 'conflict') summary.conflict += 1;
      else summary.rejected += 1;
      return block(lane.slice(index + 1));
    }
  }

  const pendingLanes = [...lanes.values()];
  let next = 0;
  async function worker(): Promise<void> {
    while (!summary.stoppedOffline && next < pendingLanes.length) await runLane(pendingLanes[next++]!);
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, pendingLanes.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return summary;
}
