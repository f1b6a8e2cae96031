import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Switch,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { AttributeFacts, ValidationIssue } from '../../../src-preload/contract/index.ts';
import { readAdBoolean } from '../../../src-preload/shared/recipients/ad-values.ts';
import { sameValues, valuesOf } from '../../../src-preload/shared/values.ts';
import { DnList } from '../components/dn-list.tsx';
import { addDn, removeDn } from '../components/dn-values.ts';
import type { ChoiceSpec, KindedSpec } from './field-spec.ts';
import { switchValues } from './tabs/sheet-values.ts';
import type { SheetState } from './use-sheet.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function issueFor(issues: readonly ValidationIssue[], attr: string): ValidationIssue | undefined {
  const lower = attr.toLowerCase();
  const mine = issues.filter((i) => i.field.toLowerCase() === lower);
  return mine.find((i) => i.severity === 'error') ?? mine[0];
}

/** The option the values stand for; undefined when they match none (shown as they are). */
function chosen(spec: ChoiceSpec, values: readonly string[]): string | undefined {
  if (spec.read) return spec.read(values);
  return spec.options.find((o) => sameValues(o.values ?? [], values))?.id;
}

function choiceValues(spec: ChoiceSpec, id: string, current: readonly string[]): string[] {
  if (spec.write) return spec.write(id, current);
  return [...(spec.options.find((o) => o.id === id)?.values ?? [])];
}

/**
 * One field of a form, whatever its kind. `facts` is the schema's word on the attribute (its
 * spelling is the one written back); what the bound user may not write is shown read-only.
 */
export function FieldView({
  spec,
  facts,
  state,
}: {
  spec: KindedSpec;
  facts: AttributeFacts;
  state: SheetState;
}) {
  const styles = useStyles();
  const attr = facts.name;
  const values = valuesOf(state.draft, attr);
  const readOnly = !state.canWrite(attr);
  const found = issueFor(state.issues, attr);
  const set = (next: string[]) => state.setValues(attr, next);
  const validation = {
    validationState: found
      ? found.severity === 'error'
        ? ('error' as const)
        : ('warning' as const)
      : ('none' as const),
    validationMessage: found?.message,
  };

  switch (spec.kind) {
    case 'text':
      return (
        <Field label={spec.label} hint={spec.hint} {...validation}>
          <Input
            readOnly={readOnly}
            appearance={readOnly ? 'filled-darker' : 'outline'}
            maxLength={facts.rangeUpper}
            value={values[0] ?? ''}
            onChange={(_e, d) => set(d.value === '' ? [] : [d.value])}
          />
        </Field>
      );
    case 'multi-line':
    case 'values':
      return (
        <Field
          label={spec.label}
          hint={spec.hint ?? (spec.kind === 'values' ? 'One value per line' : undefined)}
          {...validation}
        >
          <Textarea
            readOnly={readOnly}
            appearance={readOnly ? 'filled-darker' : 'outline'}
            maxLength={spec.kind === 'multi-line' ? facts.rangeUpper : undefined}
            resize="vertical"
            value={spec.kind === 'values' ? values.join('\n') : (values[0] ?? '')}
            onChange={(_e, d) =>
              set(spec.kind === 'values' ? d.value.split('\n') : d.value === '' ? [] : [d.value])
            }
          />
        </Field>
      );
    case 'switch':
      return (
        <Field hint={spec.hint} {...validation}>
          <Switch
            label={spec.label}
            checked={readAdBoolean(values) === true}
            disabled={readOnly}
            onChange={(_e, d) => set(switchValues(d.checked, valuesOf(state.base, attr)))}
          />
        </Field>
      );
    case 'choice': {
      const id = chosen(spec, values);
      const label = spec.options.find((o) => o.id === id)?.label;
      return (
        <Field label={spec.label} hint={spec.hint} {...validation}>
          <Dropdown
            disabled={readOnly}
            // A value no option stands for (written by another tool) is shown as stored.
            value={label ?? values.join(', ')}
            selectedOptions={id === undefined ? [] : [id]}
            onOptionSelect={(_e, d) =>
              d.optionValue !== undefined && set(choiceValues(spec, d.optionValue, values))
            }
          >
            {spec.options.map((option) => (
              <Option key={option.id} value={option.id}>
                {option.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
      );
    }
    case 'check':
      return (
        <Field hint={spec.hint} {...validation}>
          <Checkbox
            label={spec.label}
            checked={spec.read(values)}
            disabled={readOnly}
            onChange={(_e, d) => set(spec.write(d.checked === true, values))}
          />
        </Field>
      );
    case 'date': {
      const date = spec.read(values);
      const text = date ? date.toISOString().slice(0, 10) : '';
      return (
        <Field label={spec.label} hint={spec.hint} {...validation}>
          <div className={styles.row}>
            <Input
              type="date"
              readOnly={readOnly}
              appearance={readOnly ? 'filled-darker' : 'outline'}
              value={text}
              // The date is the end of the chosen day in UTC: ADUC's "end of" semantics.
              onChange={(_e, d) => set(spec.write(d.value === '' ? null : new Date(`${d.value}T23:59:59Z`)))}
            />
            <Button disabled={readOnly || date === null} onClick={() => set(spec.write(null))}>
              {spec.neverLabel}
            </Button>
          </div>
          {date === null && <Text size={200}>{spec.neverLabel}</Text>}
        </Field>
      );
    }
    case 'info':
      return (
        <Field label={spec.label} hint={spec.hint}>
          <Input
            readOnly
            appearance="filled-darker"
            value={spec.read ? spec.read(values) : values.join('; ')}
          />
        </Field>
      );
    case 'dn-list':
      return (
        <div className={styles.stack}>
          <Text weight="semibold">{spec.label}</Text>
          <DnList
            label={spec.label}
            values={values}
            emptyText={spec.emptyText}
            {...(readOnly
              ? {}
              : {
                  onRemove: (dn: string) => set(removeDn(values, dn)),
                  onAdd: (ref: { dn: string }) => set(spec.single ? [ref.dn] : addDn(values, ref.dn)),
                })}
            pickLabel={spec.pickLabel ?? `Add to "${spec.label}"`}
            {...(spec.pickKinds ? { pickKinds: spec.pickKinds } : {})}
            {...(spec.pickHint ? { pickHint: spec.pickHint } : {})}
          />
          {spec.hint && <Text size={200}>{spec.hint}</Text>}
        </div>
      );
  }
}
