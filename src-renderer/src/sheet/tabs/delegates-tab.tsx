import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { valuesOf } from '../../../../src-preload/shared/values.ts';
import { DnList } from '../../components/dn-list.tsx';
import { FieldList } from '../field-list.tsx';
import { DELEGATES } from '../tab-fields.ts';
import type { SheetState } from '../use-sheet.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * publicDelegates: who may send on behalf of this recipient (Exchange's GrantSendOnBehalfTo).
 * publicDelegatesBL is its back link, kept by the server: shown, never edited.
 */
export function DelegatesTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const reverse = valuesOf(state.sheet?.details.attributes ?? {}, 'publicDelegatesBL');
  const name = state.sheet?.details.row.name ?? 'this object';
  return (
    <div className={styles.stack}>
      <Text>Send on behalf: these may send messages on behalf of {name}.</Text>
      <FieldList fields={[DELEGATES]} state={state} />
      {!state.canWrite(DELEGATES.attr) && <Text size={200}>You may not change the delegates of {name}.</Text>}
      {reverse.length > 0 && (
        <>
          <Text weight="semibold">{name} may send on behalf of:</Text>
          <DnList label="May send on behalf of" values={reverse} emptyText="" />
        </>
      )}
    </div>
  );
}
