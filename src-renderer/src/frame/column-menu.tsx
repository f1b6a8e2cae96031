import {
  Menu,
  MenuDivider,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  type MenuProps,
} from '@fluentui/react-components';
import { pointTarget } from '../components/point-target.ts';
import { useStore } from '../store/store.ts';
import {
  ATTRIBUTE_PREFIX,
  DEFAULT_LAYOUTS,
  type ListView,
  movedColumn,
  withColumn,
} from './column-layout.ts';
import { BUILT_IN_COLUMNS } from './list-columns.tsx';
import { useFocusReturn } from '../keyboard/focus-return.ts';

interface ColumnMenuProps {
  view: ListView;
  /** Where the header was right-clicked, and on which column. */
  at: { x: number; y: number; key: string } | null;
  onClose(): void;
  onAddColumn(): void;
}

/** The header's context menu: ADUC's Add/Remove Columns, plus moving the column clicked. */
export function ColumnMenu({ view, at, onClose, onAddColumn }: ColumnMenuProps) {
  const layout = useStore((s) => s.layouts[view]);
  const setLayout = useStore((s) => s.setLayout);
  const chosen = layout.keys.filter((k) => k.startsWith(ATTRIBUTE_PREFIX));
  const onChecked: MenuProps['onCheckedValueChange'] = (_e, { checkedItems }) => {
    let next = layout;
    const wanted = new Set(checkedItems);
    for (const key of [...Object.keys(BUILT_IN_COLUMNS), ...chosen])
      next = withColumn(next, key, wanted.has(key));
    setLayout(view, next);
  };
  useFocusReturn(at !== null);
  return (
    <Menu
      open={at !== null}
      onOpenChange={(_e, data) => !data.open && onClose()}
      positioning={{ target: pointTarget(at) }}
      checkedValues={{ columns: layout.keys }}
      onCheckedValueChange={onChecked}
    >
      <MenuPopover>
        <MenuList aria-label="Columns">
          {Object.values(BUILT_IN_COLUMNS).map((column) => (
            <MenuItemCheckbox
              key={column.key}
              name="columns"
              value={column.key}
              disabled={column.key === 'name'}
            >
              {column.label}
            </MenuItemCheckbox>
          ))}
          {chosen.map((key) => (
            <MenuItemCheckbox key={key} name="columns" value={key}>
              {key.slice(ATTRIBUTE_PREFIX.length)}
            </MenuItemCheckbox>
          ))}
          <MenuDivider />
          <MenuItem onClick={onAddColumn}>Add column…</MenuItem>
          <MenuItem
            disabled={!at || layout.keys.indexOf(at.key) <= 0}
            onClick={() => at && setLayout(view, movedColumn(layout, at.key, -1))}
          >
            Move left
          </MenuItem>
          <MenuItem
            disabled={!at || layout.keys.indexOf(at.key) >= layout.keys.length - 1}
            onClick={() => at && setLayout(view, movedColumn(layout, at.key, 1))}
          >
            Move right
          </MenuItem>
          <MenuItem onClick={() => setLayout(view, DEFAULT_LAYOUTS[view])}>Reset columns</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
