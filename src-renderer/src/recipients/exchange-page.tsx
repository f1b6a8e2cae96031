import { Button, Checkbox, Field, Input, Text } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { KINDS } from '../../../src-preload/shared/recipients/recipient-types.ts';
import { remoteRoutingAddress } from '../../../src-preload/shared/recipients/target-address.ts';
import { TextField, validation, type PageProps } from './wizard-fields.tsx';
import { useWizardStyles } from './wizard.styles.ts';

export function ExchangePage(props: PageProps & { template: string; onTemplate(template: string): void }) {
  const styles = useWizardStyles();
  const { fields, kind } = props;
  const info = KINDS[kind];
  const [extra, setExtra] = useState('');
  const extras = fields.extraAddresses ?? [];
  const forwards = kind === 'mailUser' || kind === 'mailContact';
  let routing = '';
  try {
    if (info.remoteKindBits !== undefined && fields.alias && fields.tenant)
      routing = `SMTP:${remoteRoutingAddress(fields.alias, fields.tenant)}`;
  } catch {
    routing = '';
  }
  const addExtra = () => {
    if (extra.trim() === '') return;
    props.set('extraAddresses', [...extras, extra.trim()]);
    setExtra('');
  };
  const extraIssue = props.issueOf('extraAddresses');
  return (
    <div className={styles.page}>
      {forwards && (
        <TextField
          label="External e-mail address"
          field="externalAddress"
          props={props}
          hint="Where mail to this recipient is delivered (targetAddress)."
          required
        />
      )}
      <TextField label="Alias" field="alias" derived="alias" props={props} required />
      {kind !== 'mailContact' && (
        <Field
          label="Address template (kept for this connection profile)"
          hint="%g first name, %s last name, %i initials, %m alias; %1g the first letter."
        >
          <Input value={props.template} onChange={(_e, data) => props.onTemplate(data.value)} />
        </Field>
      )}
      <TextField
        label="Primary SMTP address"
        field="primaryAddress"
        derived="primaryAddress"
        props={props}
        hint={kind === 'mailContact' ? 'Empty: the external address.' : undefined}
        required={kind !== 'mailContact'}
      />
      <Field label="Additional addresses" {...validation(extraIssue)}>
        <div className={styles.row}>
          <Input
            className={styles.grow}
            aria-label="New additional address"
            value={extra}
            placeholder="name@domain"
            onChange={(_e, data) => setExtra(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addExtra();
              }
            }}
          />
          <Button onClick={addExtra} disabled={extra.trim() === ''}>
            Add
          </Button>
        </div>
      </Field>
      <ul className={styles.list} aria-label="Additional addresses">
        {extras.map((address) => (
          <li key={address} className={styles.listItem}>
            <Text>smtp:{address}</Text>
            <Button
              size="small"
              appearance="subtle"
              icon={<Dismiss16Regular />}
              aria-label={`Remove ${address}`}
              onClick={() =>
                props.set(
                  'extraAddresses',
                  extras.filter((a) => a !== address),
                )
              }
            />
          </li>
        ))}
      </ul>
      {info.remoteKindBits !== undefined && (
        <>
          <TextField
            label="Microsoft 365 tenant"
            field="tenant"
            props={props}
            hint="The part before .onmicrosoft.com; asked once per connection profile."
            required
          />
          <Text className={styles.where}>Target address: {routing || '(alias and tenant needed)'}</Text>
          {kind === 'remoteUserMailbox' && (
            <Checkbox
              label="Also an archive in the cloud"
              checked={fields.archive === true}
              onChange={(_e, data) => props.set('archive', data.checked === true)}
            />
          )}
        </>
      )}
    </div>
  );
}
