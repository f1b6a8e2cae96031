import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useStore } from '../store/store.ts';

export function AboutDialog() {
  const open = useStore((s) => s.dialog === 'about');
  const openDialog = useStore((s) => s.openDialog);
  const info = useStore((s) => s.appInfo);
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && openDialog(null)}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>About RecipientDesk</DialogTitle>
          <DialogContent data-testid="about-facts">
            {info ? (
              <p>
                {info.name} {info.version} on {info.platform}/{info.arch}, {info.transport} transport, Node{' '}
                {info.runtime.node}
                {info.runtime.electron ? `, Electron ${info.runtime.electron}` : ''}
              </p>
            ) : (
              <p>Version information is not available.</p>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => openDialog(null)}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
