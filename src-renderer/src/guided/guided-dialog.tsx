import {
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Divider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { GuidedFixView } from '../../../src-preload/contract/index.ts';
import { useStore } from '../store/store.ts';
import { GuidedSteps } from './guided-steps.tsx';
import { StartFixForm } from './start-fix-form.tsx';
import { SyncNowPanel } from './sync-now-panel.tsx';
import { useGuidedFixes } from './use-guided-fixes.ts';

const useStyles = makeStyles({
  surface: { width: 'min(1100px, 96vw)', maxWidth: 'none', height: 'min(820px, 92vh)' },
  body: { height: '100%', maxHeight: 'none' },
  content: {
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 1fr) 2fr',
    gap: tokens.spacingHorizontalL,
    minHeight: 0,
  },
  side: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    overflowY: 'auto',
    minHeight: 0,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    overflowY: 'auto',
    minHeight: 0,
  },
  fixes: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  fix: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    height: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
  },
  fixText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  // Fluent's Divider grows by default; here it only heads the section below it.
  divider: { flexGrow: 0 },
  clip: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

function progressText(fix: GuidedFixView): string {
  if (fix.status === 'done') return 'Done';
  if (fix.status === 'cancelled') return 'Abandoned';
  return `Step ${fix.step + 1} of ${fix.steps.length}`;
}

/** Guided fixes for the known sync problems: resumable wizards whose every step is checked. */
export function GuidedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const styles = useStyles();
  const readOnly = useStore((s) => s.connection.readOnly);
  const { state, error, setSettings } = useGuidedFixes(open);
  const [chosen, setChosen] = useState<number | 'new' | null>(null);
  const fixes = state?.fixes ?? [];
  // An open fix is shown first: resuming is the usual reason to come back.
  useEffect(() => {
    if (open && chosen === null && state !== null)
      setChosen(state.fixes.find((f) => f.status === 'open')?.id ?? 'new');
  }, [open, chosen, state]);
  useEffect(() => {
    if (!open) setChosen(null);
  }, [open]);
  const fix = typeof chosen === 'number' ? fixes.find((f) => f.id === chosen) : undefined;

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody className={styles.body}>
          <DialogTitle
            action={
              <Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={onClose} />
            }
          >
            Guided fixes
          </DialogTitle>
          <DialogContent className={styles.content}>
            <div className={styles.side}>
              {!readOnly && (
                <Button
                  appearance={chosen === 'new' ? 'primary' : 'secondary'}
                  onClick={() => setChosen('new')}
                >
                  Start a fix…
                </Button>
              )}
              <ul className={styles.fixes} aria-label="Fixes">
                {fixes.map((f) => (
                  <li key={f.id}>
                    <Button
                      appearance={f.id === chosen ? 'primary' : 'subtle'}
                      className={styles.fix}
                      aria-pressed={f.id === chosen}
                      onClick={() => setChosen(f.id)}
                    >
                      <span className={styles.fixText}>
                        <span className={styles.clip}>{f.title}</span>
                        <Text size={200} className={styles.clip}>{`${progressText(f)} · ${f.subject}`}</Text>
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
              {state !== null && fixes.length === 0 && <Text>No fixes yet for this connection.</Text>}
              <Divider className={styles.divider}>Sync now</Divider>
              {state && (
                <SyncNowPanel canRun={state.canRunSync} settings={state.settings} onSettings={setSettings} />
              )}
            </div>
            <div className={styles.main}>
              {error && (
                <MessageBar intent="error">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              )}
              {readOnly && (
                <MessageBar intent="info">
                  <MessageBarBody>This connection is read-only: fixes are shown, not run.</MessageBarBody>
                </MessageBar>
              )}
              {chosen === 'new' && state && !readOnly && (
                <StartFixForm settings={state.settings} onStarted={(f) => setChosen(f.id)} />
              )}
              {fix && (
                <>
                  <Text as="h3" weight="semibold" size={400}>
                    {fix.title}
                  </Text>
                  <Text>{`${fix.subject} · ${progressText(fix)}`}</Text>
                  <GuidedSteps fix={fix} readOnly={readOnly} />
                </>
              )}
            </div>
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
