import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangesSyncPreview, CloudSyncPreviewView } from '../../../src-preload/contract/index.ts';
import { rdnOf, rdnValue } from '../../../src-preload/shared/dn.ts';
import { getApi } from '../api/api.ts';
import { formatDateTime } from '../cloud/cloud-format.ts';
import { SyncPreviewView } from '../cloud/sync-preview-view.tsx';
import { useCloudCall } from '../cloud/use-cloud-call.ts';
import { useStore } from '../store/store.ts';
import { useChangesStyles } from './changes-panel.styles.ts';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(p: ChangesSyncPreview): string {
  const since = p.lastSyncDateTime
    ? `since the last sync (${formatDateTime(p.lastSyncDateTime)})`
    : 'so far (the tenant has not synced yet)';
  const skipped = [
    p.notUsers ? `${count(p.notUsers, 'group or contact', 'groups or contacts')} not previewed` : '',
    p.gone ? `${count(p.gone, 'object', 'objects')} deleted since` : '',
    p.truncated ? 'only the first 500 objects shown' : '',
  ].filter(Boolean);
  return `${count(p.objects.length, 'user', 'users')} changed ${since}${skipped.length ? `; ${skipped.join('; ')}` : ''}.`;
}

function ObjectPreview({ object }: { object: CloudSyncPreviewView }) {
  const panel = useChangesStyles();
  return (
    <li className={panel.item} data-testid="next-sync-object">
      <Text className={panel.name}>{rdnValue(rdnOf(object.dn))}</Text>
      <SyncPreviewView matchText={object.matchText} preview={object.preview} />
    </li>
  );
}

/**
 * The Changes panel's sync preview: what the next Entra Connect sync will change in Microsoft 365
 * for every object an applied change touched since the tenant's last sync, computed by main from
 * the reference sync rules. Asked for by the admin (it costs Graph look-ups), shown when signed in.
 */
export function NextSyncPreview() {
  const styles = useStyles();
  const panel = useChangesStyles();
  const signedIn = useStore((s) => s.cloud?.account != null);
  const { busy, error, call } = useCloudCall();
  const [result, setResult] = useState<ChangesSyncPreview | null>(null);
  if (!signedIn) return null;
  return (
    <section className={styles.section} aria-label="Next sync">
      <div>
        <Button
          disabled={busy}
          onClick={async () => setResult(await call(() => getApi()['cloud.syncPreviewChanges']({})))}
        >
          {result ? 'Preview the next sync again' : 'Preview the next sync…'}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Text weight="semibold">What the next sync changes in Microsoft 365</Text>
          <Text data-testid="next-sync-summary">{summary(result)}</Text>
          <ul className={panel.list} aria-label="Next sync, by object">
            {result.objects.map((o) => (
              <ObjectPreview key={o.objectGuid} object={o} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
