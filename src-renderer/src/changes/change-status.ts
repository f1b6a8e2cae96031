import { hasNoUndo, needsNewPassword } from '../../../src-preload/shared/account/account-operations.ts';
import { firstRdnValue } from '../components/dn-name.ts';
import type { ChangeStatus, ChangeView } from '../../../src-preload/contract/index.ts';

// How the journal's statuses are grouped, labelled and acted on in the renderer.

export type StatusFilter = 'all' | 'pending' | 'conflict' | 'rejected' | 'applied' | 'discarded';

export const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'pending', label: 'Pending' },
  { value: 'conflict', label: 'Conflicts' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'applied', label: 'Applied' },
  { value: 'discarded', label: 'Discarded' },
];

export const STATUS_LABELS: Record<ChangeStatus, string> = {
  pending: 'Pending',
  applying: 'Applying',
  retryable: 'Queued (domain controller not reachable)',
  applied: 'Applied',
  conflict: 'Conflict',
  rejected: 'Rejected',
  discarded: 'Discarded',
};

/** Queued, being applied and waiting-for-the-DC changes are all "pending" to the admin. */
export function filterOf(status: ChangeStatus): Exclude<StatusFilter, 'all'> {
  if (status === 'pending' || status === 'applying' || status === 'retryable') return 'pending';
  return status;
}

export function countByFilter(changes: readonly ChangeView[]): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = {
    all: changes.length,
    pending: 0,
    conflict: 0,
    rejected: 0,
    applied: 0,
    discarded: 0,
  };
  for (const change of changes) counts[filterOf(change.status)]++;
  return counts;
}

export interface ChangeActions {
  retry: boolean;
  discard: boolean;
  resolve: boolean;
  /** The audit entry to undo, for an applied change. */
  undoAuditId: number | null;
}

export function actionsFor(change: ChangeView): ChangeActions {
  const { status, outcome } = change;
  return {
    retry:
      (status === 'retryable' || status === 'rejected' || status === 'conflict') && !needsNewPassword(change),
    discard: status === 'pending' || status === 'retryable' || status === 'rejected' || status === 'conflict',
    resolve: status === 'conflict',
    // A deleted object comes back only from the AD Recycle Bin, not by an edit; an undone change
    // is undone once (its undo can itself be undone).
    undoAuditId:
      status === 'applied' &&
      outcome?.kind === 'applied' &&
      change.operation !== 'delete' &&
      !hasNoUndo(change) &&
      change.undoneBy === null
        ? outcome.auditId
        : null,
  };
}

/** A pushed update replaces the change with the same id or joins the list; newest first. */
export function upsertChange(list: readonly ChangeView[], change: ChangeView): ChangeView[] {
  const rest = list.filter((c) => c.id !== change.id);
  return [change, ...rest].sort((a, b) => b.id - a.id);
}

/** The outcome in the admin's words, or '' when there is nothing to say. */
export function outcomeMessage(change: ChangeView): string {
  const outcome = change.outcome;
  if (!outcome) return '';
  switch (outcome.kind) {
    case 'applied':
      return outcome.alreadyInPlace ? 'The directory already held these values.' : '';
    case 'discarded':
      return outcome.replacedBy ? `Replaced by change #${outcome.replacedBy}.` : '';
    default:
      return outcome.message;
  }
}

export interface ChangeSummary {
  applied: number;
  queued: number;
  conflicts: ChangeView[];
  rejected: ChangeView[];
}

export function summarize(changes: readonly ChangeView[]): ChangeSummary {
  return {
    applied: changes.filter((c) => c.status === 'applied').length,
    queued: changes.filter((c) => filterOf(c.status) === 'pending').length,
    conflicts: changes.filter((c) => c.status === 'conflict'),
    rejected: changes.filter((c) => c.status === 'rejected'),
  };
}

/**
 * The list just loaded, with any change pushed while it was loading kept when it is newer: an
 * event can overtake the list call that started before it.
 */
export function mergeLoaded(pushed: readonly ChangeView[], loaded: readonly ChangeView[]): ChangeView[] {
  let merged = [...loaded].sort((a, b) => b.id - a.id);
  for (const change of pushed) {
    const listed = merged.find((c) => c.id === change.id);
    if (!listed || change.updatedAt > listed.updatedAt) merged = upsertChange(merged, change);
  }
  return merged;
}

/** What the change does to the object itself, for its line in the panel ('' for an edit). */
export function operationText(change: ChangeView): string {
  const target = change.target ?? null;
  switch (change.operation) {
    case 'delete':
      return 'delete object · ';
    case 'create':
      return 'create object · ';
    case 'rename':
      return target && 'newRdn' in target ? `rename to "${firstRdnValue(target.newRdn)}" · ` : 'rename · ';
    case 'move':
      return target && 'newParentDn' in target ? `move to ${target.newParentDn} · ` : 'move · ';
    case 'password':
      return 'reset password · ';
    default:
      return '';
  }
}
