import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ErrorInfo, GuidedSettings, SyncPolicy } from '../../../src-preload/contract/index.ts';
import { syncCycleCommand } from '../../../src-preload/shared/guided/sync-commands.ts';
import { getApi } from '../api/api.ts';
import { CommandBox } from './command-box.tsx';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS },
  output: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * Sync now: the exact command for the Entra Connect server, and on Windows a button that runs it
 * there through PowerShell remoting and shows what it printed.
 */
export function SyncNowPanel({
  canRun,
  settings,
  onSettings,
}: {
  canRun: boolean;
  settings: GuidedSettings;
  onSettings(settings: GuidedSettings): void;
}) {
  const styles = useStyles();
  const [policy, setPolicy] = useState<SyncPolicy>('Delta');
  const [server, setServer] = useState(settings.syncServer ?? '');
  const [busy, setBusy] = useState(false);
  const [output, setOutput] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  useEffect(() => setServer(settings.syncServer ?? ''), [settings.syncServer]);

  async function run() {
    setBusy(true);
    setError(null);
    setOutput(null);
    const name = server.trim();
    const saved = await getApi()['guided.saveSettings']({ ...settings, syncServer: name || null });
    if (saved.ok) onSettings(saved.value);
    const result = await getApi()['guided.syncNow']({ server: name, policy });
    setBusy(false);
    if (result.ok) setOutput(result.value.output || '(no output)');
    else setError(result.error);
  }

  return (
    <section className={styles.panel} aria-label="Sync now">
      <RadioGroup
        layout="horizontal"
        value={policy}
        onChange={(_e, d) => setPolicy(d.value as SyncPolicy)}
        aria-label="Sync cycle"
      >
        <Radio value="Delta" label="Delta (what changed)" />
        <Radio value="Initial" label="Initial (full: after a schema refresh)" />
      </RadioGroup>
      <CommandBox label="On the Entra Connect server, run" command={syncCycleCommand(policy)} />
      {canRun && (
        <div className={styles.row}>
          <Field label="Entra Connect server">
            <Input
              value={server}
              onChange={(_e, d) => setServer(d.value)}
              placeholder="aadc01.corp.contoso.com"
            />
          </Field>
          <Button disabled={busy || server.trim() === ''} onClick={() => void run()}>
            Run on the server
          </Button>
          {busy && <Spinner size="tiny" label="Running…" />}
        </div>
      )}
      {output !== null && (
        <Field label="The server printed">
          <Textarea readOnly className={styles.output} value={output} rows={4} />
        </Field>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
