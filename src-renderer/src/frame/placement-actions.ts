import type { ChangeView, ErrorInfo, ListRow } from '../../../src-preload/contract/index.ts';
import { isWithinDn, parentDnOf, sameDn } from '../../../src-preload/shared/dn.ts';
import { getApi } from '../api/api.ts';
import { outcomeMessage } from '../changes/change-status.ts';

/** The data type list rows travel under when dragged onto the tree. */
export const OBJECTS_DRAG_TYPE = 'application/x-recipientdesk-objects';

/** DNs dragged from the list, or [] when the drag carries something else. */
export function draggedDns(data: DataTransfer): string[] {
  try {
    const parsed: unknown = JSON.parse(data.getData(OBJECTS_DRAG_TYPE) || '[]');
    return Array.isArray(parsed) ? parsed.filter((dn): dn is string => typeof dn === 'string') : [];
  } catch {
    return [];
  }
}

/** The rows that a move into `parentDn` would change: not already there, not into themselves. */
export function movableInto(rows: readonly ListRow[], parentDn: string): ListRow[] {
  return rows.filter((row) => !sameDn(parentDnOf(row.dn), parentDn) && !isWithinDn(parentDn, row.dn));
}

export interface PlacementResult {
  changes: ChangeView[];
  /** A refusal before anything was journaled (or the first change that did not apply), in words. */
  problems: string[];
}

/**
 * ADUC's Move for the selection: one journal change per object (changes.move), sent in order.
 * The list and tree follow from main's pushes of each moved object.
 */
export async function moveObjects(rows: readonly ListRow[], parentDn: string): Promise<PlacementResult> {
  const changes: ChangeView[] = [];
  const problems: string[] = [];
  for (const row of movableInto(rows, parentDn)) {
    const result = await getApi()['changes.move']({
      objectGuid: row.guid,
      dn: row.dn,
      newParentDn: parentDn,
    });
    if (!result.ok) problems.push(`${row.name}: ${(result.error as ErrorInfo).message}`);
    else {
      changes.push(result.value);
      if (result.value.status !== 'applied' && result.value.status !== 'pending')
        problems.push(`${row.name}: ${outcomeMessage(result.value) || result.value.status}`);
    }
  }
  return { changes, problems };
}

/** A one-line summary of a move for the notice bar. */
export function moveNotice(
  result: PlacementResult,
  parentName: string,
): {
  intent: 'success' | 'warning' | 'error';
  text: string;
} {
  const moved = result.changes.filter((c) => c.status === 'applied').length;
  const queued = result.changes.filter((c) => c.status === 'pending').length;
  if (result.problems.length === 0 && queued === 0)
    return { intent: 'success', text: `${moved} object${moved === 1 ? '' : 's'} moved to ${parentName}.` };
  if (result.problems.length === 0)
    return {
      intent: 'warning',
      text: `${queued} move${queued === 1 ? '' : 's'} to ${parentName} queued until the connection is back.`,
    };
  return {
    intent: moved > 0 ? 'warning' : 'error',
    text: `${moved > 0 ? `${moved} moved to ${parentName}; ` : ''}not moved: ${result.problems.join(' ')}`,
  };
}
