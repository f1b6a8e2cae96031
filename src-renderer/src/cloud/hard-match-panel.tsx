import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { HardMatchCandidate, HardMatchPreview } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { ActionChecks, isBlocked, PowerShellBlock } from './action-preview.tsx';
import { useCloudCall } from './use-cloud-call.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const FOUND_BY: Record<HardMatchCandidate['foundBy'], string> = {
  userPrincipalName: 'same user name',
  proxyAddress: 'same address',
  displayName: 'similar display name',
};

/**
 * Hard match (seed scenario 8): a cloud-only user (a room mailbox made in the cloud, say) is taken
 * over by this AD account: it gets the account's ImmutableId, so the next sync joins the two.
 */
export function HardMatchPanel({ dn, onDone }: { dn: string; onDone(message: string): void }) {
  const styles = useStyles();
  const { busy, error, call } = useCloudCall();
  const [candidates, setCandidates] = useState<HardMatchCandidate[] | null>(null);
  const [chosen, setChosen] = useState<string>('');
  const [preview, setPreview] = useState<HardMatchPreview | null>(null);

  const find = async () => {
    const found = await call(() => getApi()['cloud.hardMatchCandidates']({ dn }));
    if (found) {
      setCandidates(found);
      setChosen(found[0]?.id ?? '');
      setPreview(null);
    }
  };
  const showPreview = async () => {
    setPreview(await call(() => getApi()['cloud.previewHardMatch']({ dn, cloudUserId: chosen })));
  };
  const apply = async () => {
    const result = await call(() => getApi()['cloud.hardMatch']({ dn, cloudUserId: chosen }));
    if (result)
      onDone(
        `${result.after.userPrincipalName} now carries this account's ImmutableId. ${result.preview.followUp}`,
      );
  };

  return (
    <section className={styles.stack} aria-label="Hard match">
      <Text weight="semibold">Take over a cloud-only user (hard match)</Text>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {candidates === null ? (
        <div>
          <Button disabled={busy} onClick={() => void find()}>
            Find cloud-only users to take over…
          </Button>
        </div>
      ) : candidates.length === 0 ? (
        <Text>No cloud-only user has this account's user name, address or a similar display name.</Text>
      ) : (
        <>
          <RadioGroup
            aria-label="Cloud-only users"
            value={chosen}
            onChange={(_e, d) => {
              setChosen(d.value);
              setPreview(null);
            }}
          >
            {candidates.map((c) => (
              <Radio
                key={c.id}
                value={c.id}
                label={`${c.displayName ?? c.userPrincipalName} — ${c.userPrincipalName} (${FOUND_BY[c.foundBy]})`}
              />
            ))}
          </RadioGroup>
          <div className={styles.actions}>
            <Button disabled={busy || chosen === ''} onClick={() => void showPreview()}>
              Preview the hard match
            </Button>
          </div>
        </>
      )}
      {preview && (
        <>
          <Text>
            Sets onPremisesImmutableId to <code>{preview.immutableId}</code>
            {preview.newUserPrincipalName
              ? ` and the user name to ${preview.newUserPrincipalName}`
              : ''} on {preview.before.userPrincipalName}.
          </Text>
          <ActionChecks checks={preview.checks} />
          <PowerShellBlock lines={preview.powershell} />
          <Text>{preview.followUp}</Text>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || isBlocked(preview.checks)}
              onClick={() => void apply()}
            >
              Hard match
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
