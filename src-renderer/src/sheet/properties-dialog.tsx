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
  MessageBarActions,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../store/store.ts';
import { focusAfterDialogs } from '../keyboard/focus-after-dialog.ts';
import { OutcomeBar } from './outcome-bar.tsx';
import { CloudManagedNotice } from '../cloud/cloud-managed-notice.tsx';
import { useCloudView } from '../cloud/use-cloud-view.ts';
import { SHEET_TABS } from './sheet-tabs.tsx';
import { SheetTabStrip } from './sheet-tab-strip.tsx';
import { useSheet, type SheetState } from './use-sheet.ts';
import { sizes } from '../theme/sizes.ts';

const useStyles = makeStyles({
  surface: { width: sizes.sheetWidth, maxWidth: 'none' },
  // One size for every tab: the strip and the outcome stay put, only the tab's own body scrolls.
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    height: sizes.sheetBodyHeight,
    overflow: 'hidden',
  },
  panel: { flexGrow: 1, overflowY: 'auto', overflowX: 'hidden', paddingRight: tokens.spacingHorizontalS },
});

/** Why nothing on the sheet can be changed, said once at the top; null when something can. */
function readOnlyReason(state: SheetState): string | null {
  const details = state.sheet?.details;
  if (!details) return null;
  if (details.readOnly) return 'This connection is read-only (helpdesk mode): you can look, not change.';
  if (details.writable.length === 0)
    return `Your account may not change ${details.row.name}: its permissions on the object allow no edits.`;
  return null;
}

/** ADUC's property sheet with the O365 tabs; OK applies and closes, Apply applies and stays. */
export function PropertiesDialog() {
  const styles = useStyles();
  const dn = useStore((s) => s.propertiesDn);
  const openProperties = useStore((s) => s.openProperties);
  const state = useSheet(dn);
  const [tab, setTab] = useState('general');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  /** Where the admin was when Escape asked: "Keep editing" puts them back there. */
  const editingAt = useRef<HTMLElement | null>(null);
  const close = () => {
    openProperties(null);
    setTab('general');
    setConfirmDiscard(false);
  };
  const readOnly = readOnlyReason(state);
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
  const blocked = !state.canApply || state.busy;
  const tabs = SHEET_TABS.filter((t) => t.show(state));
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];
  // Microsoft 365's side of the object: for the Cloud tab, and before Apply of any edit.
  const hasCloud = tabs.some((t) => t.id === 'cloud');
  const cloud = useCloudView(state, hasCloud && (current?.id === 'cloud' || state.dirty));
  return (
    <Dialog
      open={dn !== null}
      onOpenChange={(_e, data) => {
        if (data.open) return;
        // Escape must not throw away edits the admin has not applied: ask first.
        if (data.type === 'escapeKeyDown' && state.dirty && !confirmDiscard) {
          editingAt.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setConfirmDiscard(true);
          return;
        }
        close();
      }}
    >
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
                {readOnly && (
                  <MessageBar intent="info">
                    <MessageBarBody>{readOnly}</MessageBarBody>
                  </MessageBar>
                )}
                {confirmDiscard && (
                  <MessageBar intent="warning" role="alert">
                    <MessageBarBody>You have changes that are not applied. Discard them?</MessageBarBody>
                    <MessageBarActions>
                      <Button size="small" onClick={close}>
                        Discard changes
                      </Button>
                      <Button
                        size="small"
                        appearance="primary"
                        onClick={() => {
                          setConfirmDiscard(false);
                          editingAt.current?.focus();
                        }}
                      >
                        Keep editing
                      </Button>
                    </MessageBarActions>
                  </MessageBar>
                )}
                <SheetTabStrip tabs={tabs} selected={current?.id} onSelect={setTab} />
                <div ref={panel} role="tabpanel" aria-label={current?.label} className={styles.panel}>
                  {current?.render(state)}
                </div>
                <CloudManagedNotice dirty={state.dirty} cloud={cloud} />
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
