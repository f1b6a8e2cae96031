import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { ValidationIssue } from '../../../src-preload/contract/index.ts';
import type { FieldSpec } from './field-spec.ts';
import type { SheetState } from './use-sheet.ts';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  wide: { gridColumn: '1 / -1' },
});

export function issueFor(issues: readonly ValidationIssue[], attr: string): ValidationIssue | undefined {
  return (
    issues.find((i) => i.field === attr && i.severity === 'error') ?? issues.find((i) => i.field === attr)
  );
}

/** Renders field specs; a field the bound user may not write is read-only, and rangeUpper limits length. */
export function FieldList({ fields, state }: { fields: FieldSpec[]; state: SheetState }) {
  const styles = useStyles();
  const limits = new Map((state.sheet?.allowed ?? []).map((a) => [a.name.toLowerCase(), a]));
  return (
    <div className={styles.list}>
      {fields
        .filter((f) => limits.has(f.attr.toLowerCase()))
        .map((field) => {
          const facts = limits.get(field.attr.toLowerCase());
          const readOnly = !state.canWrite(field.attr);
          const found = issueFor(state.issues, field.attr);
          const values = state.draft[field.attr] ?? [];
          const common = {
            readOnly,
            'aria-readonly': readOnly,
            maxLength: facts?.rangeUpper,
          };
          return (
            <Field
              key={field.attr}
              label={field.label}
              hint={field.hint}
              className={field.type === 'lines' ? styles.wide : undefined}
              validationState={found ? (found.severity === 'error' ? 'error' : 'warning') : 'none'}
              validationMessage={found?.message}
            >
              {field.type === 'lines' ? (
                <Textarea
                  {...common}
                  value={values.join('\n')}
                  onChange={(_e, d) => state.setValues(field.attr, d.value.split('\n'))}
                  resize="vertical"
                />
              ) : (
                <Input
                  {...common}
                  value={values[0] ?? ''}
                  onChange={(_e, d) => state.setValues(field.attr, d.value === '' ? [] : [d.value])}
                />
              )}
            </Field>
          );
        })}
    </div>
  );
}
