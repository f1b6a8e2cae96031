import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeView } from '../../../../src-preload/contract/index.ts';
import { getApi } from '../../api/api.ts';
import { outcomeMessage } from '../../changes/change-status.ts';
import { firstRdnValue } from '../../components/dn-name.ts';
import { DnList } from '../../components/dn-list.tsx';
import { membershipChange } from '../../components/group-change.ts';
import { ObjectPicker } from '../../components/object-picker.tsx';
import type { SheetState } from '../use-sheet.ts';
import { valuesOf } from './sheet-values.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Report = { intent: 'success' | 'warning' | 'error'; text: string };

function reportOf(change: ChangeView, done: string): Report {
  const why = outcomeMessage(change);
  switch (change.status) {
    case 'applied':
      return { intent: 'success', text: done };
    case 'conflict':
      return { intent: 'warning', text: `Not changed: the group changed meanwhile. ${why}` };
    case 'rejected':
      return { intent: 'error', text: `Not changed: ${why}` };
    default:
      return {
        intent: 'warning',
        text: `Queued: ${why || 'it is applied when the domain controller answers.'}`,
      };
  }
}

/**
 * Groups this object belongs to. memberOf is a back link the server maintains, so joining or leaving
 * a group is a change on the GROUP's member attribute, applied at once (not with the sheet's Apply).
 */
export function MemberOfTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const details = state.sheet?.details;
  const groups = valuesOf(details?.attributes ?? {}, 'memberOf');
  const name = details?.row.name ?? 'this object';
  // Main pushes this object back after the group's change (its memberOf moved); the push keeps
  // whatever is still unsaved in other tabs, so those need not be applied first.
  const blocked = busy || details?.readOnly === true;

  async function change(groupDn: string, action: 'add' | 'remove') {
    if (!details) return;
    setBusy(true);
    setReport(null);
    try {
      const api = getApi();
      const group = await api['directory.read']({ dn: groupDn });
      if (!group.ok) {
        setReport({ intent: 'error', text: group.error.message });
        return;
      }
      const result = await api['changes.submit']({
        changes: [membershipChange(group.value, [details.row.dn], action)],
      });
      const submitted = result.ok ? result.value[0] : undefined;
      if (!result.ok || !submitted) {
        setReport({
          intent: 'error',
          text: result.ok ? 'The change was not recorded.' : result.error.message,
        });
        return;
      }
      const groupName = group.value.row.name;
      const done =
        action === 'add' ? `${name} was added to ${groupName}.` : `${name} was removed from ${groupName}.`;
      setReport(reportOf(submitted, done));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.stack}>
      <DnList
        label="Member of"
        values={groups}
        emptyText="Not a member of any group (other than its primary group)."
        disabled={blocked}
        onRemove={(dn) => setRemoving(dn)}
      />
      {removing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Remove {name} from {firstRdnValue(removing)}? This changes the group at once.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              disabled={blocked}
              onClick={() => {
                const dn = removing;
                setRemoving(null);
                void change(dn, 'remove');
              }}
            >
              Remove from group
            </Button>
            <Button size="small" onClick={() => setRemoving(null)}>
              Cancel
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ObjectPicker
        label="Add to group…"
        kinds="groups"
        disabled={blocked}
        exclude={groups}
        onPick={(ref) => void change(ref.dn, 'add')}
      />
      <Text size={200}>
        The primary group (usually Domain Users) is not listed. Group changes are written at once; your other
        edits stay until you apply them.
      </Text>
      {report && (
        <MessageBar intent={report.intent} role={report.intent === 'success' ? 'status' : 'alert'}>
          <MessageBarBody>{report.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
