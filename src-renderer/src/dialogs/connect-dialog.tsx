import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ConnectionProfileInput } from '../../../src-preload/contract/index.ts';
import { useStore } from '../store/store.ts';
import { CertificateFacts } from './certificate-facts.tsx';
import { DEFAULT_PORTS, emptyProfile, type Security, toInput } from './profile-form.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1 },
});

const NEW = '__new__';

export function ConnectDialog() {
  const styles = useStyles();
  const open = useStore((s) => s.dialog === 'connect');
  const openDialog = useStore((s) => s.openDialog);
  const profiles = useStore((s) => s.profiles);
  const error = useStore((s) => s.connectError);
  const saveProfile = useStore((s) => s.saveProfile);
  const connect = useStore((s) => s.connect);
  const trust = useStore((s) => s.trustCertificate);
  const transport = useStore((s) => s.appInfo?.transport);
  const [selected, setSelected] = useState<string>(NEW);
  const [form, setForm] = useState<ConnectionProfileInput>(emptyProfile);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const profile = profiles.find((p) => p.id === selected);
    setForm(profile ? toInput(profile) : emptyProfile);
  }, [selected, profiles]);

  const update = (patch: Partial<ConnectionProfileInput>) => setForm((f) => ({ ...f, ...patch }));

  async function onConnect() {
    setBusy(true);
    // The form does not edit pins: leaving them out keeps the stored ones, including a pin that
    // "Trust" has just added and this form (read from the profile before) does not know yet.
    const { pinnedFingerprints: _pins, pinnedFingerprint: _pin, ...fields } = form;
    const saved = await saveProfile({ ...fields, name: form.name.trim() || form.host });
    if (saved) {
      setSelected(saved.id);
      if (await connect(saved.id, password === '' ? undefined : password)) {
        setPassword('');
        // Only close what is ours: the user may already have opened another dialog (Ctrl+F).
        if (useStore.getState().dialog === 'connect') openDialog(null);
      }
    }
    setBusy(false);
  }

  async function onTrust(fingerprint: string) {
    if (selected === NEW) return;
    setBusy(true);
    if (await trust(selected, fingerprint)) await onConnect();
    setBusy(false);
  }

  const untrusted = error?.code === 'TLS_UNTRUSTED' ? error.details : undefined;
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && openDialog(null)}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void onConnect();
          }}
        >
          <DialogBody>
            <DialogTitle>Connect to a domain controller</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label="Profile">
                <Dropdown
                  value={profiles.find((p) => p.id === selected)?.name ?? 'New profile'}
                  selectedOptions={[selected]}
                  onOptionSelect={(_e, data) => setSelected(data.optionValue ?? NEW)}
                >
                  <Option value={NEW}>New profile</Option>
                  {profiles.map((p) => (
                    <Option key={p.id} value={p.id}>
                      {p.name}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label="Profile name">
                <Input
                  value={form.name}
                  onChange={(_e, d) => update({ name: d.value })}
                  placeholder="Head office DC"
                />
              </Field>
              <div className={styles.row}>
                <Field label="Domain controller" required className={styles.grow}>
                  <Input
                    value={form.host}
                    onChange={(_e, d) => update({ host: d.value })}
                    placeholder="dc1.corp.example.com"
                  />
                </Field>
                <Field label="Port" required>
                  <Input
                    type="number"
                    value={String(form.port)}
                    onChange={(_e, d) => update({ port: Number(d.value) || 0 })}
                  />
                </Field>
              </div>
              <Field label="Security">
                <RadioGroup
                  layout="horizontal"
                  value={form.security}
                  onChange={(_e, d) => {
                    const security = d.value as Security;
                    update({ security, port: DEFAULT_PORTS[security] });
                  }}
                >
                  <Radio value="ldaps" label="LDAPS" />
                  <Radio value="starttls" label="StartTLS" />
                  <Radio value="plain" label="Plain LDAP" />
                </RadioGroup>
              </Field>
              {form.security === 'plain' && (
                <Checkbox
                  checked={form.allowPlain ?? false}
                  onChange={(_e, d) => update({ allowPlain: d.checked === true })}
                  label="I understand the password and all data travel unencrypted"
                />
              )}
              <Field label="User name" required hint="user@corp.example.com, CORP\user or a DN">
                <Input value={form.bindIdentity} onChange={(_e, d) => update({ bindIdentity: d.value })} />
              </Field>
              <Field label="Password">
                <Input type="password" value={password} onChange={(_e, d) => setPassword(d.value)} />
              </Field>
              <Field
                label="Extra trusted CA certificate (PEM)"
                hint="Only if the DC's CA is not trusted by this computer"
              >
                <Textarea
                  value={form.caPem ?? ''}
                  onChange={(_e, d) =>
                    update(d.value.trim() === '' ? { caPem: undefined } : { caPem: d.value })
                  }
                  resize="vertical"
                />
              </Field>
              <Checkbox
                checked={form.readOnly ?? false}
                onChange={(_e, d) => update({ readOnly: d.checked === true })}
                label="Read-only (helpdesk mode)"
              />
              {transport === 'electron' && (
                <Checkbox
                  checked={form.rememberPassword ?? false}
                  onChange={(_e, d) => update({ rememberPassword: d.checked === true })}
                  label="Remember the password in the Windows credential store"
                />
              )}
              {error && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              )}
              {untrusted && typeof untrusted.fingerprint256 === 'string' && (
                <>
                  <CertificateFacts details={untrusted} />
                  <Button disabled={busy} onClick={() => void onTrust(untrusted.fingerprint256 as string)}>
                    Trust this certificate for this profile
                  </Button>
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => openDialog(null)}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                Connect
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
