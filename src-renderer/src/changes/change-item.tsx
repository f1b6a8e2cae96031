import { Badge, Button, Text } from '@fluentui/react-components';
import { Copy16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChangeStatus, ChangeView } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { isSampleProfile } from '../../../src-preload/shared/sample-directory.ts';
import { firstRdnValue } from '../components/dn-name.ts';
import { useChangesStyles } from './changes-panel.styles.ts';
import { ChangeEdits } from './change-edits.tsx';
import { actionsFor, operationText, outcomeMessage, STATUS_LABELS } from './change-status.ts';
import type { ChangesState } from './use-changes.ts';
import { SupplyPassword } from './supply-password.tsx';
import { ConflictDialog } from './conflict/conflict-dialog.tsx';
import { needsNewPassword } from '../../../src-preload/shared/account/account-operations.ts';

const BADGE: Record<ChangeStatus, 'informative' | 'success' | 'warning' | 'danger' | 'subtle'> = {
  pending: 'informative',
  applying: 'informative',
  retryable: 'warning',
  applied: 'success',
  conflict: 'warning',
  rejected: 'danger',
  discarded: 'subtle',
};

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

const CHOICE_TEXT = { mine: 'mine', theirs: 'theirs', merge: 'merged' } as const;

function originText(change: ChangeView): string {
  if (!change.origin) return '';
  return change.origin.kind === 'undo'
    ? ` · undoes applied change (audit #${change.origin.auditId})`
    : change.origin.attributes
      ? ` · resolves conflict #${change.origin.of} per attribute (${Object.entries(change.origin.attributes)
          .map(([attr, choice]) => `${attr}: ${CHOICE_TEXT[choice]}`)
          .join(', ')})`
      : ` · keeps my values over conflict #${change.origin.of}`;
}

/** Said once, beside the status: why this applied change offers no Undo. */
function undoneText(change: ChangeView): string | null {
  return change.undoneBy === null ? null : `Undone by #${change.undoneBy}`;
}

/** One journal change: what, on which object, by whom, what happened, and what can be done now. */
export function ChangeItem({ change, actions }: { change: ChangeView; actions: ChangesState }) {
  const styles = useChangesStyles();
  const [script, setScript] = useState<string | null>(null);
  const [scriptError, setScriptError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [comparing, setComparing] = useState(false);
  const can = actionsFor(change);
  const busy = actions.busyId === change.id;
  const name = firstRdnValue(change.dn);
  const message = outcomeMessage(change);
  // The sample directory's changes are journaled like any other and never sent anywhere.
  const sample = isSampleProfile(change.profileId);

  async function showPowerShell() {
    if (script !== null) {
      setScript(null);
      return;
    }
    const result = await getApi()['changes.powershell']({ id: change.id });
    if (result.ok) {
      setScript(result.value);
      setScriptError(null);
    } else setScriptError(result.error.message);
  }

  async function copy() {
    if (script === null) return;
    try {
      await navigator.clipboard.writeText(script);
      setCopied(true);
    } catch {
      setScriptError('The clipboard is not available here: select the text and copy it by hand.');
    }
  }

  return (
    <li className={styles.item} data-change-id={change.id} data-status={change.status}>
      <div className={styles.head}>
        <span className={styles.name} title={change.dn}>
          {name}
        </span>
        <Badge appearance="tint" color={BADGE[change.status]}>
          {STATUS_LABELS[change.status]}
        </Badge>
        {sample && (
          <Badge
            appearance="outline"
            color="informative"
            title="Made in the sample directory: it stays on this computer"
          >
            Sample only: never sent
          </Badge>
        )}
      </div>
      <Text className={styles.meta}>{change.dn}</Text>
      <Text className={styles.meta}>
        #{change.id} · {operationText(change)}
        {change.author} · {when(change.createdAt)}
        {change.attempts > 1 ? ` · ${change.attempts} attempts` : ''}
        {originText(change)}
      </Text>
      <ChangeEdits change={change} />
      {undoneText(change) && <Text className={styles.message}>{undoneText(change)}</Text>}
      {message && <Text className={styles.message}>{message}</Text>}
      <div className={styles.actions}>
        {needsNewPassword(change) && <SupplyPassword change={change} />}
        {can.retry && !sample && (
          <Button size="small" disabled={busy} onClick={() => void actions.retry(change.id)}>
            Retry
          </Button>
        )}
        {can.resolve && (
          <>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => setComparing(true)}>
              Compare and resolve…
            </Button>
            <Button size="small" disabled={busy} onClick={() => void actions.resolve(change.id, 'mine')}>
              Keep mine
            </Button>
            <Button size="small" disabled={busy} onClick={() => void actions.resolve(change.id, 'theirs')}>
              Take theirs
            </Button>
          </>
        )}
        {can.undoAuditId !== null && (
          <Button
            size="small"
            disabled={busy}
            onClick={() => can.undoAuditId !== null && void actions.undo(change.id, can.undoAuditId)}
          >
            Undo
          </Button>
        )}
        {can.discard && (
          <Button size="small" disabled={busy} onClick={() => void actions.discard(change.id)}>
            Discard
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={script !== null}
          onClick={() => void showPowerShell()}
        >
          {script !== null ? 'Hide PowerShell' : 'Show PowerShell'}
        </Button>
      </div>
      {script !== null && (
        <div className={styles.scriptBox}>
          <pre
            className={styles.script}
            role="textbox"
            aria-readonly="true"
            aria-multiline="true"
            aria-label={`PowerShell for change #${change.id}`}
            tabIndex={0}
            data-testid="powershell"
          >
            {script}
          </pre>
          <div className={styles.actions}>
            <Button size="small" icon={<Copy16Regular />} onClick={() => void copy()}>
              Copy
            </Button>
            {copied && (
              <Text role="status" className={styles.message}>
                Copied to the clipboard.
              </Text>
            )}
          </div>
        </div>
      )}
      {comparing && (
        <ConflictDialog
          change={change}
          onClose={() => setComparing(false)}
          onApply={(choices) => actions.resolveAttributes(change.id, choices)}
        />
      )}
      {scriptError && (
        <Text role="alert" className={styles.message}>
          {scriptError}
        </Text>
      )}
    </li>
  );
}
