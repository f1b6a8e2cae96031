import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useStore } from '../store/store.ts';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dn: { wordBreak: 'break-all' },
});

/**
 * "Make available offline" / "Refresh offline copy" while it runs: counts from main's progress
 * events, a Cancel, and why it stopped when it did not finish (a finished run closes with a notice).
 */
export function OfflineDialog() {
  const styles = useStyles();
  const run = useStore((s) => s.offlineRun);
  const cancel = useStore((s) => s.cancelOffline);
  const close = useStore((s) => s.closeOfflineRun);
  if (run === null) return null;
  const title = run.kind === 'fill' ? 'Make available offline' : 'Refresh offline copy';
  const read = run.read.toLocaleString('en-US');
  const counted =
    run.total === null
      ? `${read} objects read`
      : `${read} of about ${run.total.toLocaleString('en-US')} objects read`;
  const value = run.total === null || run.total === 0 ? undefined : Math.min(1, run.read / run.total);
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text className={styles.dn}>{run.dn}</Text>
            {!run.done && (
              <>
                <ProgressBar value={value} aria-label={counted} />
                <Text aria-live="polite">{counted}</Text>
              </>
            )}
            {run.cancelled && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  Cancelled after {read} objects: the copy is not complete, and is not shown as kept offline.
                </MessageBarBody>
              </MessageBar>
            )}
            {run.error && (
              <MessageBar intent="error">
                <MessageBarBody>{run.error.message}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {run.done ? (
              <Button appearance="primary" onClick={close}>
                Close
              </Button>
            ) : (
              <Button onClick={cancel}>Cancel</Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
