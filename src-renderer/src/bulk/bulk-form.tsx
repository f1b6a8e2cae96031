import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { Delete16Regular } from '@fluentui/react-icons';
import { useId, Fragment } from 'react';
import { firstRdnValue } from '../components/dn-name.ts';
import { ObjectPicker } from '../components/object-picker.tsx';
import { CUSTOM_FIELDS, HIDE_FROM_ADDRESS_LISTS, MAPI_RICH_TEXT } from '../sheet/tab-fields.ts';
import type { BulkForm, TextAction } from './bulk-plan.ts';
import { sizes } from '../theme/sizes.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content 10em 1fr',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    maxHeight: sizes.formGridMaxHeight,
    overflowY: 'auto',
    paddingRight: tokens.spacingHorizontalS,
  },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL },
  group: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const TEXT_ACTIONS: { value: TextAction; label: string }[] = [
  { value: 'keep', label: 'Leave as is' },
  { value: 'set', label: 'Set to' },
  { value: 'clear', label: 'Clear' },
];

/** The bulk form; every choice starts at "leave as is" so only what the admin picks is written. */
export function BulkFormFields({ form, onChange }: { form: BulkForm; onChange(next: BulkForm): void }) {
  const styles = useStyles();
  const id = useId();
  const setCustom = (index: number, patch: Partial<BulkForm['custom'][number]>) =>
    onChange({
      ...form,
      custom: form.custom.map((edit, i) => (i === index ? { ...edit, ...patch } : edit)),
    });
  return (
    <div className={styles.stack}>
      <Text weight="semibold">Custom attributes (extensionAttribute1–15)</Text>
      <div className={styles.grid}>
        {form.custom.map((edit, i) => {
          const label = CUSTOM_FIELDS[i]?.label ?? `Custom attribute ${i + 1}`;
          return (
            <Fragment key={label}>
              <Text id={`${id}-custom-${i}`}>{label}</Text>
              <Select
                aria-labelledby={`${id}-custom-${i}`}
                size="small"
                value={edit.action}
                onChange={(_e, d) => setCustom(i, { action: d.value as TextAction })}
              >
                {TEXT_ACTIONS.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </Select>
              <Input
                aria-label={`${label}: new value`}
                size="small"
                disabled={edit.action !== 'set'}
                maxLength={1024}
                value={edit.value}
                onChange={(_e, d) => setCustom(i, { value: d.value })}
              />
            </Fragment>
          );
        })}
      </div>
      <div className={styles.pair}>
        <Field label={HIDE_FROM_ADDRESS_LISTS.label}>
          <Select
            value={form.hide}
            onChange={(_e, d) => onChange({ ...form, hide: d.value as BulkForm['hide'] })}
          >
            <option value="keep">Leave as is</option>
            <option value="hide">Hide</option>
            <option value="show">Show</option>
          </Select>
        </Field>
        <Field label={MAPI_RICH_TEXT.label}>
          <Select
            value={form.mapi}
            onChange={(_e, d) => onChange({ ...form, mapi: d.value as BulkForm['mapi'] })}
          >
            <option value="keep">Leave as is</option>
            {MAPI_RICH_TEXT.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {form.groupDn ? (
        <div className={styles.group}>
          <Text>Add all to the group {firstRdnValue(form.groupDn)}</Text>
          <Button
            size="small"
            appearance="subtle"
            icon={<Delete16Regular />}
            aria-label={`Do not add to ${firstRdnValue(form.groupDn)}`}
            onClick={() => onChange({ ...form, groupDn: null })}
          />
        </div>
      ) : (
        <ObjectPicker
          label="Add all to a group"
          kinds="groups"
          onPick={(ref) => onChange({ ...form, groupDn: ref.dn })}
        />
      )}
    </div>
  );
}
