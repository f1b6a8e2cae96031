import { Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { splitUpn } from '../../../../src-preload/shared/recipients/upn.ts';
import { issueFor } from '../field-list.tsx';
import type { SheetState } from '../use-sheet.ts';
import { allowedName } from './sheet-values.ts';

const useStyles = makeStyles({
  upn: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** ADUC's "User logon name": the name before @ and the suffix from the forest's list. */
export function UpnField({ state }: { state: SheetState }) {
  const styles = useStyles();
  if (allowedName(state.sheet?.allowed ?? [], 'userPrincipalName') === undefined) return null;
  const upn = state.draft.userPrincipalName?.[0] ?? '';
  const { prefix, suffix } = splitUpn(upn) ?? { prefix: upn, suffix: '' };
  const suffixes = [...new Set([...(state.sheet?.upnSuffixes ?? []), ...(suffix ? [suffix] : [])])];
  const readOnly = !state.canWrite('userPrincipalName');
  const setUpn = (p: string, s: string) =>
    state.setValues('userPrincipalName', p === '' && s === '' ? [] : [`${p}@${s}`]);
  const found = issueFor(state.issues, 'userPrincipalName');
  return (
    <div className={styles.upn}>
      <Field
        label="User logon name"
        validationState={found ? (found.severity === 'error' ? 'error' : 'warning') : 'none'}
        validationMessage={found?.message}
      >
        <Input
          readOnly={readOnly}
          appearance={readOnly ? 'filled-darker' : 'outline'}
          value={prefix}
          onChange={(_e, d) => setUpn(d.value, suffix)}
        />
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
  );
}
