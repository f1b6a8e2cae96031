import type { ChangeView } from '../../src-preload/contract/index.ts';

/** A journal change that did not apply, in words for a wizard step; null once it applied. */
export function notAppliedText(change: ChangeView): string | null {
  if (change.status === 'applied') return null;
  const outcome = change.outcome;
  const why = outcome && 'message' in outcome ? `: ${outcome.message}` : '';
  if (change.status === 'pending' || change.status === 'retryable')
    return `Change #${change.id} is queued (${change.status}${why}); it is sent when the domain controller answers. Check again then.`;
  return `Change #${change.id} was ${change.status}${why}. See the Changes panel.`;
}
