import { Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { splitUpn } from '../../../../src-preload/shared/recipients/upn.ts';
import { FieldList, issueFor } from '../field-list.tsx';
import { GENERAL_FIELDS } from '../tab-fields.ts';
import type { SheetState } from '../use-sheet.ts';
import { allowedName } from './sheet-values.ts';

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
  const hasUpn = allowedName(state.sheet?.allowed ?? [], 'userPrincipalName') !== undefined;
  const upn = state.draft.userPrincipalName?.[0] ?? '';
  const { prefix, suffix } = splitUpn(upn) ?? { prefix: upn, suffix: '' };
  const suffixes = [...new Set([...(state.sheet?.upnSuffixes ?? []), ...(suffix ? [suffix] : [])])];
  const readOnly = !state.canWrite('userPrincipalName');
  const setUpn = (p: string, s: string) =>
    state.setValues('userPrincipalName', p === '' && s === '' ? [] : [`${p}@${s}`]);
  const found = issueFor(state.issues, 'userPrincipalName');
  return (
    <>
      <FieldList fields={GENERAL_FIELDS} state={state} />
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
