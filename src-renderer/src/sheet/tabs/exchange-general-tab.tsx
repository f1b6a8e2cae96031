import { useStore } from '../../store/store.ts';
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { AppError } from '../../../../src-preload/contract/errors.ts';
import { remoteTargetAddress } from '../../../../src-preload/shared/recipients/target-address.ts';
import { FieldList } from '../field-list.tsx';
import { EXCHANGE_NAME_FIELDS, HIDE_FROM_ADDRESS_LISTS, MAPI_RICH_TEXT } from '../tab-fields.ts';
import type { SheetState } from '../use-sheet.ts';
import { ProxyAddressList } from './proxy-address-list.tsx';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1 },
});

export function ExchangeGeneralTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  // The object's own routing address names its tenant; else the signed-in tenant's initial domain.
  const signedInTenant = useStore(
    (s) =>
      s.cloud?.tenant?.verifiedDomains.find((d) => d.isInitial)?.name.replace(/\.onmicrosoft\.com$/i, '') ??
      '',
  );
  const [tenant, setTenant] = useState(state.sheet?.tenantHint ?? signedInTenant);
  const [routingProblem, setRoutingProblem] = useState<string | null>(null);
  const alias = state.draft.mailNickname?.[0] ?? '';
  const target = state.draft.targetAddress?.[0] ?? '';

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
      <FieldList fields={EXCHANGE_NAME_FIELDS} state={state} />
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
      <FieldList fields={[HIDE_FROM_ADDRESS_LISTS, MAPI_RICH_TEXT]} state={state} />
      {general.map((i) => (
        <MessageBar key={i.code + i.field} intent={i.severity === 'error' ? 'error' : 'warning'}>
          <MessageBarBody>{i.message}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
