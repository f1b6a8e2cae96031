import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useStore } from '../store/store.ts';
import { moveNotice, moveObjects, movableInto } from '../frame/placement-actions.ts';
import { ContainerPicker } from './container-picker.tsx';

/** ADUC's Move: "Move object into container:" with the domain's tree; one journal change per object. */
export function MoveDialog() {
  const open = useStore((s) => s.dialog === 'move');
  if (!open) return null;
  return <MoveForm />;
}

function MoveForm() {
  const openDialog = useStore((s) => s.openDialog);
  const showNotice = useStore((s) => s.showNotice);
  const selection = useStore((s) => s.selection);
  const rows = useStore((s) => s.rows);
  const info = useStore((s) => s.info);
  const [target, setTarget] = useState<{ dn: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = rows.filter((row) => selection.includes(row.dn));
  if (!info) return null;
  const root = { dn: info.domainDn, name: info.domainDnsName, kind: 'domain' as const, hasChildren: true };
  const movable = target ? movableInto(chosen, target.dn) : [];

  async function onMove() {
    if (!target) return;
    setBusy(true);
    const result = await moveObjects(chosen, target.dn);
    setBusy(false);
    const notice = moveNotice(result, target.name);
    if (result.problems.length > 0 && result.changes.length === 0) {
      setProblem(notice.text);
      return;
    }
    showNotice(notice);
    openDialog(null);
  }

  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && openDialog(null)}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Move</DialogTitle>
          <DialogContent>
            <p>Move {chosen.length === 1 ? chosen[0]!.name : `${chosen.length} objects`} into container:</p>
            <ContainerPicker
              root={root}
              value={target?.dn ?? null}
              onChange={(dn, name) => setTarget({ dn, name })}
            />
            {target && movable.length === 0 && (
              <MessageBar intent="info">
                <MessageBarBody>
                  {chosen.length === 1 ? 'The object is' : 'The objects are'} already in {target.name} (or it
                  is inside {chosen.length === 1 ? 'it' : 'them'}).
                </MessageBarBody>
              </MessageBar>
            )}
            {problem && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{problem}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy || movable.length === 0}
              onClick={() => void onMove()}
            >
              OK
            </Button>
            <Button onClick={() => openDialog(null)}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
