import {
  Button,
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
import { useEffect, useState } from 'react';
import type { ChangeInput, ListRow, ObjectDetails } from '../../../src-preload/contract/index.ts';
import { valuesOf } from '../../../src-preload/shared/values.ts';
import { getApi } from '../api/api.ts';
import { outcomeMessage } from '../changes/change-status.ts';
import { useStore } from '../store/store.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * ADUC's Rename (F2): the object's name (its cn, the RDN) and, for a user, the display name and
 * logon name offered beside it, since an admin renaming a person usually means all three. The
 * rename is one journal change (changes.rename); the other two are one compare-and-swap edit.
 */
export function RenameDialog() {
  const open = useStore((s) => s.dialog === 'rename');
  const openDialog = useStore((s) => s.openDialog);
  const selection = useStore((s) => s.selection);
  const rows = useStore((s) => s.rows);
  const row = selection.length === 1 ? rows.find((r) => r.dn === selection[0]) : undefined;
  if (!open || !row) return null;
  return <RenameForm key={row.guid} row={row} onClose={() => openDialog(null)} />;
}

function RenameForm({ row, onClose }: { row: ListRow; onClose(): void }) {
  const styles = useStyles();
  const showNotice = useStore((s) => s.showNotice);
  const isUser = row.kind === 'user';
  const [details, setDetails] = useState<ObjectDetails | null>(null);
  const [name, setName] = useState(row.name);
  const [displayName, setDisplayName] = useState('');
  const [upn, setUpn] = useState(row.upn);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const readDisplayName = details ? (valuesOf(details.attributes, 'displayName')[0] ?? '') : '';

  useEffect(() => {
    if (!isUser) return;
    void getApi()
      ['directory.read']({ dn: row.dn })
      .then((result) => {
        if (!result.ok) return setProblem(result.error.message);
        setDetails(result.value);
        setDisplayName(valuesOf(result.value.attributes, 'displayName')[0] ?? '');
      });
  }, [isUser, row.dn]);

  /** The display name follows the name while the admin has not made it different. */
  function onName(next: string) {
    if (isUser && details && displayName === name) setDisplayName(next);
    setName(next);
  }

  function userEdits(): ChangeInput | null {
    if (!details) return null;
    const edits: ChangeInput['edits'] = [];
    const oldDisplay = valuesOf(details.attributes, 'displayName');
    const oldUpn = valuesOf(details.attributes, 'userPrincipalName');
    if (displayName.trim() !== (oldDisplay[0] ?? ''))
      edits.push({
        attr: 'displayName',
        base: oldDisplay,
        desired: displayName.trim() ? [displayName.trim()] : [],
      });
    if (upn.trim() !== (oldUpn[0] ?? ''))
      edits.push({ attr: 'userPrincipalName', base: oldUpn, desired: upn.trim() ? [upn.trim()] : [] });
    if (edits.length === 0) return null;
    return { dn: row.dn, objectGuid: row.guid, objectClass: details.objectClass, edits };
  }

  async function onRename() {
    setBusy(true);
    setProblem(null);
    const api = getApi();
    const done: string[] = [];
    if (name.trim() !== row.name) {
      const renamed = await api['changes.rename']({ objectGuid: row.guid, dn: row.dn, newName: name.trim() });
      if (!renamed.ok || (renamed.value.status !== 'applied' && renamed.value.status !== 'pending')) {
        setBusy(false);
        setProblem(
          renamed.ok ? outcomeMessage(renamed.value) || renamed.value.status : renamed.error.message,
        );
        return;
      }
      done.push(`renamed to "${name.trim()}"`);
    }
    const edits = isUser ? userEdits() : null;
    if (edits) {
      const submitted = await api['changes.submit']({ changes: [edits] });
      const change = submitted.ok ? submitted.value[0] : undefined;
      if (!submitted.ok || (change && change.status !== 'applied' && change.status !== 'pending')) {
        setBusy(false);
        setProblem(
          `${done.length > 0 ? `${row.name} was ${done.join('')}, but ` : ''}the display name and logon name were not changed: ${
            submitted.ok ? (change ? outcomeMessage(change) : '') : submitted.error.message
          }`,
        );
        return;
      }
      done.push(done.length > 0 ? ' with its display and logon names' : 'display and logon names changed');
    }
    setBusy(false);
    if (done.length > 0) showNotice({ intent: 'success', text: `${row.name}: ${done.join('')}.` });
    onClose();
  }

  const unchanged =
    name.trim() === row.name &&
    (!isUser ||
      (displayName.trim() === readDisplayName &&
        upn.trim() === (details ? (valuesOf(details.attributes, 'userPrincipalName')[0] ?? '') : row.upn)));

  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Rename {isUser ? 'User' : 'Object'}</DialogTitle>
          <DialogContent>
            <form
              id="rename-form"
              className={styles.form}
              onSubmit={(e) => {
                e.preventDefault();
                void onRename();
              }}
            >
              <Field label={isUser ? 'Full name' : 'Name'} required>
                <Input value={name} autoFocus onChange={(_e, d) => onName(d.value)} />
              </Field>
              {isUser && (
                <>
                  <Field label="Display name">
                    <Input
                      value={displayName}
                      disabled={!details}
                      onChange={(_e, d) => setDisplayName(d.value)}
                    />
                  </Field>
                  <Field label="User logon name" hint="user@domain, as the sign-in name">
                    <Input value={upn} disabled={!details} onChange={(_e, d) => setUpn(d.value)} />
                  </Field>
                </>
              )}
              {problem && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{problem}</MessageBarBody>
                </MessageBar>
              )}
            </form>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              type="submit"
              form="rename-form"
              disabled={busy || name.trim() === '' || unchanged}
            >
              OK
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
