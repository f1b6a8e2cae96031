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
import type { RecipientPreflight, ValidationIssue } from '../../../src-preload/contract/index.ts';
import { GROUP_SCOPE_LABELS } from '../../../src-preload/shared/account/group-type.ts';
import { SAM_ACCOUNT_NAME_MAX_LENGTH } from '../../../src-preload/shared/recipients/naming.ts';
import {
  GROUP_SCOPES,
  type RecipientFields,
} from '../../../src-preload/shared/recipients/recipient-fields.ts';
import { KINDS } from '../../../src-preload/shared/recipients/recipient-types.ts';
import { rdnValue, rdnOf } from '../../../src-preload/shared/dn.ts';
import { ObjectPicker } from '../components/object-picker.tsx';
import { TextField, validation, type PageProps } from './wizard-fields.tsx';
import { useWizardStyles } from './wizard.styles.ts';

export type { PageProps } from './wizard-fields.tsx';
export { ExchangePage } from './exchange-page.tsx';

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
  sample,
}: {
  draft: PasswordDraft;
  onChange(next: PasswordDraft): void;
  showAll: boolean;
  /** The sample directory: no DC sets passwords there, so the account is made without one. */
  sample: boolean;
}) {
  const styles = useWizardStyles();
  if (sample)
    return (
      <div className={styles.page}>
        <MessageBar intent="info">
          <MessageBarBody>
            The sample directory has no domain controller to set passwords: the account is created disabled,
            without a password, and stays on this computer.
          </MessageBarBody>
        </MessageBar>
      </div>
    );
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
