import { makeStyles, Spinner, tokens, Tree, TreeItem, TreeItemLayout } from '@fluentui/react-components';
import { useStore } from '../store/store.ts';
import { useState } from 'react';
import { ObjectIcon } from '../components/object-icon.tsx';
import { TreeContextMenu, type TreeMenuTarget } from './tree-context-menu.tsx';
import { draggedDns, moveNotice, moveObjects, movableInto, OBJECTS_DRAG_TYPE } from './placement-actions.ts';
import { selectionMayChange } from '../store/selection-rights.ts';
import { StartHint } from './start-hint.tsx';

const useStyles = makeStyles({
  current: { backgroundColor: tokens.colorSubtleBackgroundSelected, fontWeight: tokens.fontWeightSemibold },
  dropTarget: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
  },
});

/** The OU tree, loaded one level at a time as branches open. */
export function TreePane() {
  const rootDn = useStore((s) => s.rootDn);
  const openBranches = useStore((s) => s.openBranches);
  const toggleBranch = useStore((s) => s.toggleBranch);
  const [menu, setMenu] = useState<TreeMenuTarget | null>(null);
  if (!rootDn) return <StartHint />;
  return (
    <>
      <Tree
        aria-label="Domain tree"
        size="small"
        openItems={openBranches}
        onOpenChange={(_event, data) => void toggleBranch(String(data.value), data.open)}
      >
        <Branch dn={rootDn} onMenu={setMenu} />
      </Tree>
      <TreeContextMenu target={menu} onClose={() => setMenu(null)} />
    </>
  );
}

function Branch({ dn, onMenu }: { dn: string; onMenu(target: TreeMenuTarget): void }) {
  const styles = useStyles();
  const entry = useStore((s) => s.tree[dn]);
  const current = useStore((s) => s.container === dn);
  const openContainer = useStore((s) => s.openContainer);
  const [dropHere, setDropHere] = useState(false);
  const drop = useDropObjects(dn, entry?.node.name ?? dn);
  if (!entry) return null;
  const { node, children, loading } = entry;
  const isLeaf = children !== undefined && children.length === 0;
  return (
    <TreeItem
      itemType={isLeaf ? 'leaf' : 'branch'}
      value={dn}
      aria-current={current ? 'true' : undefined}
      data-dn={dn}
      onClick={(event) => {
        // Nested items sit inside their parents: only the innermost one is meant.
        event.stopPropagation();
        void openContainer(dn);
      }}
      onKeyDown={(event) => {
        if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
          event.preventDefault();
          event.stopPropagation();
          const box = event.currentTarget.getBoundingClientRect();
          onMenu({ dn, x: box.left + 40, y: box.top + 24 });
          return;
        }
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.stopPropagation();
        void openContainer(dn);
      }}
      onContextMenu={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onMenu({ dn, x: event.clientX, y: event.clientY });
      }}
      onDragOver={(event) => {
        // Only rows from the list are dropped here, and only on the innermost branch under the pointer.
        if (!drop.accepts(event.dataTransfer)) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
        if (!dropHere) setDropHere(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropHere(false);
      }}
      onDrop={(event) => {
        if (!drop.accepts(event.dataTransfer)) return;
        event.preventDefault();
        event.stopPropagation();
        setDropHere(false);
        void drop.onDrop(event.dataTransfer);
      }}
    >
      <TreeItemLayout
        iconBefore={<ObjectIcon kind={node.kind} />}
        className={dropHere ? styles.dropTarget : current ? styles.current : undefined}
      >
        {node.name}
      </TreeItemLayout>
      {!isLeaf && (
        <Tree>
          {loading || children === undefined ? (
            <TreeItem itemType="leaf" value={`${dn}#loading`}>
              <TreeItemLayout>
                <Spinner size="extra-tiny" label="Loading…" />
              </TreeItemLayout>
            </TreeItem>
          ) : (
            children.map((child) => <Branch key={child} dn={child} onMenu={onMenu} />)
          )}
        </Tree>
      )}
    </TreeItem>
  );
}

/** Dropping list rows on a branch moves them there (ADUC's drag and drop), one journal change each. */
function useDropObjects(dn: string, name: string) {
  const mayChange = useStore(selectionMayChange);
  const showNotice = useStore((s) => s.showNotice);
  return {
    accepts: (data: DataTransfer) => mayChange && data.types.includes(OBJECTS_DRAG_TYPE),
    async onDrop(data: DataTransfer) {
      const dns = draggedDns(data);
      const rows = useStore.getState().rows.filter((row) => dns.includes(row.dn));
      if (movableInto(rows, dn).length === 0) return;
      showNotice(moveNotice(await moveObjects(rows, dn), name));
    },
  };
}
