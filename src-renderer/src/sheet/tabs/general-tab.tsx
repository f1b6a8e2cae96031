import { valuesOf } from '../../../../src-preload/shared/values.ts';
import { FieldList } from '../field-list.tsx';
import { AccountStateLine } from './account-state-line.tsx';
import { GROUP_TYPE_FIELD, groupScopeField } from '../aduc-fields.ts';
import { GENERAL_FIELDS } from '../tab-fields.ts';
import type { SheetState } from '../use-sheet.ts';

/** ADUC's General tab; on a group it also carries the group's scope and type. */
export function GeneralTab({ state }: { state: SheetState }) {
  const isGroup = (state.sheet?.details.objectClass ?? []).some((c) => c.toLowerCase() === 'group');
  // The scope's choices depend on the scope read from the DC, not on a draft change of it.
  const scope = groupScopeField(valuesOf(state.base, 'groupType'));
  const account = state.sheet?.details.row.account ?? null;
  return (
    <>
      {account && <AccountStateLine account={account} />}
      <FieldList
        fields={isGroup ? [...GENERAL_FIELDS, scope, GROUP_TYPE_FIELD] : GENERAL_FIELDS}
        state={state}
      />
    </>
  );
}
