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
import type { CloudObjectView, LicencePreview } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { useStore } from '../store/store.ts';
import { ActionChecks, isBlocked, PowerShellBlock } from './action-preview.tsx';
import { useCloudCall } from './use-cloud-call.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * Licences of the cloud user: tick what it should have; usage location first when it has none.
 * `dn` is the AD object the tab shows: main pushes its fresh view once the licences are changed.
 */
export function LicencePanel({ dn, view }: { dn: string; view: CloudObjectView }) {
  const styles = useStyles();
  const skus = useStore((s) => s.cloud?.tenant?.skus ?? []);
  const held = new Set(view.licences);
  const [wanted, setWanted] = useState<Set<string>>(
    () => new Set(skus.filter((s) => held.has(s.skuPartNumber) || held.has(s.skuId)).map((s) => s.skuId)),
  );
  const [location, setLocation] = useState(view.usageLocation ?? '');
  const [preview, setPreview] = useState<LicencePreview | null>(null);
  const { busy, error, call } = useCloudCall();
  const [done, setDone] = useState(false);
  if (view.cloudId === null) return null;
  const cloudUserId = view.cloudId;

  const input = () => {
    const had = skus.filter((s) => held.has(s.skuPartNumber) || held.has(s.skuId)).map((s) => s.skuId);
    const loc = location.trim().toUpperCase();
    return {
      dn,
      cloudUserId,
      add: [...wanted].filter((id) => !had.includes(id)),
      remove: had.filter((id) => !wanted.has(id)),
      ...(loc && loc !== view.usageLocation ? { usageLocation: loc } : {}),
    };
  };
  const toggle = (skuId: string, on: boolean) => {
    const next = new Set(wanted);
    if (on) next.add(skuId);
    else next.delete(skuId);
    setWanted(next);
    setPreview(null);
  };

  return (
    <section className={styles.stack} aria-label="Licences">
      <Text weight="semibold">Licences</Text>
      {skus.map((s) => (
        <Checkbox
          key={s.skuId}
          checked={wanted.has(s.skuId)}
          onChange={(_e, d) => toggle(s.skuId, d.checked === true)}
          label={`${s.skuPartNumber} (${s.enabled - s.consumed} of ${s.enabled} free)`}
        />
      ))}
      <Field label="Usage location" hint="Two-letter country code; Microsoft 365 needs it before a licence.">
        <Input
          value={location}
          maxLength={2}
          onChange={(_e, d) => {
            setLocation(d.value);
            setPreview(null);
          }}
        />
      </Field>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success" data-testid="licences-done">
          <MessageBarBody>The licences are changed.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={async () => {
            setDone(false);
            setPreview(await call(() => getApi()['cloud.previewLicences'](input())));
          }}
        >
          Preview the licence change
        </Button>
        {preview && (
          <Button
            appearance="primary"
            disabled={busy || isBlocked(preview.checks)}
            onClick={async () => {
              if (await call(() => getApi()['cloud.changeLicences'](input()))) {
                setPreview(null);
                setDone(true);
              }
            }}
          >
            Change licences
          </Button>
        )}
      </div>
      {preview && (
        <>
          <ActionChecks checks={preview.checks} />
          <PowerShellBlock lines={preview.powershell} />
        </>
      )}
    </section>
  );
}
