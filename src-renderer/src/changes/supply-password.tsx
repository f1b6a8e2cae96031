import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeView } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

/**
 * A password change that lost its password (the app restarted) or whose password the domain
 * refused: the only way forward is a new password, typed here twice and sent at once.
 */
export function SupplyPassword({ change }: { change: ChangeView }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    const result = await getApi()['changes.supplyPassword']({ id: change.id, password });
    setBusy(false);
    // The change's new state arrives as a pushed update; a refusal before sending is said here.
    if (!result.ok) setError(result.error.message);
    else {
      setPassword('');
      setConfirm('');
      setOpen(false);
    }
  }

  if (!open)
    return (
      <Button size="small" onClick={() => setOpen(true)}>
        Enter password…
      </Button>
    );
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <Field label="New password" size="small">
        <Input
          size="small"
          type="password"
          autoComplete="new-password"
          autoFocus
          value={password}
          onChange={(_e, d) => setPassword(d.value)}
        />
      </Field>
      <Field label="Confirm password" size="small">
        <Input
          size="small"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(_e, d) => setConfirm(d.value)}
        />
      </Field>
      <Button size="small" type="submit" disabled={busy || password === '' || password !== confirm}>
        Send
      </Button>
      {error && (
        <Text role="alert" size={200}>
          {error}
        </Text>
      )}
    </form>
  );
}
