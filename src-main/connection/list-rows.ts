import type { ListRow } from '../../src-preload/contract/index.ts';
import type { DirectoryRow } from '../directory/rows.ts';
import { recipientTypeLabel } from '../../src-preload/shared/recipients/recipient-label.ts';

export function rowToListRow(row: DirectoryRow): ListRow {
  const { recipientTypeDetails, ...rest } = row;
  return { ...rest, recipientType: recipientTypeLabel(recipientTypeDetails) };
}
