import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import { getApi } from '../api/api.ts';
import { outcomeMessage } from '../changes/change-status.ts';
import { useStore } from '../store/store.ts';

/** ADUC's "Are you sure you want to delete…": nothing is deleted without this confirmation. */
export function DeleteDialog() {
  const open = useStore((s) => s.dialog === 'delete');
  const openDialog = useStore((s) => s.openDialog);
  const selection = useStore((s) => s.selection);
  const rows = useStore((s) => s.rows);
  const [failures, setFailures] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const names = selection.map((dn) => rows.find((r) => r.dn === dn)?.name ?? dn);

  async function onDelete() {
    setBusy(true);
    // A delete is a journal change like any edit: addressed by objectGUID, audited with what the
    // object held, and shown in the Changes panel with its PowerShell.
    const objects = selection.flatMap((dn) => {
      const row = rows.find((r) => r.dn === dn);
      return row ? [{ dn, objectGuid: row.guid }] : [];
    });
    const result = await getApi()['changes.delete']({ objects });
    setBusy(false);
    if (!result.ok) {
      setFailures([result.error.message]);
      return;
    }
    // Main pushes each deletion (onObjectChanged without details): the rows leave the list by themselves.
    const failed = result.value.filter((c) => c.status !== 'applied' && c.status !== 'pending');
    if (failed.length === 0) {
      openDialog(null);
      return;
    }
    setFailures(failed.map((c) => `${c.dn}: ${outcomeMessage(c) || c.status}`));
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(_e, data) => {
        if (!data.open) {
          setFailures([]);
          openDialog(null);
        }
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Delete</DialogTitle>
          <DialogContent>
            <p>
              {names.length === 1
                ? `Are you sure you want to delete ${names[0]}?`
                : `Are you sure you want to delete these ${names.length} objects?`}
            </p>
            {failures.map((f) => (
              <MessageBar key={f} intent="error" role="alert">
                <MessageBarBody>{f}</MessageBarBody>
              </MessageBar>
            ))}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy || selection.length === 0}
              onClick={() => void onDelete()}
            >
              Yes, delete
            </Button>
            <Button onClick={() => openDialog(null)}>No</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
