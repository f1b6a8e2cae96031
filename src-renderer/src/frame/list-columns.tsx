import type { ListRow } from '../../../src-preload/contract/index.ts';
import type { Column } from '../components/virtual-table.tsx';
import { ObjectIcon } from '../components/object-icon.tsx';

/** ADUC's three columns, then what an Exchange admin reads first: address, recipient type, UPN. */
export const listColumns: Column<ListRow>[] = [
  {
    key: 'name',
    label: 'Name',
    width: '2fr',
    render: (row) => (
      <>
        <ObjectIcon kind={row.kind} disabled={row.disabled} />
        <span>{row.name}</span>
      </>
    ),
    sortValue: (row) => row.name,
  },
  { key: 'type', label: 'Type', width: '1.2fr', render: (row) => row.type, sortValue: (row) => row.type },
  {
    key: 'description',
    label: 'Description',
    width: '1.5fr',
    render: (row) => row.description,
    sortValue: (row) => row.description,
  },
  {
    key: 'primarySmtp',
    label: 'Primary SMTP address',
    width: '2fr',
    render: (row) => row.primarySmtp,
    sortValue: (row) => row.primarySmtp,
  },
  {
    key: 'recipientType',
    label: 'Recipient type',
    width: '1.4fr',
    render: (row) => row.recipientType,
    sortValue: (row) => row.recipientType,
  },
  {
    key: 'upn',
    label: 'User logon name',
    width: '2fr',
    render: (row) => row.upn,
    sortValue: (row) => row.upn,
  },
];
