import {
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  flagsWithNotify,
  moderationFromAd,
  type ModerationNotify,
} from '../../../../src-preload/shared/recipients/moderation.ts';
import { addDn, removeDn } from '../../components/dn-values.ts';
import { DnList } from '../../components/dn-list.tsx';
import type { SheetState } from '../use-sheet.ts';
import { allowedName, readTriState, switchValues, valuesOf } from './sheet-values.ts';

const NOTIFY_OPTIONS: { value: ModerationNotify; label: string }[] = [
  { value: 'always', label: 'Notify all senders when their messages are not approved' },
  { value: 'internal', label: 'Notify senders in your organisation only' },
  { value: 'never', label: "Don't notify anyone" },
];

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { marginTop: tokens.spacingVerticalS },
});

function DnAttribute({
  state,
  attr,
  label,
  emptyText,
}: {
  state: SheetState;
  attr: string;
  label: string;
  emptyText: string;
}) {
  const values = valuesOf(state.draft, attr);
  return (
    <DnList
      label={label}
      values={values}
      emptyText={emptyText}
      {...(state.canWrite(attr)
        ? {
            onRemove: (dn: string) => state.setValues(attr, removeDn(values, dn)),
            onAdd: (ref: { dn: string }) => state.setValues(attr, addDn(values, ref.dn)),
          }
        : {})}
      pickLabel={`Add to "${label}"`}
    />
  );
}

/** Message approval: moderators approve messages to the group; the bypass list skips approval. */
export function ModerationTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const allowed = state.sheet?.allowed ?? [];
  const enableAttr = allowedName(allowed, 'msExchEnableModeration') ?? 'msExchEnableModeration';
  const flagsAttr = allowedName(allowed, 'msExchModerationFlags');
  const moderatorsAttr = allowedName(allowed, 'msExchModeratedByLink');
  const bypassAttr = allowedName(allowed, 'msExchBypassModerationLink');
  const enabled = readTriState(valuesOf(state.draft, enableAttr)) === 'TRUE';
  const flags = flagsAttr ? valuesOf(state.draft, flagsAttr) : [];
  const notify = moderationFromAd({ msExchModerationFlags: flags }).notify;
  const moderators = moderatorsAttr ? valuesOf(state.draft, moderatorsAttr) : [];
  const owners = [...valuesOf(state.draft, 'managedBy'), ...valuesOf(state.draft, 'msExchCoManagedByLink')];
  return (
    <div className={styles.stack}>
      <Switch
        label="Messages sent to this group have to be approved by a moderator"
        checked={enabled}
        disabled={!state.canWrite(enableAttr)}
        onChange={(_e, d) =>
          state.setValues(enableAttr, switchValues(d.checked, valuesOf(state.base, enableAttr)))
        }
      />
      {enabled && moderators.length === 0 && owners.length === 0 && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            The group has no moderators and no owners, so nobody could approve messages. Add a moderator.
          </MessageBarBody>
        </MessageBar>
      )}
      {moderatorsAttr && (
        <>
          <Text weight="semibold" className={styles.heading}>
            Group moderators
          </Text>
          <DnAttribute state={state} attr={moderatorsAttr} label="Moderators" emptyText="No moderators." />
          <Text size={200}>With no moderator, the group's owners (Managed by) approve messages.</Text>
        </>
      )}
      {bypassAttr && (
        <>
          <Text weight="semibold" className={styles.heading}>
            Senders who don't require message approval
          </Text>
          <DnAttribute state={state} attr={bypassAttr} label="Bypass moderation" emptyText="Nobody." />
        </>
      )}
      {flagsAttr && (
        <Field label="Notify senders when their messages are not approved">
          <Dropdown
            disabled={!state.canWrite(flagsAttr)}
            value={NOTIFY_OPTIONS.find((o) => o.value === notify)?.label ?? ''}
            selectedOptions={[notify]}
            onOptionSelect={(_e, d) => {
              const next = NOTIFY_OPTIONS.find((o) => o.value === d.optionValue)?.value;
              if (next) state.setValues(flagsAttr, flagsWithNotify(next, flags));
            }}
          >
            {NOTIFY_OPTIONS.map((o) => (
              <Option key={o.value} value={o.value}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </div>
  );
}
