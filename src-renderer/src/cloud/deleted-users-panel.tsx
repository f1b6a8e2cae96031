import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { DeletedUser, RestorePreview } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { ActionChecks, isBlocked, PowerShellBlock } from './action-preview.tsx';
import { useCloudCall } from './use-cloud-call.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    justifyContent: 'space-between',
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/** Users deleted in Microsoft 365 within 30 days, and their restore with the address-conflict options. */
export function DeletedUsersPanel() {
  const styles = useStyles();
  const { busy, error, call } = useCloudCall();
  const [users, setUsers] = useState<DeletedUser[] | null>(null);
  const [chosen, setChosen] = useState<DeletedUser | null>(null);
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [reconcile, setReconcile] = useState(false);
  const [newUpn, setNewUpn] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const options = (user: DeletedUser) => ({
    deletedUserId: user.id,
    ...(reconcile ? { autoReconcileProxyConflict: true } : {}),
    ...(newUpn.trim() ? { newUserPrincipalName: newUpn.trim() } : {}),
  });
  const load = async () => setUsers(await call(() => getApi()['cloud.deletedUsers']({})));
  const previewFor = async (user: DeletedUser) => {
    setChosen(user);
    setDone(null);
    setPreview(await call(() => getApi()['cloud.previewRestore'](options(user))));
  };

  return (
    <section className={styles.stack} aria-label="Deleted users">
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success" data-testid="restore-done">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {users === null ? (
        <div>
          <Button disabled={busy} onClick={() => void load()}>
            Deleted users…
          </Button>
        </div>
      ) : users.length === 0 ? (
        <Text>No user was deleted in the last 30 days.</Text>
      ) : (
        <ul className={styles.list} aria-label="Deleted users">
          {users.map((u) => (
            <li key={u.id} className={styles.row}>
              <Text>
                {u.displayName ?? u.userPrincipalName} — {u.userPrincipalName}, {u.daysLeft} days left
                {u.wasSynced ? ' (was synced)' : ''}
              </Text>
              <Button size="small" disabled={busy} onClick={() => void previewFor(u)}>
                Restore…
              </Button>
            </li>
          ))}
        </ul>
      )}
      {chosen && preview && (
        <>
          <ActionChecks checks={preview.checks} />
          {preview.offered.includes('autoReconcileProxyConflict') && (
            <Checkbox
              checked={reconcile}
              onChange={(_e, d) => setReconcile(d.checked === true)}
              label="Drop the addresses a live object holds (autoReconcileProxyConflict)"
            />
          )}
          {preview.offered.includes('newUserPrincipalName') && (
            <Field label="New user name" hint="Its user name is taken: restore it under another one.">
              <Input value={newUpn} onChange={(_e, d) => setNewUpn(d.value)} />
            </Field>
          )}
          <PowerShellBlock lines={preview.powershell} />
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => void previewFor(chosen)}>
              Check again
            </Button>
            <Button
              appearance="primary"
              disabled={busy || isBlocked(preview.checks)}
              onClick={async () => {
                const result = await call(() => getApi()['cloud.restore'](options(chosen)));
                if (result) {
                  setDone(`${result.restored.userPrincipalName} is restored.`);
                  setPreview(null);
                  setUsers((list) => list?.filter((u) => u.id !== chosen.id) ?? null);
                }
              }}
            >
              Restore
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
