import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CloudSyncPreviewView, ErrorInfo } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { SyncPreviewView } from './sync-preview-view.tsx';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * The Cloud tab's "Next sync": what Entra Connect will change in Microsoft 365 for this user,
 * computed by main from the AD object as it is now. `version` (its uSNChanged) changes when main
 * pushes the object after an edit, and the preview is computed again for the new values.
 */
export function SyncPreviewPanel({ dn, version }: { dn: string; version: string }) {
  const styles = useStyles();
  const [preview, setPreview] = useState<CloudSyncPreviewView | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let stale = false;
    setLoading(true);
    void getApi()
      ['cloud.syncPreview']({ dn })
      .then((result) => {
        if (stale) return;
        setLoading(false);
        setPreview(result.ok ? result.value : null);
        setError(result.ok ? null : result.error);
      });
    return () => {
      stale = true;
    };
  }, [dn, version]);
  return (
    <section className={styles.stack} aria-label="Next sync" data-testid="cloud-sync-preview">
      <Text weight="semibold">Next sync</Text>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : loading && preview === null ? (
        <Spinner size="tiny" labelPosition="after" label="Working out what the next sync changes…" />
      ) : preview ? (
        <SyncPreviewView matchText={preview.matchText} preview={preview.preview} />
      ) : null}
    </section>
  );
}
