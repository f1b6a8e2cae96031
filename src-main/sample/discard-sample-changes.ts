import type { Journal } from '../changes/journal.ts';
import { SAMPLE_PROFILE_ID } from '../../src-preload/shared/sample-directory.ts';

const OPEN = ['pending', 'retryable', 'conflict', 'rejected'] as const;

/**
 * Discards every change of the sample directory still waiting, newest first (a create's later
 * steps before the create), so a reset leaves nothing queued for the sample. Discarded changes
 * stay in the journal's history, as any discard does. Returns how many were discarded.
 */
export function discardSampleChanges(journal: Journal): number {
  let discarded = 0;
  const open = journal.list({ statuses: [...OPEN] }).filter((c) => c.profileId === SAMPLE_PROFILE_ID);
  for (const change of open.reverse()) {
    // A discard may already have taken the steps queued behind it.
    if (!OPEN.includes(journal.get(change.id).status as (typeof OPEN)[number])) continue;
    journal.discard(change.id);
    discarded += 1;
  }
  return discarded;
}
