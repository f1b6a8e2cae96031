import { Menu, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import { pointTarget } from '../components/point-target.ts';
import { NewObjectSubmenu } from '../recipients/new-object-menu.tsx';
import { canBrowse } from '../store/connection-slice.ts';
import { useStore } from '../store/store.ts';
import { hasOfflineCopy } from '../store/offline-slice.ts';
import { useFocusReturn } from '../keyboard/focus-return.ts';

export interface TreeMenuTarget {
  dn: string;
  x: number;
  y: number;
}

/** Right-click (or Shift+F10) on a tree node: what ADUC offers there, New ▸ first. */
export function TreeContextMenu({ target, onClose }: { target: TreeMenuTarget | null; onClose(): void }) {
  const openFind = useStore((s) => s.openFind);
  const refreshNode = useStore((s) => s.refreshNode);
  const openProperties = useStore((s) => s.openProperties);
  const online = useStore(canBrowse);
  useFocusReturn(target !== null);
  const readOnly = useStore((s) => s.connection.readOnly);
  const openNewObject = useStore((s) => s.openNewObject);
  // A copy is read from the DC itself: only while reads are live, never from the cache or the sample.
  const live = useStore((s) => s.connection.status === 'online' && s.connection.cache === undefined);
  const startOffline = useStore((s) => s.startOffline);
  const kept = useStore((s) => target !== null && hasOfflineCopy(s.offlineCopies, target.dn));
  return (
    <Menu
      open={target !== null}
      onOpenChange={(_e, data) => !data.open && onClose()}
      positioning={{ target: pointTarget(target) }}
    >
      <MenuPopover>
        <MenuList>
          {!readOnly && (
            <NewObjectSubmenu
              disabled={!online}
              onPick={(kind) => {
                if (target) openNewObject(kind, target.dn);
                onClose();
              }}
            />
          )}
          <MenuItem disabled={!online} onClick={() => target && openFind(target.dn)}>
            Find in this OU…
          </MenuItem>
          <MenuItem disabled={!online} onClick={() => target && void refreshNode(target.dn)}>
            Refresh
          </MenuItem>
          <MenuItem disabled={!live} onClick={() => target && void startOffline(target.dn)}>
            {kept ? 'Refresh offline copy' : 'Make available offline'}
          </MenuItem>
          <MenuItem onClick={() => target && openProperties(target.dn)}>Properties</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
