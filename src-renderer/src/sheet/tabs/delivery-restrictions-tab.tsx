import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { valuesOf } from '../../../../src-preload/shared/values.ts';
import { DnList } from '../../components/dn-list.tsx';
import { hasDn } from '../../components/dn-values.ts';
import type { SheetState } from '../use-sheet.ts';
import {
  ACCEPT,
  addSender,
  REJECT,
  removeSender,
  type PairValues,
  type RestrictionPair,
} from './delivery-restrictions.ts';
import { FieldList } from '../field-list.tsx';
import { REQUIRE_AUTHENTICATED_SENDERS } from '../tab-fields.ts';
import { allowedName } from './sheet-values.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function RestrictionList({
  state,
  pair,
  label,
  emptyText,
}: {
  state: SheetState;
  pair: RestrictionPair;
  label: string;
  emptyText: string;
}) {
  const styles = useStyles();
  const allowed = state.sheet?.allowed ?? [];
  const people = allowedName(allowed, pair.people);
  const groups = allowedName(allowed, pair.groups);
  const values: PairValues = {
    people: people ? valuesOf(state.draft, people) : [],
    groups: groups ? valuesOf(state.draft, groups) : [],
  };
  const writable = !!people && !!groups && state.canWrite(people) && state.canWrite(groups);
  function write(next: PairValues) {
    if (!people || !groups) return;
    state.setValues(people, next.people);
    state.setValues(groups, next.groups);
  }
  return (
    <div className={styles.section}>
      <Text weight="semibold">{label}</Text>
      <DnList
        label={label}
        values={[...values.people, ...values.groups]}
        emptyText={emptyText}
        note={(dn) => (hasDn(values.groups, dn) ? '(members of this group)' : null)}
        {...(writable
          ? {
              onRemove: (dn: string) => write(removeSender(values, dn)),
              onAdd: (ref: { dn: string; kind: string }) => write(addSender(values, ref.dn, ref.kind)),
            }
          : {})}
        pickLabel={`Add to "${label}"`}
        pickHint="A group stands for its members."
      />
    </div>
  );
}

/** Exchange's Message Delivery Restrictions: who may send to this recipient, who may not. */
export function DeliveryRestrictionsTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const name = state.sheet?.details.row.name ?? 'this recipient';
  return (
    <div className={styles.stack}>
      <RestrictionList
        state={state}
        pair={ACCEPT}
        label="Accept messages only from"
        emptyText="All senders (nobody listed)."
      />
      <RestrictionList
        state={state}
        pair={REJECT}
        label="Reject messages from"
        emptyText="No senders (nobody listed)."
      />
      <FieldList fields={[REQUIRE_AUTHENTICATED_SENDERS]} state={state} />
      {!state.canWrite(ACCEPT.people) && (
        <Text size={200}>You may not change the delivery restrictions of {name}.</Text>
      )}
    </div>
  );
}
