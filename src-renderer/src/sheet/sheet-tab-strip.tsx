import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  // One row, always: the strip never wraps and never widens the sheet; what does not fit goes
  // into the "more" menu, the way Fluent's TabList overflow pattern does it.
  strip: { flexWrap: 'nowrap', overflow: 'hidden', minWidth: 0 },
});

export interface StripTab {
  id: string;
  label: string;
}

function MoreItem({ tab, onSelect }: { tab: StripTab; onSelect(id: string): void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.id)}>{tab.label}</MenuItem>;
}

function MoreMenu({ tabs, onSelect }: { tabs: readonly StripTab[]; onSelect(id: string): void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu hasIcons={false}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          ref={ref}
          icon={<MoreHorizontal20Regular />}
          aria-label={`${overflowCount} more tabs`}
          role="tab"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <MoreItem key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** The sheet's tabs on one line; the selected one always stays in view. */
export function SheetTabStrip({
  tabs,
  selected,
  onSelect,
}: {
  tabs: readonly StripTab[];
  selected: string | undefined;
  onSelect(id: string): void;
}) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <TabList
        className={styles.strip}
        selectedValue={selected}
        onTabSelect={(_e, d) => onSelect(String(d.value))}
      >
        {tabs.map((tab) => (
          <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
            <Tab value={tab.id}>{tab.label}</Tab>
          </OverflowItem>
        ))}
        <MoreMenu tabs={tabs} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
