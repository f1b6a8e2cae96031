import { makeStyles, Spinner, tokens, Tree, TreeItem, TreeItemLayout } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TreeNode } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { ObjectIcon } from '../components/object-icon.tsx';

const useStyles = makeStyles({
  box: {
    height: '300px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  chosen: { backgroundColor: tokens.colorSubtleBackgroundSelected, fontWeight: tokens.fontWeightSemibold },
});

/**
 * ADUC's "Move" tree: the domain's containers, one level read at a time as branches open, and one
 * of them chosen. Its own reads, not the tree pane's: opening branches here changes nothing there.
 */
export function ContainerPicker({
  root,
  value,
  onChange,
}: {
  root: TreeNode;
  value: string | null;
  onChange(dn: string, name: string): void;
}) {
  const styles = useStyles();
  const [children, setChildren] = useState<Record<string, TreeNode[] | 'loading'>>({});
  const [open, setOpen] = useState<string[]>([root.dn]);

  async function load(dn: string) {
    if (children[dn] !== undefined) return;
    setChildren((c) => ({ ...c, [dn]: 'loading' }));
    const result = await getApi()['directory.children']({ dn });
    setChildren((c) => ({ ...c, [dn]: result.ok ? result.value : [] }));
  }
  useEffect(() => {
    void load(root.dn);
  }, [root.dn]); // eslint-disable-line react-hooks/exhaustive-deps

  function branch(node: TreeNode) {
    const loaded = children[node.dn];
    const leaf = !node.hasChildren || (Array.isArray(loaded) && loaded.length === 0);
    return (
      <TreeItem
        key={node.dn}
        itemType={leaf ? 'leaf' : 'branch'}
        value={node.dn}
        aria-selected={value === node.dn}
        data-dn={node.dn}
        onClick={(event) => {
          event.stopPropagation();
          onChange(node.dn, node.name);
        }}
      >
        <TreeItemLayout
          iconBefore={<ObjectIcon kind={node.kind} />}
          className={value === node.dn ? styles.chosen : undefined}
        >
          {node.name}
        </TreeItemLayout>
        {!leaf && (
          <Tree>
            {loaded === undefined || loaded === 'loading' ? (
              <TreeItem itemType="leaf" value={`${node.dn}#loading`}>
                <TreeItemLayout>
                  <Spinner size="extra-tiny" label="Loading…" />
                </TreeItemLayout>
              </TreeItem>
            ) : (
              loaded.map(branch)
            )}
          </Tree>
        )}
      </TreeItem>
    );
  }

  return (
    <div className={styles.box}>
      <Tree
        aria-label="Containers"
        size="small"
        openItems={open}
        onOpenChange={(_e, data) => {
          const dn = String(data.value);
          setOpen((o) => (data.open ? [...o, dn] : o.filter((d) => d !== dn)));
          if (data.open) void load(dn);
        }}
      >
        {branch(root)}
      </Tree>
    </div>
  );
}
