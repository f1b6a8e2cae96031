import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { FieldList } from '../field-list.tsx';
import type { FieldSpec } from '../field-spec.ts';
import type { SheetState } from '../use-sheet.ts';
import { ProxyAddressList } from './proxy-address-list.tsx';
import { switchValues } from './sheet-values.ts';

const FIELDS: FieldSpec[] = [
  { attr: 'displayName', label: 'Display name' },
  { attr: 'mail', label: 'Primary e-mail address (mail)' },
  { attr: 'mailNickname', label: 'Alias' },
];

const MAPI: { value: string; label: string }[] = [
  { value: '', label: 'Use the default settings' },
  { value: 'TRUE', label: 'Always' },
  { value: 'FALSE', label: 'Never' },
];

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1 },
});

export function ExchangeGeneralTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const [tenant, setTenant] = useState(state.sheet?.tenantHint ?? '');
  const alias = state.draft.mailNickname?.[0] ?? '';
  const target = state.draft.targetAddress?.[0] ?? '';
  const hidden = state.draft.msExchHideFromAddressLists?.[0] === 'TRUE';
  const mapi = state.draft.mAPIRecipient?.[0] ?? '';
  const general = state.issues.filter(
    (i) =>
      !['mail', 'mailNickname', 'displayName', 'userPrincipalName'].includes(i.field) &&
      i.field !== 'proxyAddresses',
  );
  return (
    <div className={styles.stack}>
      <Text>Recipient type: {state.sheet?.details.row.recipientType || 'Not mail-enabled'}</Text>
      <FieldList fields={FIELDS} state={state} />
      <ProxyAddressList state={state} />
      <div className={styles.row}>
        <Field label="Target address (remote routing)" className={styles.grow}>
          <Input
            readOnly={!state.canWrite('targetAddress')}
            value={target}
            onChange={(_e, d) => state.setValues('targetAddress', d.value === '' ? [] : [d.value])}
          />
        </Field>
        <Field label="Tenant">
          <Input value={tenant} onChange={(_e, d) => setTenant(d.value.trim())} placeholder="contoso" />
        </Field>
        <Button
          disabled={!state.canWrite('targetAddress') || alias === '' || tenant === ''}
          onClick={() => state.setValues('targetAddress', [`SMTP:${alias}@${tenant}.mail.onmicrosoft.com`])}
        >
          Use alias@{tenant || 'tenant'}.mail.onmicrosoft.com
        </Button>
      </div>
      <Switch
        label="Hide from Exchange address lists"
        checked={hidden}
        disabled={!state.canWrite('msExchHideFromAddressLists')}
        onChange={(_e, d) =>
          // Off again on an object that never had the flag leaves it absent, not FALSE.
          state.setValues(
            'msExchHideFromAddressLists',
            switchValues(d.checked, state.base.msExchHideFromAddressLists ?? []),
          )
        }
      />
      <Field
        label="Use MAPI rich text format"
        hint="Never: meeting invites to this recipient are sent as plain text."
      >
        <Dropdown
          disabled={!state.canWrite('mAPIRecipient')}
          value={MAPI.find((m) => m.value === mapi)?.label ?? ''}
          selectedOptions={[mapi]}
          onOptionSelect={(_e, d) => state.setValues('mAPIRecipient', d.optionValue ? [d.optionValue] : [])}
        >
          {MAPI.map((m) => (
            <Option key={m.value} value={m.value}>
              {m.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {general.map((i) => (
        <MessageBar key={i.code + i.field} intent={i.severity === 'error' ? 'error' : 'warning'}>
          <MessageBarBody>{i.message}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
