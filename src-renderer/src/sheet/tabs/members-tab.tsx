import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { addDn, removeDn } from '../../components/dn-values.ts';
import { DnList } from '../../components/dn-list.tsx';
import type { SheetState } from '../use-sheet.ts';
import { allowedName, valuesOf } from './sheet-values.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** A group's member list: edited in the draft and written by Apply like any other attribute. */
export function MembersTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const attr = allowedName(state.sheet?.allowed ?? [], 'member') ?? 'member';
  const members = valuesOf(state.draft, attr);
  const writable = state.canWrite(attr);
  const name = state.sheet?.details.row.name ?? 'this group';
  return (
    <div className={styles.stack}>
      <DnList
        label="Members"
        values={members}
        emptyText="This group has no members."
        {...(writable
          ? {
              onRemove: (dn: string) => state.setValues(attr, removeDn(members, dn)),
              onAdd: (ref: { dn: string }) => state.setValues(attr, addDn(members, ref.dn)),
            }
          : {})}
        pickLabel="Add a member"
        pickKinds="all"
      />
      {!writable && <Text size={200}>You may not change the members of {name}.</Text>}
    </div>
  );
}
