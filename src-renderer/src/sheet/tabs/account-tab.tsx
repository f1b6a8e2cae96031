import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { FieldList } from '../field-list.tsx';
import { ACCOUNT_FIELDS, ACCOUNT_OPTION_FIELDS } from '../aduc-fields.ts';
import type { SheetState } from '../use-sheet.ts';
import { UpnField } from './upn-field.tsx';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const PRE_WINDOWS_2000 = [{ attr: 'sAMAccountName', label: 'User logon name (pre-Windows 2000)' }];

/** ADUC's Account tab: logon names, account options (userAccountControl bits) and expiry. */
export function AccountTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <UpnField state={state} />
      <FieldList fields={PRE_WINDOWS_2000} state={state} />
      <Text weight="semibold">Account options</Text>
      <FieldList fields={ACCOUNT_OPTION_FIELDS} state={state} />
      <FieldList fields={ACCOUNT_FIELDS} state={state} />
    </div>
  );
}
