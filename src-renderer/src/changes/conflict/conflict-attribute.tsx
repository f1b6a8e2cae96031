import { MessageBar, MessageBarBody, ToggleButton } from '@fluentui/react-components';
import { useId } from 'react';
import type { ChangeView } from '../../../../src-preload/contract/index.ts';
import type { AttributeChoice } from '../../../../src-preload/shared/merge-values.ts';
import { previewRow, type ConflictRow } from './conflict-rows.ts';
import { ConflictValuesList } from './conflict-values.tsx';
import { useConflictStyles } from './conflict-view.styles.ts';

export const CHOICE_LABELS: Record<AttributeChoice, string> = {
  mine: 'Keep mine',
  theirs: 'Take theirs',
  merge: 'Merge',
};

/** One attribute of a conflict: Base / Mine / Theirs, the admin's choice, and the result it gives. */
export function ConflictAttribute({
  change,
  row,
  choice,
  onChoose,
}: {
  change: ChangeView;
  row: ConflictRow;
  choice: AttributeChoice | undefined;
  onChoose(choice: AttributeChoice): void;
}) {
  const styles = useConflictStyles();
  const headingId = useId();
  const preview = choice === undefined ? null : previewRow(change, row, choice);
  const columns = [
    { key: 'base', title: row.delta ? 'Base (values I removed)' : 'Base (when I read it)', values: row.base },
    { key: 'mine', title: row.delta ? 'Mine (values I add)' : 'Mine', values: row.mine },
    {
      key: 'theirs',
      title: row.delta ? 'Theirs (of these, there now)' : 'Theirs (now in the directory)',
      values: row.theirs,
    },
  ] as const;
  return (
    <section className={styles.attribute} aria-labelledby={headingId} data-attr={row.attr}>
      <h3 id={headingId} className={styles.heading}>
        {row.attr}
      </h3>
      <table className={styles.table}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={styles.th}>
                {c.title}
              </th>
            ))}
            <th scope="col" className={styles.th}>
              Result (compared with now)
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            {columns.map((c) => (
              <td key={c.key} className={styles.td}>
                <ConflictValuesList
                  values={c.values}
                  label={`${row.attr}: ${c.title}`}
                  binary={row.binary}
                  testId={`conflict-${c.key}`}
                />
              </td>
            ))}
            <td className={styles.td} aria-live="polite">
              {preview === null ? (
                <span className={styles.empty}>Choose below.</span>
              ) : (
                <ConflictValuesList
                  values={preview.values}
                  label={`${row.attr}: result`}
                  binary={row.binary}
                  testId="conflict-result"
                />
              )}
            </td>
          </tr>
        </tbody>
      </table>
      <div className={styles.choices} role="group" aria-label={`Resolve ${row.attr}`}>
        {row.choices.map((option) => (
          <ToggleButton
            key={option}
            size="small"
            checked={choice === option}
            appearance={choice === option ? 'primary' : 'secondary'}
            onClick={() => onChoose(option)}
          >
            {CHOICE_LABELS[option]}
          </ToggleButton>
        ))}
        {!row.choices.includes('merge') && !row.delta && (
          <span className={styles.note}>One value only: keep mine or take theirs.</span>
        )}
        {row.delta && <span className={styles.note}>Keep mine removes and adds only these values.</span>}
      </div>
      {preview?.contradictions.map((c) => (
        <MessageBar key={c.value} intent="warning" layout="multiline">
          <MessageBarBody>
            {c.message} The merge keeps &quot;{c.kept}&quot;; choose Keep mine or Take theirs for another
            result.
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
