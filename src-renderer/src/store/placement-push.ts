import type { ListRow, TreeNode } from '../../../src-preload/contract/index.ts';
import { parentDnOf, sameDn, isWithinDn } from '../../../src-preload/shared/dn.ts';
import type { TreeEntry } from './browse-slice.ts';

/**
 * What a pushed object's new DN (after a rename or move) does to what is on screen, computed from
 * the push alone: the list keeps the row only while it is still in the open container, the
 * selection follows the row to its new DN, and the tree moves or renames the branch of an OU.
 */

/** The list's rows after a push: replaced in place, or gone when it left the open container. */
export function rowsAfterPush(
  rows: readonly ListRow[],
  guidKey: string,
  fresh: ListRow,
  container: string | null,
): ListRow[] {
  const stays = container === null || sameDn(parentDnOf(fresh.dn), container);
  return stays
    ? rows.map((row) => (row.guid.toLowerCase() === guidKey ? fresh : row))
    : rows.filter((row) => row.guid.toLowerCase() !== guidKey);
}

/** The selection by DN after an object's DN changed: the old DN becomes the new one. */
export function selectionAfterPush(
  selection: readonly string[],
  oldDn: string,
  fresh: ListRow,
  rowStays: boolean,
): string[] {
  if (sameDn(oldDn, fresh.dn) && rowStays) return [...selection];
  return selection.flatMap((dn) => (sameDn(dn, oldDn) ? (rowStays ? [fresh.dn] : []) : [dn]));
}

const TREE_KINDS: Partial<Record<ListRow['kind'], TreeNode['kind']>> = { ou: 'ou', container: 'container' };

/**
 * The tree after a container was renamed or moved: its old branch (and whatever was loaded under
 * it, whose DNs all changed) leaves its old parent, and it joins its new parent if that branch is
 * loaded. Its children load again when it is opened.
 */
export function treeAfterPlacement(
  tree: Readonly<Record<string, TreeEntry>>,
  oldDn: string,
  fresh: ListRow,
): Record<string, TreeEntry> {
  const kind = TREE_KINDS[fresh.kind];
  if (kind === undefined || sameDn(oldDn, fresh.dn)) return { ...tree };
  const old = Object.entries(tree).find(([dn]) => sameDn(dn, oldDn))?.[1];
  const next: Record<string, TreeEntry> = {};
  for (const [dn, entry] of Object.entries(tree)) {
    if (isWithinDn(dn, oldDn)) continue;
    next[dn] = entry.children
      ? { ...entry, children: entry.children.filter((child) => !sameDn(child, oldDn)) }
      : entry;
  }
  const newParent = Object.keys(next).find((dn) => sameDn(dn, parentDnOf(fresh.dn)));
  const parentEntry = newParent === undefined ? undefined : next[newParent];
  if (newParent !== undefined && parentEntry?.children) {
    next[fresh.dn] = {
      node: { dn: fresh.dn, name: fresh.name, kind, hasChildren: old?.node.hasChildren ?? true },
      loading: false,
    };
    next[newParent] = { ...parentEntry, children: [...parentEntry.children, fresh.dn] };
  }
  return next;
}
