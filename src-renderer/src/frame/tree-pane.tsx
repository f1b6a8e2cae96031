import {
  makeStyles,
  Spinner,
  tokens,
  Tree,
  TreeItem,
  TreeItemLayout,
  Text,
} from '@fluentui/react-components';
import { useStore } from '../store/store.ts';
import { ObjectIcon } from '../components/object-icon.tsx';

const useStyles = makeStyles({
  current: { backgroundColor: tokens.colorSubtleBackgroundSelected, fontWeight: tokens.fontWeightSemibold },
  empty: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

/** The OU tree, loaded one level at a time as branches open. */
export function TreePane() {
  const styles = useStyles();
  const rootDn = useStore((s) => s.rootDn);
  const openBranches = useStore((s) => s.openBranches);
  const toggleBranch = useStore((s) => s.toggleBranch);
  if (!rootDn) return <Text className={styles.empty}>Connect to a domain controller to browse.</Text>;
  return (
    <Tree
      aria-label="Domain tree"
      size="small"
      openItems={openBranches}
      onOpenChange={(_event, data) => void toggleBranch(String(data.value), data.open)}
    >
      <Branch dn={rootDn} />
    </Tree>
  );
}

function Branch({ dn }: { dn: string }) {
  const styles = useStyles();
  const entry = useStore((s) => s.tree[dn]);
  const current = useStore((s) => s.container === dn);
  const openContainer = useStore((s) => s.openContainer);
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
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.stopPropagation();
        void openContainer(dn);
      }}
    >
      <TreeItemLayout
        iconBefore={<ObjectIcon kind={node.kind} />}
        className={current ? styles.current : undefined}
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
            children.map((child) => <Branch key={child} dn={child} />)
          )}
        </Tree>
      )}
    </TreeItem>
  );
}
