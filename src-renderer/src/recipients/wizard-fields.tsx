// The wizard pages' common parts: their props, and a text field that shows the preflight's issue.
import { Field, Input } from '@fluentui/react-components';
import type { ValidationIssue } from '../../../src-preload/contract/index.ts';
import type { RecipientFields } from '../../../src-preload/shared/recipients/recipient-fields.ts';
import type { StampableKind } from '../../../src-preload/shared/recipients/recipient-stamp.ts';
import type { DerivedField } from './wizard-draft.ts';

export interface PageProps {
  kind: StampableKind;
  fields: RecipientFields;
  /** The issue to show under each field (already filtered to what should be visible). */
  issueOf(field: keyof RecipientFields): ValidationIssue | undefined;
  set(
    field: keyof RecipientFields,
    value: RecipientFields[keyof RecipientFields],
    derived?: DerivedField,
  ): void;
}

export function validation(found: ValidationIssue | undefined) {
  if (!found) return {};
  return {
    validationState: found.severity === 'error' ? ('error' as const) : ('warning' as const),
    validationMessage: found.message,
  };
}

export function TextField({
  label,
  field,
  derived,
  props,
  hint,
  required,
}: {
  label: string;
  field: keyof RecipientFields;
  derived?: DerivedField;
  props: PageProps;
  hint?: string;
  required?: boolean;
}) {
  const value = props.fields[field];
  return (
    <Field label={label} hint={hint} required={required} {...validation(props.issueOf(field))}>
      <Input
        value={typeof value === 'string' ? value : ''}
        onChange={(_e, data) => props.set(field, data.value, derived)}
      />
    </Field>
  );
}
