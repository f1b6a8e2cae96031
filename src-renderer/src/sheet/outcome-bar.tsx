import { isSampleProfile } from '../../../src-preload/shared/sample-directory.ts';
import { Fragment, useState } from 'react';
import { ConflictDialog } from '../changes/conflict/conflict-dialog.tsx';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { ConflictValues } from '../../../src-preload/contract/index.ts';
import type { SheetState } from './use-sheet.ts';
import { useStore } from '../store/store.ts';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content repeat(3, 1fr)',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  values: { wordBreak: 'break-all' },
});

/** The three columns of a conflict; a delta shows what it removes / adds and which of those are there now. */
function conflictColumns(v: ConflictValues): { base: string; mine: string; theirs: string } {
  const list = (values: readonly string[] | null) => (values ?? []).join('; ') || '(empty)';
  if (v.mode === 'delta') {
    return {
      base: `remove: ${list(v.remove)}`,
      mine: `add: ${list(v.add)}`,
      theirs: `of these, there now: ${list(v.present)}`,
    };
  }
  return { base: list(v.base), mine: list(v.mine), theirs: list(v.theirs) };
}

/** What happened to the last Apply, in the admin's words; a conflict shows base, mine and theirs. */
export function OutcomeBar({ state }: { state: SheetState }) {
  const styles = useStyles();
  const { lastChange: change, applyError } = state;
  const workingOffline = useStore((s) => s.connection.cache?.byChoice === true);
  const [comparing, setComparing] = useState(false);
  if (applyError) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{applyError.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (change?.status === 'pending' && isSampleProfile(change.profileId)) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          Kept in the sample directory&apos;s journal: it never leaves this computer (see Changes for its
          PowerShell; Reset the sample discards it).
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (change?.status === 'pending' && workingOffline) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          Queued: you are working offline. The change is kept and sent when you go online (see Changes).
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (change?.status === 'pending') {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          Queued: the domain controller is not reachable. The change is kept and applied when it answers again
          (see Changes).
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!change?.outcome) return null;
  const outcome = change.outcome;
  switch (outcome.kind) {
    case 'applied':
      return (
        <MessageBar intent="success">
          <MessageBarBody>Applied.</MessageBarBody>
        </MessageBar>
      );
    case 'retryable':
      return (
        <MessageBar intent="warning">
          <MessageBarBody>
            Queued: {outcome.message} It is applied when the domain controller answers again.
          </MessageBarBody>
        </MessageBar>
      );
    case 'rejected':
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Not applied</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'conflict':
      return (
        <MessageBar intent="warning" role="alert" layout="multiline" data-testid="conflict">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed this object</MessageBarTitle>
            Nothing was overwritten. Compare and choose:
            <div className={styles.grid}>
              <span className={styles.head}>Attribute</span>
              <span className={styles.head}>When you opened it</span>
              <span className={styles.head}>Yours</span>
              <span className={styles.head}>Now in the directory</span>
              {Object.entries(outcome.attrs)
                .filter(([, v]) => v.differs)
                .map(([attr, v]) => (
                  <Fragment key={attr}>
                    <span>{attr}</span>
                    <span className={styles.values} data-testid="conflict-base">
                      {conflictColumns(v).base}
                    </span>
                    <span className={styles.values} data-testid="conflict-mine">
                      {conflictColumns(v).mine}
                    </span>
                    <span className={styles.values} data-testid="conflict-theirs">
                      {conflictColumns(v).theirs}
                    </span>
                  </Fragment>
                ))}
            </div>
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              appearance="primary"
              disabled={state.busy}
              onClick={() => setComparing(true)}
            >
              Compare and resolve…
            </Button>
            <Button size="small" disabled={state.busy} onClick={() => void state.resolve('mine')}>
              Keep mine
            </Button>
            <Button size="small" disabled={state.busy} onClick={() => void state.resolve('theirs')}>
              Take theirs
            </Button>
          </MessageBarActions>
          {comparing && (
            <ConflictDialog
              change={change}
              facts={state.sheet?.allowed ?? []}
              onClose={() => setComparing(false)}
              onApply={(choices) => state.resolveAttributes(choices)}
            />
          )}
        </MessageBar>
      );
    default:
      return null;
  }
}
