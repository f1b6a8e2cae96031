import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ConnectionProfile } from '../../../src-preload/contract/index.ts';
import { useStore } from '../store/store.ts';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: 0 },
  // Never narrower than its label, at any zoom.
  button: { flexShrink: 0, minWidth: 'max-content' },
  input: { minWidth: 0, width: '100%' },
});

export const NEW_PROFILE = '__new__';

interface Props {
  selected: string;
  onSelect(id: string): void;
  name: string;
  onNameChange(name: string): void;
  busy: boolean;
}

/**
 * Which profile the dialog edits, and the two things done to a saved profile without connecting:
 * renaming it (its name only, whatever else the form holds) and deleting it (after asking).
 */
export function ProfilePicker({ selected, onSelect, name, onNameChange, busy }: Props) {
  const styles = useStyles();
  const profiles = useStore((s) => s.profiles);
  const renameProfile = useStore((s) => s.renameProfile);
  const deleteProfile = useStore((s) => s.deleteProfile);
  const [confirming, setConfirming] = useState<ConnectionProfile | null>(null);
  const saved = profiles.find((p) => p.id === selected);
  const renamed = saved !== undefined && name.trim() !== '' && name.trim() !== saved.name;

  return (
    <>
      <div className={styles.row}>
        <Field label="Profile" className={styles.grow}>
          <Dropdown
            className={styles.input}
            value={saved?.name ?? 'New profile'}
            selectedOptions={[selected]}
            onOptionSelect={(_e, data) => {
              setConfirming(null);
              onSelect(data.optionValue ?? NEW_PROFILE);
            }}
          >
            <Option value={NEW_PROFILE}>New profile</Option>
            {profiles.map((p) => (
              <Option key={p.id} value={p.id}>
                {p.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {saved && (
          <Button className={styles.button} disabled={busy} onClick={() => setConfirming(saved)}>
            Delete profile
          </Button>
        )}
      </div>
      {confirming && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Delete the profile “{confirming.name}” and its saved password? Changes queued for it stay in the
            journal.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={async () => {
                if (await deleteProfile(confirming.id)) onSelect(NEW_PROFILE);
                setConfirming(null);
              }}
            >
              Delete
            </Button>
            <Button onClick={() => setConfirming(null)}>Keep it</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Field label="Profile name" className={styles.grow}>
          <Input
            className={styles.input}
            value={name}
            onChange={(_e, d) => onNameChange(d.value)}
            placeholder="Head office DC"
          />
        </Field>
        {saved && (
          <Button
            className={styles.button}
            disabled={busy || !renamed}
            onClick={() => void renameProfile(saved.id, name.trim())}
          >
            Rename
          </Button>
        )}
      </div>
    </>
  );
}
