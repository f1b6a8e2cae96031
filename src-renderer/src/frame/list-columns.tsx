import type { ListRow } from '../../../src-preload/contract/index.ts';
import type { Column } from '../components/virtual-table.tsx';
import { ObjectIcon } from '../components/object-icon.tsx';
import { accountStateText } from '../../../src-preload/shared/account/account-state.ts';
import { ATTRIBUTE_PREFIX, type ColumnLayout } from './column-layout.ts';

type RowColumn = Omit<Column<ListRow>, 'width'> & { defaultWidth: number };

// Module-level functions, not closures per render: cells are memoised on them.
const nameIcon = (row: ListRow) => <ObjectIcon kind={row.kind} disabled={row.disabled} />;

/** ADUC's columns, then what an Exchange admin reads first: address, recipient type, UPN. */
export const BUILT_IN_COLUMNS: Record<string, RowColumn> = {
  name: { key: 'name', label: 'Name', defaultWidth: 240, text: (r) => r.name, icon: nameIcon },
  type: { key: 'type', label: 'Type', defaultWidth: 170, text: (r) => r.type },
  location: { key: 'location', label: 'Location', defaultWidth: 240, text: (r) => r.location },
  description: { key: 'description', label: 'Description', defaultWidth: 200, text: (r) => r.description },
  primarySmtp: {
    key: 'primarySmtp',
    label: 'Primary SMTP address',
    defaultWidth: 240,
    text: (r) => r.primarySmtp,
  },
  recipientType: {
    key: 'recipientType',
    label: 'Recipient type',
    defaultWidth: 170,
    text: (r) => r.recipientType,
  },
  upn: { key: 'upn', label: 'User logon name', defaultWidth: 240, text: (r) => r.upn },
  accountState: {
    key: 'accountState',
    label: 'Account state',
    defaultWidth: 200,
    text: (r) => (r.account ? accountStateText(r.account) : ''),
  },
};

const attributeColumns = new Map<string, RowColumn>();

/** A column for any attribute (the column chooser's "Add column"): its values as main read them. */
function attributeColumn(key: string): RowColumn {
  let column = attributeColumns.get(key);
  if (column === undefined) {
    const attribute = key.slice(ATTRIBUTE_PREFIX.length);
    column = { key, label: attribute, defaultWidth: 180, text: (r) => r.extra[attribute] ?? '' };
    attributeColumns.set(key, column);
  }
  return column;
}

export function columnFor(key: string): RowColumn | undefined {
  if (key.startsWith(ATTRIBUTE_PREFIX)) return attributeColumn(key);
  return BUILT_IN_COLUMNS[key];
}

/** The table's columns for a layout: known keys in order, with the user's widths. */
export function layoutColumns(layout: ColumnLayout): Column<ListRow>[] {
  const columns: Column<ListRow>[] = [];
  for (const key of layout.keys) {
    const column = columnFor(key);
    if (column === undefined) continue;
    const { defaultWidth, ...rest } = column;
    columns.push({ ...rest, width: layout.widths[key] ?? defaultWidth });
  }
  return columns;
}
