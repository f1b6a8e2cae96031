import { Menu, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import { selectionMayChange } from '../store/selection-rights.ts';
import { useStore } from '../store/store.ts';

/** Right-click, Shift+F10 or the context-menu key on the list: the actions ADUC offers there. */
export function ObjectContextMenu({ at, onClose }: { at: { x: number; y: number } | null; onClose(): void }) {
  const selection = useStore((s) => s.selection);
  const openProperties = useStore((s) => s.openProperties);
  const refresh = useStore((s) => s.refresh);
  const openDialog = useStore((s) => s.openDialog);
  const readOnly = useStore((s) => s.connection.readOnly);
  const mayChange = useStore(selectionMayChange);
  const target = at
    ? {
        getBoundingClientRect: () =>
          ({
            x: at.x,
            y: at.y,
            left: at.x,
            top: at.y,
            right: at.x,
            bottom: at.y,
            width: 0,
            height: 0,
          }) as DOMRect,
      }
    : undefined;
  return (
    <Menu open={at !== null} onOpenChange={(_e, data) => !data.open && onClose()} positioning={{ target }}>
      <MenuPopover>
        <MenuList>
          <MenuItem
            disabled={selection.length !== 1}
            onClick={() => {
              if (selection[0]) openProperties(selection[0]);
              onClose();
            }}
          >
            Properties
          </MenuItem>
          <MenuItem onClick={() => openDialog('find')}>Find…</MenuItem>
          <MenuItem onClick={() => void refresh()}>Refresh</MenuItem>
          {!readOnly && (
            <MenuItem disabled={!mayChange} onClick={() => openDialog('delete')}>
              Delete
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
