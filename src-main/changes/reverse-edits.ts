import { AppError } from '../../src-preload/contract/errors.ts';
import type { AuditEntry, ConflictValues, Edit } from './change.ts';
import { isNoOp, rebase, sameValues } from '../../src-preload/shared/values.ts';

/**
 * "Keep mine" after a conflict: each edit again, against what the server holds now. A delta is
 * rebased on the values it names that the server holds (still a delta), a full set on theirs.
 */
export function resolutionEdits(edits: readonly Edit[], attrs: Record<string, ConflictValues>): Edit[] {
  return edits
    .map((edit) => {
      const met = attrs[edit.attr];
      if (met === undefined) return edit;
      const current = met.mode === 'delta' ? met.present : met.theirs;
      return rebase(edit, current);
    })
    .filter((edit) => !isNoOp(edit));
}

/** The edits that take an applied change back: a delta undoes as the reverse delta. */
export function undoEdits(entry: AuditEntry): Edit[] {
  const edits: Edit[] = [];
  for (const after of entry.after) {
    const before = entry.before.find((b) => b.attr === after.attr);
    if (before?.values === null || before?.values === undefined) {
      throw new AppError(
        'VALIDATION_FAILED',
        `This change cannot be undone automatically: the values of ${after.attr} before it were not known. Set them by hand.`,
        { auditId: entry.id, attr: after.attr },
      );
    }
    const binary = after.binary ? { binary: true } : {};
    if (after.mode === 'delta') {
      const edit: Edit = {
        attr: after.attr,
        ...binary,
        mode: 'delta',
        remove: after.values,
        add: before.values,
      };
      if (!isNoOp(edit)) edits.push(edit);
    } else if (!sameValues(before.values, after.values)) {
      edits.push({ attr: after.attr, ...binary, base: after.values, desired: before.values });
    }
  }
  if (edits.length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Nothing to undo: audit entry ${entry.id} did not change any value.`,
      {
        auditId: entry.id,
      },
    );
  }
  return edits;
}
