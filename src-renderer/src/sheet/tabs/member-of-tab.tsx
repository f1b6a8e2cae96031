import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeView } from '../../../../src-preload/contract/index.ts';
import { valuesOf } from '../../../../src-preload/shared/values.ts';
import { getApi } from '../../api/api.ts';
import { outcomeMessage } from '../../changes/change-status.ts';
import { firstRdnValue } from '../../components/dn-name.ts';
import { DnList } from '../../components/dn-list.tsx';
import { hasDn } from '../../components/dn-values.ts';
import type { SheetState } from '../use-sheet.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Report = { intent: 'success' | 'warning' | 'error'; text: string };

function reportOf(change: ChangeView): Report {
  const group = firstRdnValue(change.dn);
  const why = outcomeMessage(change);
  switch (change.status) {
    case 'applied':
      return { intent: 'success', text: `${group}: done.` };
    case 'conflict':
      return { intent: 'warning', text: `${group}: not changed, the group changed meanwhile. ${why}` };
    case 'rejected':
      return { intent: 'error', text: `${group}: not changed. ${why}` };
    default:
      return {
        intent: 'warning',
        text: `${group}: queued. ${why || 'It is applied when the domain controller answers.'}`,
      };
  }
}

/**
 * Groups this object belongs to. memberOf is a back link the server maintains, so joining or leaving
 * a group is a change on the GROUP's member attribute: staged here, and sent with the sheet's Apply
 * (or OK) together with the object's own edits, like every other tab.
 */
export function MemberOfTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const [problem, setProblem] = useState<string | null>(null);
  const details = state.sheet?.details;
  const staged = state.groupEdits;
  const isStaged = (dn: string, action: 'add' | 'remove') =>
    staged.some((g) => g.action === action && g.group.row.dn.toLowerCase() === dn.toLowerCase());
  const current = valuesOf(details?.attributes ?? {}, 'memberOf');
  const shown = [
    ...current.filter((dn) => !isStaged(dn, 'remove')),
    ...staged.filter((g) => g.action === 'add').map((g) => g.group.row.dn),
  ];
  const writable = details?.readOnly !== true && (details?.writable.length ?? 0) > 0;

  async function stage(groupDn: string, action: 'add' | 'remove') {
    setProblem(null);
    if (action === 'remove' && isStaged(groupDn, 'add')) return state.unstageGroup(groupDn);
    // The change needs the group's objectGUID: read it once, now.
    const group = await getApi()['directory.read']({ dn: groupDn });
    if (!group.ok) return setProblem(group.error.message);
    if (action === 'add' && !group.value.writable.some((a) => a.toLowerCase() === 'member'))
      return setProblem(`You may not change the members of ${group.value.row.name}.`);
    state.stageGroup(group.value, action);
  }

  return (
    <div className={styles.stack}>
      <DnList
        label="Member of"
        values={shown}
        emptyText="Not a member of any group (other than its primary group)."
        note={(dn) => (isStaged(dn, 'add') ? '(joins on Apply)' : null)}
        {...(writable
          ? {
              onRemove: (dn: string) => void stage(dn, 'remove'),
              onAdd: (ref: { dn: string }) => {
                if (!hasDn(shown, ref.dn)) void stage(ref.dn, 'add');
              },
            }
          : {})}
        pickLabel="Add to group…"
        pickKinds="groups"
      />
      {staged.some((g) => g.action === 'remove') && (
        <Text size={200}>
          Leaves on Apply:{' '}
          {staged
            .filter((g) => g.action === 'remove')
            .map((g) => g.group.row.name)
            .join(', ')}
        </Text>
      )}
      <Text size={200}>
        The primary group (usually Domain Users) is not listed. Group changes are written with Apply or OK.
      </Text>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {state.groupOutcomes.map((change) => {
        const report = reportOf(change);
        return (
          <MessageBar
            key={change.id}
            intent={report.intent}
            role={report.intent === 'success' ? 'status' : 'alert'}
          >
            <MessageBarBody>{report.text}</MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}
