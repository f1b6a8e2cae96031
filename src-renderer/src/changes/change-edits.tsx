import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeView, EditView } from '../../../src-preload/contract/index.ts';
import { editDelta } from '../../../src-preload/shared/values.ts';

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
  },
  attr: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  values: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  removed: { color: tokens.colorPaletteRedForeground1 },
  added: { color: tokens.colorPaletteGreenForeground1 },
  more: { color: tokens.colorNeutralForeground3 },
  // Read by screen readers instead of the bare sign.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

// A member edit can name thousands of values; the panel shows the first of each side.
const SHOWN = 10;

function Values({ values, sign, className }: { values: string[]; sign: '−' | '+'; className: string }) {
  const styles = useStyles();
  const label = sign === '−' ? 'removed' : 'added';
  return (
    <>
      {values.slice(0, SHOWN).map((value, i) => (
        <span key={i} className={className}>
          <span aria-hidden="true">{sign}</span>
          <span className={styles.hidden}>{label}</span> {value}
        </span>
      ))}
      {values.length > SHOWN && (
        <span className={styles.more}>
          {sign} {(values.length - SHOWN).toLocaleString('en-US')} more {label}
        </span>
      )}
    </>
  );
}

function EditValues({ edit }: { edit: EditView }) {
  const styles = useStyles();
  if (edit.binary) return <span className={styles.more}>binary value changed</span>;
  const delta = editDelta(edit);
  // A set without base replaces whatever the attribute held.
  if (delta === null)
    return (
      <Values values={edit.mode === 'delta' ? edit.add : edit.desired} sign="+" className={styles.added} />
    );
  if (delta.removed.length === 0 && delta.added.length === 0)
    return <span className={styles.more}>no value changes</span>;
  return (
    <>
      <Values values={delta.removed} sign="−" className={styles.removed} />
      <Values values={delta.added} sign="+" className={styles.added} />
    </>
  );
}

/** Per attribute, the values a change removes and adds, as the journal holds them. */
export function ChangeEdits({ change }: { change: ChangeView }) {
  const styles = useStyles();
  if (change.operation === 'delete') return null;
  return (
    <dl className={styles.list} aria-label={`Values changed by #${change.id}`}>
      {change.edits.map((edit) => (
        <div key={edit.attr} style={{ display: 'contents' }}>
          <dt className={styles.attr}>{edit.attr}</dt>
          <dd className={styles.values}>
            <EditValues edit={edit} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
