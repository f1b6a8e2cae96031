import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useStore } from '../store/store.ts';
import { OutcomeBar } from './outcome-bar.tsx';
import { SHEET_TABS } from './sheet-tabs.tsx';
import { useSheet } from './use-sheet.ts';
import { sizes } from '../theme/sizes.ts';

const useStyles = makeStyles({
  surface: { width: sizes.sheetWidth, maxWidth: 'none' },
  // Many tabs on a mail-enabled group: they wrap onto a second row instead of scrolling the sheet sideways.
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minHeight: sizes.sheetMinHeight,
    overflowX: 'hidden',
  },
  tabs: { flexWrap: 'wrap' },
});

/** ADUC's property sheet with the O365 tabs; OK applies and closes, Apply applies and stays. */
export function PropertiesDialog() {
  const styles = useStyles();
  const dn = useStore((s) => s.propertiesDn);
  const openProperties = useStore((s) => s.openProperties);
  const state = useSheet(dn);
  const [tab, setTab] = useState('general');
  const close = () => {
    openProperties(null);
    setTab('general');
  };
  const blocked = !state.canApply || state.busy;
  const tabs = SHEET_TABS.filter((t) => t.show(state));
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];
  return (
    <Dialog open={dn !== null} onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>
            {state.sheet ? `${state.sheet.details.row.name} Properties` : 'Properties'}
          </DialogTitle>
          <DialogContent className={styles.content}>
            {state.loadError ? (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{state.loadError.message}</MessageBarBody>
              </MessageBar>
            ) : !state.sheet ? (
              <Spinner label="Reading the object…" />
            ) : (
              <>
                <TabList
                  className={styles.tabs}
                  selectedValue={current?.id}
                  onTabSelect={(_e, d) => setTab(String(d.value))}
                >
                  {tabs.map((t) => (
                    <Tab key={t.id} value={t.id}>
                      {t.label}
                    </Tab>
                  ))}
                </TabList>
                <div role="tabpanel" aria-label={current?.label}>
                  {current?.render(state)}
                </div>
                <OutcomeBar state={state} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={blocked}
              onClick={async () => {
                if (await state.apply()) close();
              }}
            >
              OK
            </Button>
            <Button onClick={close}>Cancel</Button>
            <Button disabled={blocked || !state.dirty} onClick={() => void state.apply()}>
              Apply
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
