import { Checkbox, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { describeValue } from '../../../../src-preload/shared/account/describe-value.ts';
import { valuesOf } from '../../../../src-preload/shared/values.ts';
import { useMemo, useState } from 'react';
import type { AttributeFacts } from '../../../../src-preload/contract/index.ts';
import type { SheetState } from '../use-sheet.ts';
import { sizes } from '../../theme/sizes.ts';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateRows: 'auto auto 1fr auto',
    gap: tokens.spacingVerticalS,
    minHeight: sizes.attributeTableMinHeight,
  },
  table: {
    overflowY: 'auto',
    maxHeight: sizes.attributeTableMaxHeight,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr 1.5fr',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    width: '100%',
    textAlign: 'start',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  selected: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  value: {
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground2,
  },
});

const SYNTAX: Record<string, string> = {
  '2.5.5.1': 'DN',
  '2.5.5.7': 'DN (OR-Name)',
  '2.5.5.8': 'Boolean',
  '2.5.5.9': 'Integer',
  '2.5.5.10': 'Octet string',
  '2.5.5.11': 'Time',
  '2.5.5.12': 'Unicode string',
  '2.5.5.16': 'Large integer',
  '2.5.5.17': 'SID',
};

/** What the list shows for an attribute: its values, each explained where the raw form is obscure. */
function shownValues(facts: AttributeFacts, values: readonly string[]): string {
  if (values.length === 0) return '<not set>';
  return values
    .map((value) => {
      const explained = facts.binary ? undefined : describeValue(facts.name, facts.syntax, value);
      return explained === undefined ? value : `${value} (${explained})`;
    })
    .join('; ');
}

/** ADSI Edit's Attribute Editor: every attribute the object may hold, edited as its schema says. */
export function AttributeEditorTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const [filter, setFilter] = useState('');
  const [withValues, setWithValues] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  const allowed = useMemo(() => state.sheet?.allowed ?? [], [state.sheet]);
  const shown = allowed.filter(
    (a) =>
      a.name.toLowerCase().includes(filter.toLowerCase()) &&
      (!withValues || valuesOf(state.draft, a.name).length > 0 || a.name === selected),
  );
  const facts = allowed.find((a) => a.name === selected);
  return (
    <div className={styles.layout}>
      <Input
        placeholder="Filter attributes"
        value={filter}
        onChange={(_e, d) => setFilter(d.value)}
        aria-label="Filter attributes"
      />
      <Checkbox
        label="Show only attributes that have values"
        checked={withValues}
        onChange={(_e, d) => setWithValues(d.checked === true)}
      />
      <div className={styles.table} role="listbox" aria-label="Attributes">
        {shown.map((a) => (
          <button
            key={a.name}
            type="button"
            role="option"
            aria-selected={a.name === selected}
            className={a.name === selected ? `${styles.row} ${styles.selected}` : styles.row}
            onClick={() => setSelected(a.name)}
          >
            <span>{a.name}</span>
            <span className={styles.value} title={shownValues(a, valuesOf(state.draft, a.name))}>
              {shownValues(a, valuesOf(state.draft, a.name))}
            </span>
          </button>
        ))}
      </div>
      {facts && <AttributeValueEditor facts={facts} state={state} />}
    </div>
  );
}

function AttributeValueEditor({ facts, state }: { facts: AttributeFacts; state: SheetState }) {
  const values = valuesOf(state.draft, facts.name);
  const readOnly = facts.binary || facts.systemOnly || !state.canWrite(facts.name);
  const describe = `${SYNTAX[facts.syntax] ?? facts.syntax}, ${facts.singleValued ? 'single-valued' : 'multi-valued'}${
    facts.rangeUpper !== undefined ? `, at most ${facts.rangeUpper}` : ''
  }${readOnly ? ', read-only' : ''}`;
  const tooLong =
    facts.rangeUpper !== undefined &&
    !facts.binary &&
    values.some((v) => [...v].length > (facts.rangeUpper ?? Infinity));
  return (
    <Field
      label={`${facts.name} (${describe})`}
      validationState={tooLong ? 'error' : 'none'}
      validationMessage={
        tooLong ? `A value is longer than the ${facts.rangeUpper} characters the schema allows.` : undefined
      }
    >
      {facts.binary ? (
        <Text>{values.map((v) => `${Math.round((v.length * 3) / 4)} bytes`).join(', ') || '<not set>'}</Text>
      ) : facts.singleValued ? (
        <Input
          readOnly={readOnly}
          value={values[0] ?? ''}
          onChange={(_e, d) => state.setValues(facts.name, d.value === '' ? [] : [d.value])}
        />
      ) : (
        <Textarea
          readOnly={readOnly}
          value={values.join('\n')}
          onChange={(_e, d) => state.setValues(facts.name, d.value.split('\n'))}
          resize="vertical"
        />
      )}
    </Field>
  );
}
