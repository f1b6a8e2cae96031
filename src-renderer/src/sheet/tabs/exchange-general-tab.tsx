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
import { AppError } from '../../../../src-preload/contract/errors.ts';
import {
  MAPI_RICH_TEXT_FORMATS,
  MAPI_RICH_TEXT_LABELS,
  mapiRichTextFormatFromAd,
  mapiRichTextFormatToAd,
  type MapiRichTextFormat,
} from '../../../../src-preload/shared/recipients/mapi-recipient.ts';
import { remoteTargetAddress } from '../../../../src-preload/shared/recipients/target-address.ts';
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

/** The setting, or undefined when mAPIRecipient holds something other than TRUE/FALSE. */
function mapiFormat(values: readonly string[]): MapiRichTextFormat | undefined {
  try {
    return mapiRichTextFormatFromAd(values);
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1 },
});

export function ExchangeGeneralTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const [tenant, setTenant] = useState(state.sheet?.tenantHint ?? '');
  const [routingProblem, setRoutingProblem] = useState<string | null>(null);
  const alias = state.draft.mailNickname?.[0] ?? '';
  const target = state.draft.targetAddress?.[0] ?? '';
  const hidden = state.draft.msExchHideFromAddressLists?.[0] === 'TRUE';
  const mapi = mapiFormat(state.draft.mAPIRecipient ?? []);

  function useRoutingAddress() {
    try {
      state.setValues('targetAddress', [remoteTargetAddress(alias, tenant)]);
      setRoutingProblem(null);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      setRoutingProblem(error.message);
    }
  }
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
          <Input
            value={tenant}
            onChange={(_e, d) => {
              setTenant(d.value.trim());
              setRoutingProblem(null);
            }}
            placeholder="contoso"
          />
        </Field>
        <Button
          disabled={!state.canWrite('targetAddress') || alias === '' || tenant === ''}
          onClick={useRoutingAddress}
        >
          Use alias@{tenant || 'tenant'}.mail.onmicrosoft.com
        </Button>
      </div>
      {routingProblem !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{routingProblem}</MessageBarBody>
        </MessageBar>
      )}
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
          value={mapi ? MAPI_RICH_TEXT_LABELS[mapi] : (state.draft.mAPIRecipient?.[0] ?? '')}
          selectedOptions={mapi ? [mapi] : []}
          onOptionSelect={(_e, d) =>
            state.setValues('mAPIRecipient', mapiRichTextFormatToAd(d.optionValue as MapiRichTextFormat))
          }
        >
          {MAPI_RICH_TEXT_FORMATS.map((format) => (
            <Option key={format} value={format}>
              {MAPI_RICH_TEXT_LABELS[format]}
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
