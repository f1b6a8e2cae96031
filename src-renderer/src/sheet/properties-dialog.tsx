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
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from '../store/store.ts';
import { OutcomeBar } from './outcome-bar.tsx';
import { focusAfterDialogs } from '../keyboard/focus-after-dialog.ts';
import { useSheet, type SheetState } from './use-sheet.ts';
import { GeneralTab } from './tabs/general-tab.tsx';
import { ExchangeGeneralTab } from './tabs/exchange-general-tab.tsx';
import { CustomAttributesTab } from './tabs/custom-attributes-tab.tsx';
import { AttributeEditorTab } from './tabs/attribute-editor-tab.tsx';
import { RECIPIENT_TABS } from './tabs/recipient-tabs.tsx';

const useStyles = makeStyles({
  surface: { width: 'min(980px, 96vw)', maxWidth: 'none' },
  // Many tabs on a mail-enabled group: they wrap onto a second row instead of scrolling the sheet sideways.
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minHeight: '420px',
    overflowX: 'hidden',
  },
  tabs: { flexWrap: 'wrap' },
});

interface TabDef {
  id: string;
  label: string;
  show(state: SheetState): boolean;
  render(state: SheetState): ReactNode;
}

const has = (state: SheetState, attr: string) => (state.sheet?.allowed ?? []).some((a) => a.name === attr);

// Tabs by what the object may hold, the way ADUC shows a Members tab only on groups.
const TABS: TabDef[] = [
  { id: 'general', label: 'General', show: () => true, render: (s) => <GeneralTab state={s} /> },
  {
    id: 'exchange',
    label: 'Exchange General',
    show: (s) => has(s, 'proxyAddresses'),
    render: (s) => <ExchangeGeneralTab state={s} />,
  },
  {
    id: 'custom',
    label: 'Custom Attributes',
    show: (s) => has(s, 'extensionAttribute1'),
    render: (s) => <CustomAttributesTab state={s} />,
  },
  ...RECIPIENT_TABS,
  {
    id: 'attributes',
    label: 'Attribute Editor',
    show: () => true,
    render: (s) => <AttributeEditorTab state={s} />,
  },
];

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
  const tabs = TABS.filter((t) => t.show(state));
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];
  const panel = useRef<HTMLDivElement>(null);
  // Where focus was when the sheet was asked for (a row, the details pane), read while rendering:
  // by the time effects run the dialog has taken focus. It goes back there when the sheet closes.
  const origin = useRef<HTMLElement | null>(null);
  if (dn !== null && origin.current === null && document.activeElement instanceof HTMLElement)
    origin.current = document.activeElement;
  useEffect(() => {
    if (dn !== null || origin.current === null) return;
    const back = origin.current;
    origin.current = null;
    focusAfterDialogs(() => (back.isConnected ? back : null));
  }, [dn]);
  const loaded = state.sheet !== null;
  // The sheet opens on its first field, as ADUC's does, once the object has been read (until then
  // Fluent has put focus on the first button it found).
  useEffect(() => {
    if (!loaded) return;
    const frame = requestAnimationFrame(() =>
      panel.current
        ?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea, select')
        ?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [loaded, dn]);
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
                <div ref={panel} role="tabpanel" aria-label={current?.label}>
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
