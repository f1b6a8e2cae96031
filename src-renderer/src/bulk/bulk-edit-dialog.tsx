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
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { applyBulk, type BulkOutcome, MAX_BULK_OBJECTS } from './apply-bulk.ts';
import { BulkFormFields } from './bulk-form.tsx';
import { emptyForm, formProblems } from './bulk-plan.ts';
import { BulkSummary } from './bulk-summary.tsx';
import { sizes } from '../theme/sizes.ts';

const useStyles = makeStyles({
  surface: { width: sizes.dialogWidth, maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Bulk edit for the selected objects: custom attributes, address-list visibility, MAPI rich text,
 * group membership. Each object gets its own compare-and-swap change; all go in one submission.
 */
export function BulkEditDialog({ dns, open, onClose }: { dns: string[]; open: boolean; onClose(): void }) {
  const styles = useStyles();
  const [form, setForm] = useState(emptyForm);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const problems = formProblems(form);
  const tooMany = dns.length > MAX_BULK_OBJECTS;
  const running = progress !== null;

  function close() {
    if (running) return;
    setForm(emptyForm());
    setOutcome(null);
    setShowProblems(false);
    onClose();
  }

  async function apply() {
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    setProgress(0);
    try {
      setOutcome(await applyBulk(form, dns, setProgress));
    } finally {
      setProgress(null);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>
            Bulk edit: {dns.length.toLocaleString('en-US')} object{dns.length === 1 ? '' : 's'}
          </DialogTitle>
          <DialogContent className={styles.content}>
            {tooMany && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  Select at most {MAX_BULK_OBJECTS.toLocaleString('en-US')} objects for one bulk edit.
                </MessageBarBody>
              </MessageBar>
            )}
            {outcome ? <BulkSummary outcome={outcome} /> : <BulkFormFields form={form} onChange={setForm} />}
            {showProblems && !outcome && problems.length > 0 && (
              <MessageBar intent="error" role="alert" layout="multiline">
                <MessageBarBody>{problems.join(' ')}</MessageBarBody>
              </MessageBar>
            )}
            {running && (
              <ProgressBar
                value={dns.length === 0 ? 0 : progress / dns.length}
                aria-label={`Read ${progress} of ${dns.length} objects`}
              />
            )}
          </DialogContent>
          <DialogActions>
            {outcome ? (
              <>
                <Button appearance="primary" onClick={close}>
                  Close
                </Button>
                <Button onClick={() => setOutcome(null)}>Edit again</Button>
              </>
            ) : (
              <>
                <Button
                  appearance="primary"
                  disabled={running || tooMany || dns.length === 0}
                  onClick={() => void apply()}
                >
                  Apply
                </Button>
                <Button disabled={running} onClick={close}>
                  Cancel
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
