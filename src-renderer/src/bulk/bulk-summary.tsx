import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { outcomeMessage, summarize } from '../changes/change-status.ts';
import { firstRdnValue } from '../components/dn-name.ts';
import type { BulkOutcome } from './apply-bulk.ts';
import { sizes } from '../theme/sizes.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    maxHeight: sizes.shortListMaxHeight,
    overflowY: 'auto',
  },
});

function Problems({
  title,
  items,
  intent = 'error',
}: {
  title: string;
  items: { dn: string; message: string }[];
  intent?: 'error' | 'warning';
}) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <MessageBar intent={intent} role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {title}: {items.length}
        </MessageBarTitle>
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.dn + item.message} title={item.dn}>
              {firstRdnValue(item.dn)}: {item.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** What the bulk edit did, object by object where something went wrong. */
export function BulkSummary({ outcome }: { outcome: BulkOutcome }) {
  const styles = useStyles();
  const summary = summarize(outcome.submitted);
  const asItems = (list: typeof summary.rejected) =>
    list.map((c) => ({ dn: c.dn, message: outcomeMessage(c) }));
  return (
    <div className={styles.stack} data-testid="bulk-summary">
      {outcome.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>Nothing was submitted: {outcome.error}</MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent={summary.applied > 0 ? 'success' : 'info'}>
        <MessageBarBody>
          Applied: {summary.applied}. Queued until the domain controller answers: {summary.queued}. Already as
          asked: {outcome.unchanged}.
        </MessageBarBody>
      </MessageBar>
      <Problems title="Conflicts (changed by someone else meanwhile)" items={asItems(summary.conflicts)} />
      <Problems title="Rejected" items={asItems(summary.rejected)} />
      <Problems title="Not sent" items={outcome.skipped.map((s) => ({ dn: s.dn, message: s.reason }))} />
      <Problems
        title="Could not be read"
        items={outcome.unreadable.map((s) => ({ dn: s.dn, message: s.reason }))}
      />
    </div>
  );
}
