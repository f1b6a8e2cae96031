import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStore } from '../store/store.ts';
import { currentTreeItem, focusAfterDialogs } from '../keyboard/focus-after-dialog.ts';

const useStyles = makeStyles({
  hint: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
});

/**
 * What the empty tree says before anything is open. A first start (no profile saved) also offers
 * the sample directory right there: someone who just ran `npm start` without a DC sees something
 * to explore in one click instead of an empty frame.
 */
export function StartHint() {
  const styles = useStyles();
  const firstStart = useStore((s) => s.profiles.length === 0);
  const openSample = useStore((s) => s.openSample);
  const openDialog = useStore((s) => s.openDialog);
  const [busy, setBusy] = useState(false);
  return (
    <div className={styles.hint}>
      <Text>Connect to a domain controller to browse.</Text>
      {firstStart && (
        <>
          <Button appearance="primary" onClick={() => openDialog('connect')}>
            Connect…
          </Button>
          <Text>No domain controller at hand?</Text>
          <Button
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              if (await openSample()) focusAfterDialogs(currentTreeItem);
              setBusy(false);
            }}
          >
            Open the sample directory
          </Button>
        </>
      )}
    </div>
  );
}
