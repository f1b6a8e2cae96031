import { Combobox, Field, makeStyles, Option, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ObjectRef } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { parentDn } from './dn-name.ts';
import { hasDn } from './dn-values.ts';

export type PickKinds = 'all' | 'users' | 'groups' | 'contacts';

export interface ObjectPickerProps {
  label: string;
  kinds?: PickKinds;
  onPick(ref: ObjectRef): void;
  disabled?: boolean;
  hint?: string;
  /** DNs already chosen: not offered again. */
  exclude?: readonly string[];
  limit?: number;
}

const DEBOUNCE_MS = 250;

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  combo: { flexGrow: 1 },
});

const KIND_WORDS: Record<string, string> = { user: 'User', group: 'Group', contact: 'Contact' };

/**
 * ADUC's "Select Users, Contacts, or Groups" as a combobox: types ahead against the directory (ANR,
 * debounced) and hands the chosen object to onPick. Arrow keys move through the matches, Enter picks.
 */
export function ObjectPicker({
  label,
  kinds = 'all',
  onPick,
  disabled,
  hint,
  exclude = [],
  limit = 25,
}: ObjectPickerProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [found, setFound] = useState<ObjectRef[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const ticket = useRef(0);

  useEffect(() => {
    const query = text.trim();
    const mine = ++ticket.current;
    if (query === '') {
      setFound([]);
      setBusy(false);
      return;
    }
    const timer = setTimeout(async () => {
      setBusy(true);
      const result = await getApi()['objects.pick']({ text: query, kinds, limit });
      // Answers to older keystrokes arrive late sometimes: only the newest one counts.
      if (mine !== ticket.current) return;
      setBusy(false);
      if (result.ok) {
        setFound(result.value);
        setError(null);
      } else {
        setFound([]);
        setError(result.error.message);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, kinds, limit]);

  const offered = found.filter((ref) => !hasDn(exclude, ref.dn));
  const noMatch = text.trim() !== '' && !busy && offered.length === 0 && !error;

  return (
    <Field
      label={label}
      hint={hint}
      validationState={error ? 'error' : 'none'}
      validationMessage={error ?? undefined}
    >
      <div className={styles.row}>
        <Combobox
          className={styles.combo}
          freeform
          disabled={disabled}
          placeholder="Type the beginning of a name"
          value={text}
          // Opened by hand: the list must appear when results arrive, not only on a keystroke.
          open={open && (offered.length > 0 || noMatch)}
          onOpenChange={(_e, data) => setOpen(data.open)}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_e, data) => {
            const ref = offered.find((r) => r.dn === data.optionValue);
            if (!ref) return;
            onPick(ref);
            setOpen(false);
            setText('');
            setFound([]);
          }}
        >
          {offered.map((ref) => (
            <Option key={ref.dn} value={ref.dn} text={ref.name}>
              <div className={styles.option}>
                <span>{ref.name}</span>{' '}
                <span className={styles.where}>
                  {KIND_WORDS[ref.kind] ?? ref.kind} · {parentDn(ref.dn)}
                </span>
              </div>
            </Option>
          ))}
          {noMatch && (
            <Option disabled value="" text="">
              No matching objects
            </Option>
          )}
        </Combobox>
        {busy && <Spinner size="tiny" aria-label="Searching" />}
      </div>
    </Field>
  );
}
