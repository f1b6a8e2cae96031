import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowDivider,
  OverflowItem,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  Tooltip,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';
import { NewObjectItems, NewObjectSubmenu } from '../recipients/new-object-menu.tsx';
import { useStore } from '../store/store.ts';
import { useToolbarActions, type ToolbarAction } from './toolbar-actions.tsx';

// One row whatever the window's width: what does not fit goes into a "more" menu at the end (Fluent's
// toolbar overflow), so no command sits past the window's edge and the header never grows a second
// row; a label never breaks inside a button.
const useToolbarStyles = makeStyles({
  toolbar: {
    flexWrap: 'nowrap',
    overflow: 'hidden',
    minWidth: 0,
    '& .fui-Button': { whiteSpace: 'nowrap', flexShrink: 0 },
  },
  item: { display: 'inline-flex', flexShrink: 0 },
});

/** Actions between two dividers overflow together with their divider. */
function withGroups(actions: readonly ToolbarAction[]): { action: ToolbarAction; group: string }[] {
  let group = 0;
  return actions.map((action) => {
    if (action.dividerBefore) group += 1;
    return { action, group: String(group) };
  });
}

function ActionButton({ action }: { action: ToolbarAction }) {
  const openNewObject = useStore((s) => s.openNewObject);
  const button = (
    <ToolbarButton
      icon={action.icon}
      disabled={action.disabled}
      aria-label={action.iconOnly ? action.label : undefined}
      onClick={action.newMenu ? undefined : action.onClick}
    >
      {action.iconOnly ? undefined : action.label}
    </ToolbarButton>
  );
  const withTooltip = action.tooltip ? (
    <Tooltip content={action.tooltip} relationship="description">
      {button}
    </Tooltip>
  ) : (
    button
  );
  if (!action.newMenu) return withTooltip;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>{withTooltip}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          <NewObjectItems onPick={(kind) => openNewObject(kind)} />
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function MoreItem({ action }: { action: ToolbarAction }) {
  const visible = useIsOverflowItemVisible(action.id);
  const openNewObject = useStore((s) => s.openNewObject);
  if (visible) return null;
  if (action.newMenu)
    return <NewObjectSubmenu disabled={action.disabled} onPick={(kind) => openNewObject(kind)} />;
  return (
    <MenuItem icon={action.icon} disabled={action.disabled} onClick={action.onClick}>
      {action.label}
    </MenuItem>
  );
}

function MoreMenu({ actions }: { actions: readonly ToolbarAction[] }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton
          ref={ref}
          icon={<MoreHorizontal20Regular />}
          aria-label={`${overflowCount} more commands`}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {actions.map((action) => (
            <MoreItem key={action.id} action={action} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function AppToolbar() {
  const styles = useToolbarStyles();
  const actions = useToolbarActions();
  return (
    // Remounted when the set of commands changes (connect, go offline, sign in): the overflow
    // manager measures items as they mount and kept hiding the last ones after others were removed.
    <Overflow key={actions.map((a) => a.id).join(' ')} minimumVisible={1}>
      <Toolbar aria-label="Main toolbar" size="small" className={styles.toolbar}>
        {withGroups(actions).map(({ action, group }) => (
          <Fragment key={action.id}>
            {action.dividerBefore && (
              <OverflowDivider groupId={group}>
                <ToolbarDivider />
              </OverflowDivider>
            )}
            <OverflowItem id={action.id} groupId={group}>
              {/* A plain element takes the overflow's ref: a Tooltip or a Menu around a button would not. */}
              <span className={styles.item}>
                <ActionButton action={action} />
              </span>
            </OverflowItem>
          </Fragment>
        ))}
        <MoreMenu actions={actions} />
      </Toolbar>
    </Overflow>
  );
}
