import { Menu, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import { selectionMayChange } from '../store/selection-rights.ts';
import { setAccountsEnabled, unlockAccounts } from './account-actions.ts';
import { useStore } from '../store/store.ts';
import { useFocusReturn } from '../keyboard/focus-return.ts';
import { pointTarget } from '../components/point-target.ts';

/** Right-click, Shift+F10 or the context-menu key on the list: the actions ADUC offers there. */
export function ObjectContextMenu({ at, onClose }: { at: { x: number; y: number } | null; onClose(): void }) {
  const selection = useStore((s) => s.selection);
  const openProperties = useStore((s) => s.openProperties);
  const refresh = useStore((s) => s.refresh);
  const openDialog = useStore((s) => s.openDialog);
  const readOnly = useStore((s) => s.connection.readOnly);
  const mayChange = useStore(selectionMayChange);
  const rows = useStore((s) => s.rows);
  const showNotice = useStore((s) => s.showNotice);
  const openConversion = useStore((s) => s.openConversion);
  // Convert / mail-enable / disable mail: one user, contact or group at a time.
  const single = selection.length === 1 ? rows.find((r) => r.dn === selection[0]) : undefined;
  const recipient = single && ['user', 'contact', 'group'].includes(single.kind) ? single : undefined;
  const convert = (mode: 'enable' | 'convert' | 'disable') => {
    onClose();
    if (recipient) openConversion(recipient.dn, mode);
  };
  // Enable/Disable apply to user accounts only (computers too are users to AD; ADUC offers it there).
  const accounts = rows.filter(
    (r) => selection.includes(r.dn) && (r.kind === 'user' || r.kind === 'computer'),
  );
  const users = accounts.filter((r) => r.kind === 'user');
  const locked = users.filter((r) => r.account?.locked);
  const anyDisabled = accounts.some((r) => r.disabled);
  const anyEnabled = accounts.some((r) => !r.disabled);
  const setEnabled = async (enabled: boolean) => {
    onClose();
    const { changes, error } = await setAccountsEnabled(
      accounts.map((r) => r.dn),
      enabled,
    );
    const done = changes.filter((c) => c.status === 'applied').length;
    const verb = enabled ? 'enabled' : 'disabled';
    if (error) showNotice({ intent: 'error', text: error.message });
    else if (done === changes.length)
      showNotice({ intent: 'success', text: `${done} account${done === 1 ? '' : 's'} ${verb}.` });
    else
      showNotice({
        intent: 'warning',
        text: `${done} of ${changes.length} accounts ${verb}; the others are in Changes with the reason.`,
      });
  };
  const unlock = async () => {
    onClose();
    const { changes, error } = await unlockAccounts(locked);
    const done = changes.filter((c) => c.status === 'applied').length;
    if (error) showNotice({ intent: 'error', text: error.message });
    else if (done === changes.length)
      showNotice({ intent: 'success', text: `${done} account${done === 1 ? '' : 's'} unlocked.` });
    else
      showNotice({
        intent: 'warning',
        text: `${done} of ${changes.length} accounts unlocked; the others are in Changes with the reason.`,
      });
  };
  useFocusReturn(at !== null);
  return (
    <Menu
      open={at !== null}
      onOpenChange={(_e, data) => !data.open && onClose()}
      positioning={{ target: pointTarget(at) }}
    >
      <MenuPopover>
        <MenuList>
          <MenuItem
            disabled={selection.length !== 1}
            onClick={() => {
              if (selection[0]) openProperties(selection[0]);
              onClose();
            }}
          >
            Properties
          </MenuItem>
          <MenuItem onClick={() => openDialog('find')}>Find…</MenuItem>
          <MenuItem onClick={() => void refresh()}>Refresh</MenuItem>
          {!readOnly && anyDisabled && (
            <MenuItem disabled={!mayChange} onClick={() => void setEnabled(true)}>
              Enable Account
            </MenuItem>
          )}
          {!readOnly && anyEnabled && (
            <MenuItem disabled={!mayChange} onClick={() => void setEnabled(false)}>
              Disable Account
            </MenuItem>
          )}
          {!readOnly && users.length === 1 && selection.length === 1 && (
            <MenuItem disabled={!mayChange} onClick={() => openDialog('reset-password')}>
              Reset Password…
            </MenuItem>
          )}
          {!readOnly && locked.length > 0 && (
            <MenuItem disabled={!mayChange} onClick={() => void unlock()}>
              Unlock Account
            </MenuItem>
          )}
          {!readOnly && (
            <MenuItem disabled={!mayChange || selection.length === 0} onClick={() => openDialog('move')}>
              Move…
            </MenuItem>
          )}
          {!readOnly && recipient && recipient.recipientType === '' && (
            <MenuItem disabled={!mayChange} onClick={() => convert('enable')}>
              Mail-enable…
            </MenuItem>
          )}
          {!readOnly && recipient && recipient.recipientType !== '' && (
            <MenuItem disabled={!mayChange} onClick={() => convert('convert')}>
              Convert to…
            </MenuItem>
          )}
          {!readOnly && recipient && recipient.recipientType !== '' && (
            <MenuItem disabled={!mayChange} onClick={() => convert('disable')}>
              Disable mail…
            </MenuItem>
          )}
          {!readOnly && (
            <MenuItem disabled={!mayChange} onClick={() => openDialog('delete')}>
              Delete
            </MenuItem>
          )}
          {!readOnly && (
            <MenuItem disabled={!mayChange || selection.length !== 1} onClick={() => openDialog('rename')}>
              Rename
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
