import { AppError } from '../../src-preload/contract/errors.ts';
import type { Change, ConflictValues, Edit } from './change.ts';
import { isNoOp, rebase } from '../../src-preload/shared/values.ts';
import {
  choiceAllowed,
  mergeMultiValued,
  type AttributeChoice,
} from '../../src-preload/shared/merge-values.ts';

/**
 * A conflict resolved attribute by attribute: for each edit of the change, my values again over
 * theirs, theirs (the edit is dropped), or for a multi-valued attribute the three-way merge of both
 * sides' additions and removals. Every result is a compare-and-swap against theirs, the values the
 * conflict read, so a third writer meanwhile is a new conflict rather than an overwrite.
 *
 * Every attribute the server changed needs an explicit choice: none is decided for the admin.
 */
export function attributeResolutionEdits(
  change: Change,
  choices: Readonly<Record<string, AttributeChoice>>,
  isSingleValued: (attr: string) => boolean,
): Edit[] {
  const outcome = change.outcome;
  if (change.status !== 'conflict' || outcome?.kind !== 'conflict') {
    throw new AppError(
      'VALIDATION_FAILED',
      `Change ${change.id} to ${change.dn} is ${change.status}; only a conflict can be resolved per attribute.`,
      { id: change.id, status: change.status },
    );
  }
  const chosen = new Map(Object.entries(choices).map(([attr, choice]) => [attr.toLowerCase(), choice]));
  const issues: string[] = [];
  for (const attr of Object.keys(choices)) {
    if (!change.edits.some((edit) => edit.attr.toLowerCase() === attr.toLowerCase()))
      issues.push(`${attr} is not part of change #${change.id}.`);
  }
  const edits: Edit[] = [];
  for (const edit of change.edits) {
    const met = conflictOf(outcome.attrs, edit.attr);
    const choice = chosen.get(edit.attr.toLowerCase()) ?? (met?.differs === true ? undefined : 'mine');
    if (choice === undefined) {
      issues.push(`${edit.attr} changed on the server: choose Keep mine, Take theirs or Merge for it.`);
      continue;
    }
    if (met !== undefined && !choiceAllowed(met, choice, isSingleValued(edit.attr))) {
      issues.push(
        `${edit.attr} ${isSingleValued(edit.attr) ? 'holds one value' : 'has no known original values'}: it cannot be merged; keep mine or take theirs.`,
      );
      continue;
    }
    const next = resolvedEdit(edit, met, choice);
    if (next !== null && !isNoOp(next)) edits.push(next);
  }
  if (issues.length > 0) {
    throw new AppError('INVALID_INPUT', `Not resolved: ${issues.join(' ')}`, { id: change.id, issues });
  }
  return edits;
}

function resolvedEdit(edit: Edit, met: ConflictValues | undefined, choice: AttributeChoice): Edit | null {
  if (choice === 'theirs') return null;
  if (met === undefined) return edit;
  // A delta touches only its own values: mine and its merge are the same rebased delta.
  if (met.mode === 'delta') return rebase(edit, met.present);
  if (choice === 'mine' || edit.mode === 'delta') return rebase(edit, met.theirs);
  const merged = mergeMultiValued(met.base ?? [], met.mine, met.theirs, { binary: edit.binary === true });
  return { ...edit, base: [...met.theirs], desired: merged.values };
}

function conflictOf(attrs: Record<string, ConflictValues>, attr: string): ConflictValues | undefined {
  const key = Object.keys(attrs).find((name) => name.toLowerCase() === attr.toLowerCase());
  return key === undefined ? undefined : attrs[key];
}
