import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { AD_EDIT_WILL_NOT_FLOW } from '../../../../src-preload/shared/cloud/source-of-authority-rules.ts';
import { AuthorityPanel } from '../../cloud/authority-panel.tsx';
import { HardMatchPanel } from '../../cloud/hard-match-panel.tsx';
import { LicencePanel } from '../../cloud/licence-panel.tsx';
import { SyncPreviewPanel } from '../../cloud/sync-preview-panel.tsx';
import { valuesOf } from '../../../../src-preload/shared/values.ts';
import { formatDateTime } from '../../cloud/cloud-format.ts';
import { objectKey } from '../../store/objects-slice.ts';
import { useStore } from '../../store/store.ts';
import type { SheetState } from '../use-sheet.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** What Microsoft 365 holds for this object, found the way Entra Connect matches it. */
export function CloudTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const dn = state.sheet?.details.row.dn ?? null;
  const guid = state.sheet?.details.row.guid ?? null;
  const signedIn = useStore((s) => s.cloud?.account != null);
  const openDialog = useStore((s) => s.openDialog);
  const readOnly = useStore((s) => s.connection.readOnly);
  // The sheet looks the object up while this tab shows (useCloudView); a cloud action's effect is
  // pushed by main into the same entry, so the panels below keep their state.
  const entry = useStore((s) => (guid === null ? null : (s.cloudViews[objectKey(guid)] ?? null)));
  const view = entry?.view ?? null;
  const error = entry?.error ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  // A new copy of the AD object pushed by main (after an edit): the sync preview is worked out again.
  const version = valuesOf(state.sheet?.details.attributes ?? {}, 'uSNChanged')[0] ?? '';

  if (!signedIn)
    return (
      <div className={styles.stack}>
        <Text>Sign in to Microsoft 365 to see whether this object is in the cloud and how it matches.</Text>
        <div>
          <Button onClick={() => openDialog('cloud')}>Sign in to Microsoft 365…</Button>
        </div>
      </div>
    );
  if (error)
    return (
      <MessageBar intent="error" data-testid="cloud-tab-error">
        <MessageBarBody>{error.message}</MessageBarBody>
      </MessageBar>
    );
  // Only the first look-up shows a spinner: looking again keeps the tab (and its panels' state).
  if (view === null) return <Spinner size="tiny" label="Looking the object up in Microsoft 365…" />;
  return (
    <div className={styles.stack} data-testid="cloud-tab">
      <MessageBar intent={view.found ? (view.provisioningErrors.length > 0 ? 'warning' : 'success') : 'info'}>
        <MessageBarBody data-testid="cloud-match">{view.matchText}</MessageBarBody>
      </MessageBar>
      {view.cloudManaged === true && (
        <MessageBar intent="warning">
          <MessageBarBody>{AD_EDIT_WILL_NOT_FLOW}</MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.facts}>
        {view.expectedImmutableId && (
          <>
            <dt className={styles.term}>ImmutableId</dt>
            <dd className={`${styles.detail} ${styles.mono}`} data-testid="cloud-immutable-id">
              {view.expectedImmutableId} (base64 of {view.anchorSource})
            </dd>
          </>
        )}
        {view.found && (
          <>
            <dt className={styles.term}>Source</dt>
            <dd className={styles.detail} data-testid="cloud-source">
              {view.synced ? 'Synchronised from this directory' : 'Cloud only (not synchronised)'}
            </dd>
            <dt className={styles.term}>Last sync</dt>
            <dd className={styles.detail}>
              {view.lastSyncDateTime ? formatDateTime(view.lastSyncDateTime) : 'Never'}
            </dd>
          </>
        )}
        {view.kind === 'user' && view.found && (
          <>
            <dt className={styles.term}>Licences</dt>
            <dd className={styles.detail}>{view.licences.length ? view.licences.join(', ') : 'None'}</dd>
            <dt className={styles.term}>Usage location</dt>
            <dd className={styles.detail}>{view.usageLocation ?? 'Not set (needed for a licence)'}</dd>
          </>
        )}
      </dl>
      {view.kind === 'user' && dn !== null && <SyncPreviewPanel dn={dn} version={version} />}
      {notice && (
        <MessageBar intent="success" data-testid="cloud-action-done">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {view.kind === 'user' && view.matchedBy !== 'immutableId' && dn !== null && !readOnly && (
        <HardMatchPanel dn={dn} onDone={setNotice} />
      )}
      {view.kind === 'user' && view.found && dn !== null && !readOnly && (
        <LicencePanel key={view.cloudId} dn={dn} view={view} />
      )}
      {view.found && view.synced && view.cloudManaged !== null && dn !== null && !readOnly && (
        <AuthorityPanel dn={dn} cloudManaged={view.cloudManaged} />
      )}
      {view.provisioningErrors.length > 0 && (
        <div>
          <Text weight="semibold">Sync errors reported by Microsoft 365</Text>
          <ul>
            {view.provisioningErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
