import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { SheetState } from './use-sheet.ts';

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

/** What happened to the last Apply, in the admin's words; a conflict shows base, mine and theirs. */
export function OutcomeBar({ state }: { state: SheetState }) {
  const styles = useStyles();
  const { lastChange: change, applyError } = state;
  if (applyError) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{applyError.message}</MessageBarBody>
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
                  <div key={attr} style={{ display: 'contents' }}>
                    <span>{attr}</span>
                    <span className={styles.values} data-testid="conflict-base">
                      {(v.base ?? []).join('; ') || '(empty)'}
                    </span>
                    <span className={styles.values} data-testid="conflict-mine">
                      {v.mine.join('; ') || '(empty)'}
                    </span>
                    <span className={styles.values} data-testid="conflict-theirs">
                      {v.theirs.join('; ') || '(empty)'}
                    </span>
                  </div>
                ))}
            </div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={state.busy} onClick={() => void state.resolve('mine')}>
              Keep mine
            </Button>
            <Button size="small" disabled={state.busy} onClick={() => void state.resolve('theirs')}>
              Take theirs
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    default:
      return null;
  }
}
