import { mergeClasses } from '@fluentui/react-components';
import { memo, type MouseEvent } from 'react';
import type { Column } from './virtual-table.tsx';
import { ROW_HEIGHT, useTableStyles } from './virtual-table.styles.ts';

/** One stable object per table: rows call it, so handlers never make a row re-render. */
export interface RowEvents {
  onMouseDown(index: number, event: MouseEvent): void;
  onDoubleClick(key: string): void;
  onContextMenu(index: number, key: string, event: MouseEvent): void;
}

interface RowProps<T> {
  row: T;
  rowKey: string;
  index: number;
  id: string;
  columns: Column<T>[];
  template: string;
  selected: boolean;
  active: boolean;
  events: RowEvents;
}

function RowImpl<T>({ row, rowKey, index, id, columns, template, selected, active, events }: RowProps<T>) {
  const styles = useTableStyles();
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-key={rowKey}
      className={mergeClasses(styles.row, selected && styles.selected, active && styles.active)}
      style={{ top: index * ROW_HEIGHT, gridTemplateColumns: template }}
      onMouseDown={(event) => events.onMouseDown(index, event)}
      onDoubleClick={() => events.onDoubleClick(rowKey)}
      onContextMenu={(event) => events.onContextMenu(index, rowKey, event)}
    >
      {columns.map((column) => {
        const text = column.text(row);
        return (
          <div key={column.key} role="gridcell" className={styles.cell} title={text || undefined}>
            {column.icon && <span className={styles.icon}>{column.icon(row)}</span>}
            <span className={styles.cellText}>{text}</span>
          </div>
        );
      })}
    </div>
  );
}

/** Memoised: a row already on screen is not rendered again while the list scrolls. */
export const TableRow = memo(RowImpl) as typeof RowImpl;
