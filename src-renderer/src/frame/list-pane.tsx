import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { selectionMayChange } from '../store/selection-rights.ts';
import { useStore } from '../store/store.ts';
import { VirtualTable } from '../components/virtual-table.tsx';
import { resizedColumn } from './column-layout.ts';
import { layoutColumns } from './list-columns.tsx';
import { ObjectContextMenu } from './object-context-menu.tsx';
import { ColumnMenu } from './column-menu.tsx';
import { AddColumnDialog } from './add-column-dialog.tsx';
import { useFrameStyles } from './app-frame.styles.ts';
import { OBJECTS_DRAG_TYPE } from './placement-actions.ts';

const useStyles = makeStyles({
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  progress: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
  },
});

const rowKey = (row: { dn: string }) => row.dn;

/** The middle pane: the open container's contents (streamed in as main reads them) or Find's results. */
export function ListPane() {
  const frame = useFrameStyles();
  const styles = useStyles();
  const rows = useStore((s) => s.rows);
  const title = useStore((s) => s.listTitle);
  const loading = useStore((s) => s.listLoading);
  const error = useStore((s) => s.listError);
  const selection = useStore((s) => s.selection);
  const revealRow = useStore((s) => s.revealRow);
  const select = useStore((s) => s.select);
  const cancelList = useStore((s) => s.cancelList);
  const openProperties = useStore((s) => s.openProperties);
  const openDialog = useStore((s) => s.openDialog);
  const mayChange = useStore(selectionMayChange);
  const view = useStore((s) => s.currentView());
  const layout = useStore((s) => s.layouts[view]);
  const setLayout = useStore((s) => s.setLayout);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [headerMenu, setHeaderMenu] = useState<{ x: number; y: number; key: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const columns = useMemo(() => layoutColumns(layout), [layout]);
  const onResize = useCallback(
    (key: string, width: number) =>
      setLayout(view, resizedColumn(useStore.getState().layouts[view], key, width)),
    [setLayout, view],
  );
  return (
    <>
      <div className={styles.titleRow}>
        <div className={frame.paneTitle} role="heading" aria-level={2}>
          {title || 'Objects'}
        </div>
        {loading && (
          <div className={styles.progress}>
            <Spinner size="extra-tiny" aria-label="Loading" />
            <Button size="small" appearance="subtle" onClick={() => void cancelList()}>
              Stop
            </Button>
          </div>
        )}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      <VirtualTable
        ariaLabel={`Contents of ${title || 'the list'}`}
        rows={rows}
        columns={columns}
        rowKey={rowKey}
        selection={selection}
        reveal={revealRow}
        onSelectionChange={(dns) => void select(dns)}
        onOpen={(dn) => openProperties(dn)}
        onContextMenu={(_dn, at) => setMenu(at)}
        onDelete={() => {
          // Del asks only where Delete would be offered: not read-only, and rights on the object.
          if (mayChange) openDialog('delete');
        }}
        onRename={() => {
          if (mayChange) openDialog('rename');
        }}
        dragType={mayChange ? OBJECTS_DRAG_TYPE : undefined}
        onResize={onResize}
        onHeaderContextMenu={(key, at) => setHeaderMenu({ ...at, key })}
      />
      <ObjectContextMenu at={menu} onClose={() => setMenu(null)} />
      <ColumnMenu
        view={view}
        at={headerMenu}
        onClose={() => setHeaderMenu(null)}
        onAddColumn={() => {
          setHeaderMenu(null);
          setAdding(true);
        }}
      />
      <AddColumnDialog view={view} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
