import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RecipientPreflight, ValidationIssue } from '../../../src-preload/contract/index.ts';
import { GROUP_SCOPE_LABELS } from '../../../src-preload/shared/account/group-type.ts';
import { SAM_ACCOUNT_NAME_MAX_LENGTH } from '../../../src-preload/shared/recipients/naming.ts';
import {
  GROUP_SCOPES,
  type RecipientFields,
} from '../../../src-preload/shared/recipients/recipient-fields.ts';
import type { StampableKind } from '../../../src-preload/shared/recipients/recipient-stamp.ts';
import { KINDS } from '../../../src-preload/shared/recipients/recipient-types.ts';
import { remoteRoutingAddress } from '../../../src-preload/shared/recipients/target-address.ts';
import { rdnValue, rdnOf } from '../../../src-preload/shared/dn.ts';
import { ObjectPicker } from '../components/object-picker.tsx';
import type { DerivedField } from './wizard-draft.ts';
import { useWizardStyles } from './wizard.styles.ts';

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

function validation(found: ValidationIssue | undefined) {
  if (!found) return {};
  return {
    validationState: found.severity === 'error' ? ('error' as const) : ('warning' as const),
    validationMessage: found.message,
  };
}

function TextField({
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

export function NamePage(props: PageProps) {
  const styles = useWizardStyles();
  const base = KINDS[props.kind].baseClass;
  if (base === 'group') {
    return (
      <div className={styles.page}>
        <TextField label="Group name" field="name" derived="name" props={props} required />
        <TextField
          label="Group name (pre-Windows 2000)"
          field="samAccountName"
          derived="samAccountName"
          props={props}
          required
        />
        <TextField label="Display name" field="displayName" derived="displayName" props={props} />
        <TextField label="Description" field="description" props={props} />
      </div>
    );
  }
  return (
    <div className={styles.page}>
      <div className={styles.row}>
        <div className={styles.grow}>
          <TextField label="First name" field="givenName" props={props} />
        </div>
        <div className={styles.narrow}>
          <TextField label="Initials" field="initials" props={props} />
        </div>
      </div>
      <TextField label="Last name" field="sn" props={props} />
      <TextField label="Full name" field="name" derived="name" props={props} required />
      <TextField label="Display name" field="displayName" derived="displayName" props={props} />
      <TextField label="Description" field="description" props={props} />
    </div>
  );
}

export function LogonPage(props: PageProps & { suffixes: readonly string[] }) {
  const styles = useWizardStyles();
  const { fields, suffixes } = props;
  return (
    <div className={styles.page}>
      <div className={styles.row}>
        <div className={styles.grow}>
          <TextField label="User logon name" field="upnPrefix" derived="upnPrefix" props={props} required />
        </div>
        <Field label="UPN suffix">
          <Dropdown
            aria-label="UPN suffix"
            value={`@${fields.upnSuffix ?? ''}`}
            selectedOptions={[fields.upnSuffix ?? '']}
            onOptionSelect={(_e, data) => props.set('upnSuffix', data.optionValue ?? '')}
          >
            {suffixes.map((suffix) => (
              <Option key={suffix} value={suffix} text={`@${suffix}`}>
                @{suffix}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <TextField
        label="User logon name (pre-Windows 2000)"
        field="samAccountName"
        derived="samAccountName"
        props={props}
        hint={`Derived from the logon name, at most ${SAM_ACCOUNT_NAME_MAX_LENGTH} characters.`}
        required
      />
    </div>
  );
}

export function GroupPage(props: PageProps) {
  const styles = useWizardStyles();
  const { fields, kind } = props;
  const mail = KINDS[kind].mailEnabled;
  const security = kind === 'securityGroup' || kind === 'mailSecurityGroup';
  const members = fields.members ?? [];
  return (
    <div className={styles.page}>
      <Field
        label="Group scope"
        hint={mail ? 'A mail-enabled group is always universal.' : undefined}
        {...validation(props.issueOf('groupScope'))}
      >
        <RadioGroup
          value={fields.groupScope ?? 'universal'}
          onChange={(_e, data) => props.set('groupScope', data.value as RecipientFields['groupScope'])}
        >
          {GROUP_SCOPES.map((scope) => (
            <Radio
              key={scope}
              value={scope}
              label={GROUP_SCOPE_LABELS[scope]}
              disabled={mail && scope !== 'universal'}
            />
          ))}
        </RadioGroup>
      </Field>
      <Text>Group type: {security ? 'Security' : 'Distribution'}</Text>
      <ObjectPicker
        label="Add members"
        exclude={members}
        onPick={(ref) => props.set('members', [...members, ref.dn])}
      />
      <ul className={styles.list} aria-label="Members">
        {members.map((dn) => (
          <li key={dn} className={styles.listItem}>
            <Text>{rdnValue(rdnOf(dn))}</Text>
            <Button
              size="small"
              appearance="subtle"
              icon={<Dismiss16Regular />}
              aria-label={`Remove ${rdnValue(rdnOf(dn))}`}
              onClick={() =>
                props.set(
                  'members',
                  members.filter((m) => m !== dn),
                )
              }
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

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

export interface PasswordDraft {
  password: string;
  confirm: string;
  mustChange: boolean;
  disabled: boolean;
}

/**
 * ADUC's password page. Empty, the account is created disabled without a password; with one, the
 * create is followed by the password and the enabling, each a step in Changes. The password stays
 * in this page's state and goes only to recipients.create, never to the preflight.
 */
export function PasswordPage({
  draft,
  onChange,
  showAll,
}: {
  draft: PasswordDraft;
  onChange(next: PasswordDraft): void;
  showAll: boolean;
}) {
  const styles = useWizardStyles();
  const mismatch = draft.password !== draft.confirm && (showAll || draft.confirm !== '');
  return (
    <div className={styles.page}>
      <Field label="Password">
        <Input
          type="password"
          value={draft.password}
          onChange={(_e, data) => onChange({ ...draft, password: data.value })}
        />
      </Field>
      <Field
        label="Confirm password"
        validationState={mismatch ? 'error' : 'none'}
        validationMessage={mismatch ? 'The two passwords differ.' : undefined}
      >
        <Input
          type="password"
          value={draft.confirm}
          onChange={(_e, data) => onChange({ ...draft, confirm: data.value })}
        />
      </Field>
      <Checkbox
        label="User must change password at next logon"
        checked={draft.mustChange}
        onChange={(_e, data) => onChange({ ...draft, mustChange: data.checked === true })}
      />
      <Checkbox
        label="Account is disabled"
        checked={draft.disabled}
        onChange={(_e, data) => onChange({ ...draft, disabled: data.checked === true })}
      />
      {draft.password === '' && (
        <MessageBar intent="info">
          <MessageBarBody>
            Without a password the account is created disabled: set a password, then enable the account.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export function SummaryPage({
  preflight,
  checking,
  error,
  issues,
}: {
  preflight: RecipientPreflight | null;
  checking: boolean;
  error: string | null;
  issues: ValidationIssue[];
}) {
  const styles = useWizardStyles();
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return (
    <div className={styles.page}>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {[...errors, ...warnings].map((found, i) => (
        <MessageBar key={`${found.code}-${i}`} intent={found.severity === 'error' ? 'error' : 'warning'}>
          <MessageBarBody>{describe(found)}</MessageBarBody>
        </MessageBar>
      ))}
      {checking && !preflight && <Text>Checking the directory…</Text>}
      {preflight && (
        <>
          <Text weight="semibold">{preflight.dn}</Text>
          <table className={styles.table} aria-label="Attributes to be written">
            <tbody>
              <tr>
                <th className={styles.cell}>objectClass</th>
                <td className={styles.cell}>{preflight.objectClass.join(', ')}</td>
              </tr>
              {Object.entries(preflight.attributes).map(([attr, values]) => (
                <tr key={attr}>
                  <th className={styles.cell}>{attr}</th>
                  <td className={styles.cell}>
                    {values.map((v) => (
                      <div key={v}>{v}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preflight.powershell && (
            <Field label="PowerShell that does the same">
              <pre className={styles.code} aria-label="PowerShell">
                {preflight.powershell}
              </pre>
            </Field>
          )}
        </>
      )}
    </div>
  );
}

/** The message, naming its value when the message itself does not (three addresses, three warnings). */
function describe(found: ValidationIssue): string {
  return found.value && !found.message.includes(found.value)
    ? `${found.value}: ${found.message}`
    : found.message;
}
