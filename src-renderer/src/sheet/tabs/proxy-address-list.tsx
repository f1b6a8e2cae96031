import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { Delete16Regular, Star16Filled, Star16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { addressOf, isPrimary, isSmtp, makePrimary, normalizeNewValue } from '../proxy-list.ts';
import type { SheetState } from '../use-sheet.ts';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '180px',
    overflowY: 'auto',
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  value: { flexGrow: 1, wordBreak: 'break-all' },
  primary: { fontWeight: tokens.fontWeightSemibold },
  add: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    marginTop: tokens.spacingVerticalS,
  },
  grow: { flexGrow: 1 },
});

/** E-mail addresses (proxyAddresses): add, remove, set as primary. The primary is also written to mail. */
export function ProxyAddressList({ state }: { state: SheetState }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const list = state.draft.proxyAddresses ?? [];
  const readOnly = !state.canWrite('proxyAddresses');
  const problems = state.issues.filter((i) => i.field === 'proxyAddresses');

  function setPrimary(address: string) {
    state.setValues('proxyAddresses', makePrimary(list, address));
    if (state.canWrite('mail')) state.setValues('mail', [address]);
  }

  function add() {
    if (text.trim() === '') return;
    state.setValues('proxyAddresses', [...list, normalizeNewValue(text)]);
    setText('');
  }

  return (
    <Field label="E-mail addresses (proxyAddresses)">
      <ul className={styles.list} aria-label="E-mail addresses">
        {list.map((value) => (
          <li key={value} className={styles.item} data-value={value}>
            {isPrimary(value) ? <Star16Filled aria-label="Primary" /> : <Star16Regular aria-hidden />}
            <span className={isPrimary(value) ? `${styles.value} ${styles.primary}` : styles.value}>
              {value}
            </span>
            {isSmtp(value) && !isPrimary(value) && (
              <Button
                size="small"
                appearance="subtle"
                disabled={readOnly}
                onClick={() => setPrimary(addressOf(value))}
              >
                Set as primary
              </Button>
            )}
            <Button
              size="small"
              appearance="subtle"
              icon={<Delete16Regular />}
              aria-label={`Remove ${value}`}
              disabled={readOnly}
              onClick={() =>
                state.setValues(
                  'proxyAddresses',
                  list.filter((v) => v !== value),
                )
              }
            />
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className={styles.add}>
          <Field
            label="New address"
            className={styles.grow}
            hint="name@domain, or a prefixed value such as X500:/o=…"
          >
            <Input
              value={text}
              onChange={(_e, d) => setText(d.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
          </Field>
          <Button onClick={add}>Add</Button>
        </div>
      )}
      {problems.map((p) => (
        <MessageBar key={p.code + (p.value ?? '')} intent={p.severity === 'error' ? 'error' : 'warning'}>
          <MessageBarBody>{p.message}</MessageBarBody>
        </MessageBar>
      ))}
    </Field>
  );
}
