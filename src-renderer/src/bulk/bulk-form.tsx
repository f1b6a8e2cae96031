import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { Delete16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import {
  MAPI_RICH_TEXT_FORMATS,
  MAPI_RICH_TEXT_LABELS,
} from '../../../src-preload/shared/recipients/mapi-recipient.ts';
import { firstRdnValue } from '../components/dn-name.ts';
import { ObjectPicker } from '../components/object-picker.tsx';
import type { BulkForm, TextAction } from './bulk-plan.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content 10em 1fr',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    maxHeight: '240px',
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
          const label = `Custom attribute ${i + 1}`;
          return (
            <div key={label} style={{ display: 'contents' }}>
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
            </div>
          );
        })}
      </div>
      <div className={styles.pair}>
        <Field label="Hide from Exchange address lists">
          <Select
            value={form.hide}
            onChange={(_e, d) => onChange({ ...form, hide: d.value as BulkForm['hide'] })}
          >
            <option value="keep">Leave as is</option>
            <option value="hide">Hide</option>
            <option value="show">Show</option>
          </Select>
        </Field>
        <Field label="Use MAPI rich text format">
          <Select
            value={form.mapi}
            onChange={(_e, d) => onChange({ ...form, mapi: d.value as BulkForm['mapi'] })}
          >
            <option value="keep">Leave as is</option>
            {MAPI_RICH_TEXT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {MAPI_RICH_TEXT_LABELS[format]}
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
