import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { NEW_OBJECT_KINDS } from '../../../src-preload/shared/recipients/recipient-fields.ts';
import type { StampableKind } from '../../../src-preload/shared/recipients/recipient-stamp.ts';

/** The kinds the New Object wizard creates, one menu item each (toolbar "New", tree "New ▸"). */
export function NewObjectItems({ onPick }: { onPick(kind: StampableKind): void }) {
  return (
    <>
      {NEW_OBJECT_KINDS.map(({ kind, label }) => (
        <MenuItem key={kind} onClick={() => onPick(kind)}>
          {label}…
        </MenuItem>
      ))}
    </>
  );
}

/** "New ▸" inside another menu (the tree's context menu). */
export function NewObjectSubmenu({
  disabled,
  onPick,
}: {
  disabled?: boolean;
  onPick(kind: StampableKind): void;
}) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuItem disabled={disabled}>New</MenuItem>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <NewObjectItems onPick={onPick} />
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
