import { useFrameStyles } from './app-frame.styles.ts';
import { AppToolbar } from './app-toolbar.tsx';
import { TreePane } from './tree-pane.tsx';
import { ListPane } from './list-pane.tsx';
import { DetailsPane } from './details-pane.tsx';
import { NoticeBar } from './notice-bar.tsx';
import { ConnectionBanner } from './connection-banner.tsx';
import { StatusBar } from './status-bar.tsx';
import { ConnectDialog } from '../dialogs/connect-dialog.tsx';
import { FindDialog } from '../dialogs/find-dialog.tsx';
import { AboutDialog } from '../dialogs/about-dialog.tsx';
import { PropertiesDialog } from '../sheet/properties-dialog.tsx';
import { DeleteDialog } from '../dialogs/delete-dialog.tsx';
import { ReadinessDialog } from '../readiness/readiness-dialog.tsx';
import { CloudDialog } from '../cloud/cloud-dialog.tsx';
import { GuidedDialog } from '../guided/guided-dialog.tsx';
import { ResetPasswordDialog } from '../dialogs/reset-password-dialog.tsx';
import { RenameDialog } from '../dialogs/rename-dialog.tsx';
import { MoveDialog } from '../dialogs/move-dialog.tsx';
import { ChangesPanel } from '../changes/changes-panel.tsx';
import { BulkEditDialog } from '../bulk/bulk-edit-dialog.tsx';
import { OfflineDialog } from '../dialogs/offline-dialog.tsx';
import { NewObjectWizard } from '../recipients/new-object-wizard.tsx';
import { ConversionDialog } from '../recipients/conversion-dialog.tsx';
import { useStore } from '../store/store.ts';
import { useShortcuts } from '../keyboard/use-shortcuts.ts';

/** ADUC's layout: toolbar, tree on the left, list in the middle, details on the right, status below. */
export function AppFrame() {
  const styles = useFrameStyles();
  const ready = useStore((s) => s.ready);
  const dialog = useStore((s) => s.dialog);
  const openDialog = useStore((s) => s.openDialog);
  const selection = useStore((s) => s.selection);
  useShortcuts();
  return (
    <div className={styles.root} data-app-state={ready ? 'ready' : 'loading'}>
      <AppToolbar />
      <div className={styles.body}>
        <nav className={styles.pane} aria-label="Directory tree">
          <TreePane />
        </nav>
        <main className={styles.pane} aria-label="Objects">
          <ConnectionBanner />
          <NoticeBar />
          <ListPane />
        </main>
        <aside className={styles.pane} aria-label="Details">
          <DetailsPane />
        </aside>
      </div>
      <StatusBar />
      <ConnectDialog />
      <FindDialog />
      <AboutDialog />
      <PropertiesDialog />
      <DeleteDialog />
      <ResetPasswordDialog />
      <RenameDialog />
      <MoveDialog />
      <ChangesPanel open={dialog === 'changes'} onClose={() => openDialog(null)} />
      <ReadinessDialog open={dialog === 'readiness'} onClose={() => openDialog(null)} />
      <GuidedDialog open={dialog === 'guided'} onClose={() => openDialog(null)} />
      <BulkEditDialog dns={selection} open={dialog === 'bulk'} onClose={() => openDialog(null)} />
      <NewObjectWizard />
      <ConversionDialog />
      <CloudDialog />
      <OfflineDialog />
    </div>
  );
}
