import { mergeClasses } from '@fluentui/react-components';
import type { MarkedValue } from './conflict-rows.ts';
import { useConflictStyles } from './conflict-view.styles.ts';

const SIGN: Record<MarkedValue['mark'], string> = { same: '', added: '+', removed: '−' };
const SPOKEN: Record<MarkedValue['mark'], string> = { same: '', added: 'added', removed: 'removed' };

function shown(value: string, binary: boolean): string {
  return binary ? `binary value ${value.slice(0, 16)}… (${Math.floor((value.length * 3) / 4)} bytes)` : value;
}

/**
 * One column's values. Added and removed are said three ways: a + / − sign and a strike-through
 * that forced-colors mode keeps, words for screen readers, and colour for everyone else.
 */
export function ConflictValuesList({
  values,
  label,
  binary,
  testId,
}: {
  values: MarkedValue[] | null;
  label: string;
  binary: boolean;
  testId: string;
}) {
  const styles = useConflictStyles();
  if (values === null) return <span className={styles.empty}>not known</span>;
  if (values.length === 0)
    return (
      <span className={styles.empty} data-testid={testId}>
        (empty)
      </span>
    );
  return (
    <ul className={styles.values} aria-label={label} data-testid={testId}>
      {values.map(({ value, mark }) => (
        <li key={`${mark}:${value}`} className={mergeClasses(styles.value, styles[mark])} data-mark={mark}>
          <span className={styles.sign} aria-hidden="true">
            {SIGN[mark]}
          </span>
          {mark !== 'same' && <span className={styles.hidden}>{SPOKEN[mark]} </span>}
          <span className={mergeClasses(styles.text, mark === 'removed' && styles.struck)}>
            {shown(value, binary)}
          </span>
        </li>
      ))}
    </ul>
  );
}
