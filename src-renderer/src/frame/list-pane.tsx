import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStore } from '../store/store.ts';
import { VirtualTable } from '../components/virtual-table.tsx';
import { listColumns } from './list-columns.tsx';
import { ObjectContextMenu } from './object-context-menu.tsx';
import { useFrameStyles } from './app-frame.styles.ts';

const useStyles = makeStyles({
  busy: { padding: tokens.spacingHorizontalL },
});

const rowKey = (row: { dn: string }) => row.dn;

export function ListPane() {
  const frame = useFrameStyles();
  const styles = useStyles();
  const rows = useStore((s) => s.rows);
  const title = useStore((s) => s.listTitle);
  const loading = useStore((s) => s.listLoading);
  const error = useStore((s) => s.listError);
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const openProperties = useStore((s) => s.openProperties);
  const openDialog = useStore((s) => s.openDialog);
  const readOnly = useStore((s) => s.connection.readOnly);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  return (
    <>
      <div className={frame.paneTitle} role="heading" aria-level={2}>
        {title || 'Objects'}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {loading ? (
        <Spinner className={styles.busy} size="small" label="Loading…" />
      ) : (
        <VirtualTable
          ariaLabel={`Contents of ${title || 'the list'}`}
          rows={rows}
          columns={listColumns}
          rowKey={rowKey}
          selection={selection}
          onSelectionChange={(dns) => void select(dns)}
          onOpen={(dn) => openProperties(dn)}
          onContextMenu={(_dn, at) => setMenu(at)}
          onDelete={() => {
            if (!readOnly) openDialog('delete');
          }}
        />
      )}
      <ObjectContextMenu at={menu} onClose={() => setMenu(null)} />
    </>
  );
}
