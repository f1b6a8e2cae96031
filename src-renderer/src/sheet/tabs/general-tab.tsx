import { Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { FieldList, issueFor } from '../field-list.tsx';
import type { FieldSpec } from '../field-spec.ts';
import type { SheetState } from '../use-sheet.ts';

const FIELDS: FieldSpec[] = [
  { attr: 'givenName', label: 'First name' },
  { attr: 'initials', label: 'Initials' },
  { attr: 'sn', label: 'Last name' },
  { attr: 'displayName', label: 'Display name' },
  { attr: 'description', label: 'Description' },
  { attr: 'physicalDeliveryOfficeName', label: 'Office' },
  { attr: 'telephoneNumber', label: 'Telephone number' },
  { attr: 'sAMAccountName', label: 'User logon name (pre-Windows 2000)' },
];

const useStyles = makeStyles({
  upn: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    marginTop: tokens.spacingVerticalS,
  },
});

export function GeneralTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const hasUpn = (state.sheet?.allowed ?? []).some((a) => a.name === 'userPrincipalName');
  const upn = state.draft.userPrincipalName?.[0] ?? '';
  const at = upn.lastIndexOf('@');
  const prefix = at >= 0 ? upn.slice(0, at) : upn;
  const suffix = at >= 0 ? upn.slice(at + 1) : '';
  const suffixes = [...new Set([...(state.sheet?.upnSuffixes ?? []), ...(suffix ? [suffix] : [])])];
  const readOnly = !state.canWrite('userPrincipalName');
  const setUpn = (p: string, s: string) =>
    state.setValues('userPrincipalName', p === '' && s === '' ? [] : [`${p}@${s}`]);
  const found = issueFor(state.issues, 'userPrincipalName');
  return (
    <>
      <FieldList fields={FIELDS} state={state} />
      {hasUpn && (
        <div className={styles.upn}>
          <Field
            label="User logon name"
            validationState={found ? (found.severity === 'error' ? 'error' : 'warning') : 'none'}
            validationMessage={found?.message}
          >
            <Input readOnly={readOnly} value={prefix} onChange={(_e, d) => setUpn(d.value, suffix)} />
          </Field>
          <Field label="UPN suffix">
            <Dropdown
              disabled={readOnly}
              value={suffix ? `@${suffix}` : ''}
              selectedOptions={[suffix]}
              onOptionSelect={(_e, d) => setUpn(prefix, d.optionValue ?? suffix)}
            >
              {suffixes.map((s) => (
                <Option key={s} value={s} text={`@${s}`}>
                  @{s}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
      )}
    </>
  );
}
