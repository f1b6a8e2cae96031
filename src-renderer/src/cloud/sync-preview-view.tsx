import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SyncPreview } from '../../../src-preload/shared/cloud/sync-preview.ts';
import type { SyncValue } from '../../../src-preload/shared/cloud/expected-cloud-user.ts';

const useStyles = makeStyles({
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

function valueText(v: SyncValue): string {
  if (v === null) return '(none)';
  if (Array.isArray(v)) return v.length ? v.join('; ') : '(none)';
  return String(v);
}

/**
 * What the next sync does to one user in the cloud, as main computed it from the reference sync
 * rules: the outcome, each property before → after with the reason, the addresses it discards.
 * Shared by the Cloud tab (one object) and the Changes panel (every object changed since the sync).
 */
export function SyncPreviewView({ matchText, preview }: { matchText: string; preview: SyncPreview }) {
  const styles = useStyles();
  return (
    <>
      <Text size={200}>
        {matchText}: {preview.outcomeText}
      </Text>
      {preview.flows && preview.changes.length === 0 && preview.discarded.length === 0 && (
        <Text size={200}>Nothing changes in the cloud.</Text>
      )}
      <ul className={styles.changes}>
        {preview.changes.map((c) => (
          <li key={c.property}>
            <strong>{c.property}</strong>: {valueText(c.before)} → {valueText(c.after)} ({c.reason})
            {c.details.length > 0 && ` ${c.details.join(', ')}`}
          </li>
        ))}
        {preview.discarded.map((d) => (
          <li key={`${d.adAttribute}:${d.value}`}>
            Discarded {d.value}: {d.reason}
          </li>
        ))}
      </ul>
    </>
  );
}
