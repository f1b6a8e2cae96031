import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ErrorInfo, GuidedFixView } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { CommandBox } from './command-box.tsx';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  step: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  current: { border: `2px solid ${tokens.colorBrandStroke1}` },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const STATUS_TEXT = { done: 'Done', current: 'Now', todo: 'Later' } as const;

/** A fix's steps: the current one open with its why, its command, its action and its check. */
export function GuidedSteps({ fix, readOnly }: { fix: GuidedFixView; readOnly: boolean }) {
  const styles = useStyles();
  const [busy, setBusy] = useState<'run' | 'check' | 'cancel' | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const currentRef = useRef<HTMLLIElement>(null);
  // The step to do next is brought into view when the fix moves on (or is opened).
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [fix.id, fix.step]);

  async function call(what: 'run' | 'check' | 'cancel') {
    setBusy(what);
    setError(null);
    // The answer is pushed too (onGuidedFixChanged): the list shows it from there.
    const result = await getApi()[`guided.${what}`]({ id: fix.id });
    setBusy(null);
    if (!result.ok) setError(result.error);
  }

  return (
    <div>
      <ol className={styles.list} aria-label={`Steps of ${fix.title}`}>
        {fix.steps.map((step, i) => {
          const current = step.status === 'current';
          return (
            <li
              key={step.key}
              ref={current ? currentRef : undefined}
              className={current ? `${styles.step} ${styles.current}` : styles.step}
              aria-current={current ? 'step' : undefined}
            >
              <div className={styles.head}>
                <Badge
                  appearance={current ? 'filled' : 'outline'}
                  color={step.status === 'done' ? 'success' : current ? 'brand' : 'informative'}
                >
                  {STATUS_TEXT[step.status]}
                </Badge>
                <Text weight="semibold">{`${i + 1}. ${step.title}`}</Text>
              </div>
              {current && (
                <>
                  <Text>{step.explain}</Text>
                  {step.command && <CommandBox label="Run this" command={step.command} />}
                  {!readOnly && (
                    <div className={styles.actions}>
                      {step.action && (
                        <Button
                          appearance="primary"
                          disabled={busy !== null}
                          onClick={() => void call('run')}
                        >
                          {step.action}
                        </Button>
                      )}
                      <Button
                        appearance={step.action ? 'secondary' : 'primary'}
                        disabled={busy !== null}
                        onClick={() => void call('check')}
                      >
                        {step.checkLabel}
                      </Button>
                      {busy !== null && busy !== 'cancel' && <Spinner size="tiny" label="Working…" />}
                    </div>
                  )}
                </>
              )}
              {step.lastCheck && (current || step.status === 'done') && (
                <MessageBar intent={step.lastCheck.ok ? 'success' : 'warning'}>
                  <MessageBarBody>{step.lastCheck.text}</MessageBarBody>
                </MessageBar>
              )}
            </li>
          );
        })}
      </ol>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {fix.status === 'open' && !readOnly && (
        <div className={styles.actions}>
          <Button appearance="subtle" disabled={busy !== null} onClick={() => void call('cancel')}>
            Abandon this fix
          </Button>
        </div>
      )}
    </div>
  );
}
