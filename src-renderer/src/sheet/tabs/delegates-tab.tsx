import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { addDn, removeDn } from '../../components/dn-values.ts';
import { DnList } from '../../components/dn-list.tsx';
import type { SheetState } from '../use-sheet.ts';
import { allowedName, valuesOf } from './sheet-values.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * publicDelegates: who may send on behalf of this recipient (Exchange's GrantSendOnBehalfTo).
 * publicDelegatesBL is its back link, kept by the server: shown, never edited.
 */
export function DelegatesTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const attr = allowedName(state.sheet?.allowed ?? [], 'publicDelegates') ?? 'publicDelegates';
  const delegates = valuesOf(state.draft, attr);
  const reverse = valuesOf(state.sheet?.details.attributes ?? {}, 'publicDelegatesBL');
  const writable = state.canWrite(attr);
  const name = state.sheet?.details.row.name ?? 'this object';
  return (
    <div className={styles.stack}>
      <Text weight="semibold">Send on behalf: these may send messages on behalf of {name}</Text>
      <DnList
        label="Delegates"
        values={delegates}
        emptyText="Nobody may send on behalf of this recipient."
        {...(writable
          ? {
              onRemove: (dn: string) => state.setValues(attr, removeDn(delegates, dn)),
              onAdd: (ref: { dn: string }) => state.setValues(attr, addDn(delegates, ref.dn)),
            }
          : {})}
        pickLabel="Add a delegate"
        pickKinds="all"
        pickHint="A user, contact or mail-enabled group"
      />
      {!writable && <Text size={200}>You may not change the delegates of {name}.</Text>}
      {reverse.length > 0 && (
        <>
          <Text weight="semibold">{name} may send on behalf of:</Text>
          <DnList label="May send on behalf of" values={reverse} emptyText="" />
        </>
      )}
    </div>
  );
}
