import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { FieldList } from '../field-list.tsx';
import { MEMBERS } from '../tab-fields.ts';
import type { SheetState } from '../use-sheet.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** A group's member list: edited in the draft and written by Apply like any other attribute. */
export function MembersTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const name = state.sheet?.details.row.name ?? 'this group';
  return (
    <div className={styles.stack}>
      <FieldList fields={[MEMBERS]} state={state} />
      {!state.canWrite(MEMBERS.attr) && <Text size={200}>You may not change the members of {name}.</Text>}
    </div>
  );
}
