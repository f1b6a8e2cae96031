import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type {
  ErrorInfo,
  GuidedFixView,
  GuidedSettings,
  HardMatchCandidate,
} from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { useStore } from '../store/store.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type Kind = 'missing-alias' | 'plain-text-invites' | 'cloud-takeover';

/** Starts a fix: main checks the object (and its cloud twin) before anything is saved. */
export function StartFixForm({
  settings,
  onStarted,
}: {
  settings: GuidedSettings;
  onStarted(fix: GuidedFixView): void;
}) {
  const styles = useStyles();
  const selection = useStore((s) => s.selection);
  const container = useStore((s) => s.container);
  const rootDn = useStore((s) => s.rootDn);
  const [kind, setKind] = useState<Kind>('missing-alias');
  const [userDn, setUserDn] = useState(selection[0] ?? '');
  const [outOfScopeDn, setOutOfScopeDn] = useState(settings.outOfScopeDn ?? '');
  const [baseDn, setBaseDn] = useState(container ?? rootDn ?? '');
  const [candidates, setCandidates] = useState<HardMatchCandidate[] | null>(null);
  const [cloudUserId, setCloudUserId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  useEffect(() => setOutOfScopeDn((v) => v || settings.outOfScopeDn || ''), [settings.outOfScopeDn]);

  /** Cloud-only users the AD account could take over, same UPN or address first (the Cloud tab's list). */
  async function findCandidates() {
    setBusy(true);
    setError(null);
    const result = await getApi()['cloud.hardMatchCandidates']({ dn: userDn.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setCandidates(result.value);
    setCloudUserId(result.value[0]?.id ?? '');
  }

  async function start() {
    setBusy(true);
    setError(null);
    const result =
      kind === 'missing-alias'
        ? await getApi()['guided.startMissingAlias']({ dn: userDn.trim(), outOfScopeDn: outOfScopeDn.trim() })
        : kind === 'cloud-takeover'
          ? await getApi()['guided.startTakeover']({ dn: userDn.trim(), cloudUserId })
          : await getApi()['guided.startPlainText']({ baseDn: baseDn.trim() });
    setBusy(false);
    if (result.ok) onStarted(result.value);
    else setError(result.error);
  }

  const ready =
    kind === 'missing-alias'
      ? userDn.trim() !== '' && outOfScopeDn.trim() !== ''
      : kind === 'cloud-takeover'
        ? userDn.trim() !== '' && cloudUserId !== ''
        : baseDn.trim() !== '';
  const chosen = candidates?.find((c) => c.id === cloudUserId);
  return (
    <section className={styles.form} aria-label="Start a fix">
      <RadioGroup value={kind} onChange={(_e, d) => setKind(d.value as Kind)} aria-label="Problem">
        <Radio value="missing-alias" label="A synced user lacks its onmicrosoft.com address" />
        <Radio value="plain-text-invites" label="Mail users receive meeting invites as plain text" />
        <Radio
          value="cloud-takeover"
          label="A cloud-only mailbox (a room) is to be taken over by an AD account"
        />
      </RadioGroup>
      {kind === 'cloud-takeover' ? (
        <>
          <Field
            label="AD account"
            hint="The account with the same UPN and address (New → Room mailbox stamps one)"
          >
            <Input
              value={userDn}
              onChange={(_e, d) => {
                setUserDn(d.value);
                setCandidates(null);
                setCloudUserId('');
              }}
            />
          </Field>
          <div className={styles.row}>
            <Button disabled={busy || userDn.trim() === ''} onClick={() => void findCandidates()}>
              Find its cloud mailbox
            </Button>
          </div>
          {candidates !== null &&
            (candidates.length === 0 ? (
              <MessageBar intent="warning">
                <MessageBarBody>No cloud-only user has this account's UPN, address or name.</MessageBarBody>
              </MessageBar>
            ) : (
              <Field label="Cloud mailbox">
                <Dropdown
                  value={
                    chosen
                      ? `${chosen.displayName ?? chosen.userPrincipalName} (${chosen.userPrincipalName})`
                      : ''
                  }
                  selectedOptions={cloudUserId ? [cloudUserId] : []}
                  onOptionSelect={(_e, d) => setCloudUserId(d.optionValue ?? '')}
                >
                  {candidates.map((c) => (
                    <Option key={c.id} value={c.id}>
                      {`${c.displayName ?? c.userPrincipalName} (${c.userPrincipalName})`}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            ))}
        </>
      ) : kind === 'missing-alias' ? (
        <>
          <Field label="User" hint="The selected object's DN, or any user's">
            <Input value={userDn} onChange={(_e, d) => setUserDn(d.value)} />
          </Field>
          <Field
            label="OU outside the sync scope"
            hint="An OU Entra Connect does not sync; remembered for this connection"
          >
            <Input value={outOfScopeDn} onChange={(_e, d) => setOutOfScopeDn(d.value)} />
          </Field>
        </>
      ) : (
        <Field label="Mail users under" hint="An OU, or the domain">
          <Input value={baseDn} onChange={(_e, d) => setBaseDn(d.value)} />
        </Field>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !ready} onClick={() => void start()}>
          Start the fix
        </Button>
        {busy && <Spinner size="tiny" label="Checking…" />}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
