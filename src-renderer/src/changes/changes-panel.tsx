import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Spinner,
  Tab,
  TabList,
  Text,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { ChangeItem } from './change-item.tsx';
import { NextSyncPreview } from './next-sync-preview.tsx';
import { countByFilter, FILTERS, filterOf, type StatusFilter } from './change-status.ts';
import { useChangesStyles } from './changes-panel.styles.ts';
import { useChanges } from './use-changes.ts';

// Thousands of applied changes pile up over months; the newest are the ones an admin acts on.
const RENDER_CAP = 300;

/** Every write the app made or queued: what is pending, what conflicted, what was applied and can be undone. */
export function ChangesPanel({ open, onClose }: { open: boolean; onClose(): void }) {
  const styles = useChangesStyles();
  const state = useChanges(open);
  const [filter, setFilter] = useState<StatusFilter>('all');
  const counts = useMemo(() => countByFilter(state.changes), [state.changes]);
  const shown = useMemo(
    () => (filter === 'all' ? state.changes : state.changes.filter((c) => filterOf(c.status) === filter)),
    [state.changes, filter],
  );
  return (
    <OverlayDrawer
      open={open}
      position="end"
      className={styles.drawer}
      onOpenChange={(_e, data) => !data.open && onClose()}
      aria-label="Changes"
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={onClose} />
          }
        >
          Changes
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <TabList
          className={styles.filters}
          size="small"
          selectedValue={filter}
          onTabSelect={(_e, d) => setFilter(d.value as StatusFilter)}
          aria-label="Show changes by status"
        >
          {FILTERS.map((f) => (
            <Tab key={f.value} value={f.value}>
              {f.label} ({counts[f.value]})
            </Tab>
          ))}
        </TabList>
        <NextSyncPreview />
        {state.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{state.error.message}</MessageBarBody>
          </MessageBar>
        )}
        {state.loading && <Spinner label="Reading the change journal…" />}
        {!state.loading && shown.length === 0 && (
          <Text className={styles.empty}>No changes {filter === 'all' ? 'yet' : 'with this status'}.</Text>
        )}
        <ul className={styles.list} aria-label="Changes, newest first">
          {shown.slice(0, RENDER_CAP).map((change) => (
            <ChangeItem key={change.id} change={change} actions={state} />
          ))}
        </ul>
        {shown.length > RENDER_CAP && (
          <Text className={styles.empty}>
            Showing the newest {RENDER_CAP} of {shown.length.toLocaleString('en-US')}.
          </Text>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
