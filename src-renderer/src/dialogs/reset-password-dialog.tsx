import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ListRow } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { outcomeMessage } from '../changes/change-status.ts';
import { useStore } from '../store/store.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * ADUC's Reset Password: new password twice, "User must change password at next logon", "Unlock
 * the user's account". The password goes to main once and is never kept here after the dialog
 * closes; the outcome is said in the notice bar, a refusal by the domain's policy in the dialog so
 * the admin can type another one.
 */
export function ResetPasswordDialog() {
  const open = useStore((s) => s.dialog === 'reset-password');
  const openDialog = useStore((s) => s.openDialog);
  const selection = useStore((s) => s.selection);
  const rows = useStore((s) => s.rows);
  const row = rows.find((r) => r.dn === selection[0] && r.kind === 'user');
  // Mounted only while open: every opening starts with empty password boxes.
  if (!open || !row) return null;
  return <ResetPasswordForm row={row} onClose={() => openDialog(null)} />;
}

function ResetPasswordForm({ row, onClose }: { row: ListRow; onClose(): void }) {
  const styles = useStyles();
  const showNotice = useStore((s) => s.showNotice);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mustChange, setMustChange] = useState(true);
  const [unlock, setUnlock] = useState(row.account?.locked ?? false);
  const [error, setError] = useState<string | null>(null);
  // A refused reset stays in the journal until this dialog lets it go: it must not hold the
  // object's lane (later edits of this user would wait behind it).
  const [refusedId, setRefusedId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const mismatch = confirm !== '' && confirm !== password;

  async function letRefusedGo(): Promise<void> {
    if (refusedId !== null) await getApi()['changes.discard']({ id: refusedId });
    setRefusedId(null);
  }

  async function onReset() {
    setBusy(true);
    setError(null);
    await letRefusedGo();
    const result = await getApi()['changes.setPassword']({
      objectGuid: row.guid,
      dn: row.dn,
      password,
      mustChange,
      unlock,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const change = result.value;
    if (change.status === 'applied' || change.status === 'pending') {
      showNotice({
        intent: change.status === 'applied' ? 'success' : 'warning',
        text:
          change.status === 'applied'
            ? `The password for ${row.name} has been changed.`
            : `The password for ${row.name} will be changed when the connection is back (it is kept in memory only until then).`,
      });
      onClose();
      return;
    }
    if (change.status === 'rejected') setRefusedId(change.id);
    setError(outcomeMessage(change) || `Not changed (${change.status}).`);
  }

  async function onCancel() {
    await letRefusedGo();
    onClose();
  }

  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && void onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Reset Password</DialogTitle>
          <DialogContent>
            <form
              className={styles.form}
              id="reset-password-form"
              onSubmit={(e) => {
                e.preventDefault();
                void onReset();
              }}
            >
              <span>{row.name}</span>
              <Field label="New password" required>
                <Input
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  autoFocus
                  onChange={(_e, d) => setPassword(d.value)}
                />
              </Field>
              <Field
                label="Confirm password"
                required
                validationState={mismatch ? 'error' : 'none'}
                validationMessage={mismatch ? 'The passwords do not match.' : undefined}
              >
                <Input
                  type="password"
                  autoComplete="new-password"
                  value={confirm}
                  onChange={(_e, d) => setConfirm(d.value)}
                />
              </Field>
              <Checkbox
                label="User must change password at next logon"
                checked={mustChange}
                onChange={(_e, d) => setMustChange(d.checked === true)}
              />
              <Checkbox
                label={`Unlock the user's account${row.account?.locked ? ' (it is locked out now)' : ''}`}
                checked={unlock}
                onChange={(_e, d) => setUnlock(d.checked === true)}
              />
              {error && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </form>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              type="submit"
              form="reset-password-form"
              disabled={busy || password === '' || password !== confirm}
            >
              OK
            </Button>
            <Button onClick={() => void onCancel()}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
