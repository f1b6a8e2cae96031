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
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ConnectionProfileInput } from '../../../src-preload/contract/index.ts';
import { useStore } from '../store/store.ts';
import { savedProfiles } from '../store/connection-slice.ts';
import { CertificateFacts } from './certificate-facts.tsx';
import { DEFAULT_PORTS, emptyProfile, type Security, toInput } from './profile-form.ts';
import { NEW_PROFILE, ProfilePicker } from './profile-picker.tsx';
import { currentTreeItem, focusAfterDialogs } from '../keyboard/focus-after-dialog.ts';

const useStyles = makeStyles({
  // The content scrolls when it is taller than the window: its parts keep their height instead of
  // being squeezed on top of each other.
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '& > *': { flexShrink: 0 },
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: 0 },
  port: { width: '8em', flexShrink: 0 },
  // Fluent's Input has a minimum width of its own; inside a row the row decides.
  input: { minWidth: 0, width: '100%' },
  // A long label wraps inside the button rather than being cut off or squeezing it.
  trust: { alignSelf: 'flex-start', maxWidth: '100%', whiteSpace: 'normal', height: 'auto' },
});

/** The stored pins stay out of the form: main keeps them unless the host moves (profile-store.ts). */
function withoutPins(form: ConnectionProfileInput): ConnectionProfileInput {
  const { pinnedFingerprints: _pins, pinnedFingerprint: _pin, ...fields } = form;
  return fields;
}

export function ConnectDialog() {
  const styles = useStyles();
  const open = useStore((s) => s.dialog === 'connect');
  const openDialog = useStore((s) => s.openDialog);
  const error = useStore((s) => s.connectError);
  const connectWith = useStore((s) => s.connectWith);
  const transport = useStore((s) => s.appInfo?.transport);
  const openSample = useStore((s) => s.openSample);
  // A first start (no profile saved yet): the bundled sample is offered, no DC needed.
  const firstStart = useStore((s) => savedProfiles(s.profiles).length === 0);
  const [selected, setSelected] = useState<string>(NEW_PROFILE);
  const [form, setForm] = useState<ConnectionProfileInput>(emptyProfile);
  const [password, setPassword] = useState('');
  // Certificates trusted in this dialog: they reach the profile with the connect that succeeds.
  const [trusted, setTrusted] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const profile = useStore.getState().profiles.find((p) => p.id === selected);
    setForm(profile ? withoutPins(toInput(profile)) : emptyProfile);
    setTrusted([]);
  }, [selected]);

  const update = (patch: Partial<ConnectionProfileInput>) => {
    // Trust is for the certificate of one host: another host or port must ask again.
    if (patch.host !== undefined || patch.port !== undefined) setTrusted([]);
    setForm((f) => ({ ...f, ...patch }));
  };

  async function onConnect(trust: string[] = trusted) {
    setBusy(true);
    const id = selected === NEW_PROFILE ? {} : { id: selected };
    const profile = await connectWith(
      { ...form, ...id, name: form.name.trim() || form.host.trim() },
      password,
      trust,
    );
    setBusy(false);
    if (!profile) return;
    setSelected(profile.id);
    setPassword('');
    // Only close what is ours: the user may already have opened another dialog (Ctrl+F).
    if (useStore.getState().dialog === 'connect') {
      openDialog(null);
      focusAfterDialogs(currentTreeItem);
    }
  }

  async function onOpenSample() {
    setBusy(true);
    const opened = await openSample();
    setBusy(false);
    if (opened && useStore.getState().dialog === 'connect') {
      openDialog(null);
      focusAfterDialogs(currentTreeItem);
    }
  }

  async function onTrust(fingerprint: string) {
    const trust = [...new Set([...trusted, fingerprint])];
    setTrusted(trust);
    await onConnect(trust);
  }

  const untrusted = error?.code === 'TLS_UNTRUSTED' ? error.details : undefined;
  const problem = useRef<HTMLDivElement>(null);
  // What went wrong, and the certificate step, come first in the form; the admin may have scrolled
  // down to the password (small window, high zoom), so they are brought into view.
  useEffect(() => {
    if (error) problem.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
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
            <DialogContent className={styles.form} data-testid="connect-form">
              {error && (
                <MessageBar ref={problem} intent="error" role="alert">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              )}
              {untrusted && typeof untrusted.fingerprint256 === 'string' && (
                <>
                  <CertificateFacts details={untrusted} />
                  <Button
                    className={styles.trust}
                    disabled={busy}
                    onClick={() => void onTrust(untrusted.fingerprint256 as string)}
                  >
                    Trust this certificate for this profile
                  </Button>
                </>
              )}
              {firstStart && (
                <MessageBar intent="info" layout="multiline" data-testid="sample-offer">
                  <MessageBarBody>
                    {/* The title labels the bar: it must not repeat a field label the form is driven by. */}
                    <MessageBarTitle>Just exploring?</MessageBarTitle>
                    Explore a sample organisation offline, no domain controller needed: browse it, open every
                    tab, make changes and see their PowerShell. Its changes stay on this computer and are
                    never sent anywhere.
                  </MessageBarBody>
                  <MessageBarActions>
                    <Button disabled={busy} onClick={() => void onOpenSample()}>
                      Open the sample directory
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              <ProfilePicker
                selected={selected}
                onSelect={setSelected}
                name={form.name}
                onNameChange={(name) => update({ name })}
                busy={busy}
              />
              <div className={styles.row}>
                <Field label="Domain controller" required className={styles.grow}>
                  <Input
                    className={styles.input}
                    value={form.host}
                    onChange={(_e, d) => update({ host: d.value })}
                    placeholder="dc1.corp.example.com"
                  />
                </Field>
                <Field label="Port" required className={styles.port}>
                  <Input
                    className={styles.input}
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
