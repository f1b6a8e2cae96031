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
import { AppError } from '../../../../src-preload/contract/errors.ts';
import {
  addProxyAddress,
  parseProxyAddress,
  primarySmtp,
  setPrimary,
  typedProxyValue,
} from '../../../../src-preload/shared/recipients/proxy-addresses.ts';
import type { SheetState } from '../use-sheet.ts';
import { sizes } from '../../theme/sizes.ts';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: sizes.listMaxHeight,
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
  const [refusal, setRefusal] = useState<string | null>(null);
  const list = state.draft.proxyAddresses ?? [];
  const readOnly = !state.canWrite('proxyAddresses');
  const problems = state.issues.filter((i) => i.field === 'proxyAddresses');

  /** The new list, and mail with it when the primary changed: the two must name the same address. */
  function write(next: string[]) {
    const primary = primarySmtp(next);
    state.setValues('proxyAddresses', next);
    if (primary !== undefined && primary !== primarySmtp(list) && state.canWrite('mail')) {
      state.setValues('mail', [primary]);
    }
  }

  function add() {
    if (text.trim() === '') return;
    try {
      write(addProxyAddress(list, typedProxyValue(text)));
      setText('');
      setRefusal(null);
    } catch (error) {
      // A duplicate (AD compares without case) is refused here, with the copy already listed.
      if (!(error instanceof AppError)) throw error;
      setRefusal(error.message);
    }
  }

  return (
    <Field label="E-mail addresses (proxyAddresses)">
      <ul className={styles.list} aria-label="E-mail addresses">
        {list.map(parseProxyAddress).map(({ raw: value, type, address, primary }) => (
          <li key={value} className={styles.item} data-value={value}>
            {primary ? <Star16Filled aria-label="Primary" /> : <Star16Regular aria-hidden />}
            <span className={primary ? `${styles.value} ${styles.primary}` : styles.value}>{value}</span>
            {type === 'smtp' && !primary && (
              <Button
                size="small"
                appearance="subtle"
                disabled={readOnly}
                onClick={() => write(setPrimary(list, address))}
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
              // Exactly this value: of a pair AD calls equal (bad data), the admin removes one copy.
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
              onChange={(_e, d) => {
                setText(d.value);
                setRefusal(null);
              }}
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
      {refusal !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      )}
      {problems.map((p) => (
        <MessageBar key={p.code + (p.value ?? '')} intent={p.severity === 'error' ? 'error' : 'warning'}>
          <MessageBarBody>{p.message}</MessageBarBody>
        </MessageBar>
      ))}
    </Field>
  );
}
