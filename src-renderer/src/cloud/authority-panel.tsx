import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SourceOfAuthorityPreview } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { ActionChecks, isBlocked, PowerShellBlock } from './action-preview.tsx';
import { useCloudCall } from './use-cloud-call.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * Who owns the object's attributes: AD through the sync, or the cloud. Reversible, explained first.
 * The new owner arrives as `cloudManaged` from main's push after the switch.
 */
export function AuthorityPanel({ dn, cloudManaged }: { dn: string; cloudManaged: boolean }) {
  const styles = useStyles();
  const { busy, error, call } = useCloudCall();
  const [preview, setPreview] = useState<SourceOfAuthorityPreview | null>(null);
  const target = !cloudManaged;
  return (
    <section className={styles.stack} aria-label="Source of authority">
      <Text weight="semibold">Source of authority</Text>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {preview === null ? (
        <div>
          <Button
            disabled={busy}
            onClick={async () =>
              setPreview(
                await call(() => getApi()['cloud.previewSourceOfAuthority']({ dn, cloudManaged: target })),
              )
            }
          >
            {target ? 'Let the cloud own this object…' : 'Give this object back to AD…'}
          </Button>
        </div>
      ) : (
        <>
          <Text>{preview.meaning}</Text>
          <ActionChecks checks={preview.checks} />
          <PowerShellBlock lines={preview.powershell} />
          <div>
            <Button
              appearance="primary"
              disabled={busy || isBlocked(preview.checks)}
              onClick={async () => {
                if (await call(() => getApi()['cloud.setSourceOfAuthority']({ dn, cloudManaged: target }))) {
                  setPreview(null);
                }
              }}
            >
              {target ? 'Switch to the cloud' : 'Switch back to AD'}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
