import { memo, type DragEvent, type MouseEvent } from 'react';
import type { Column } from './virtual-table.tsx';
import { ROW_HEIGHT } from './virtual-table.styles.ts';

/** Class names the table resolves once per render, so a row runs no style hook of its own. */
export interface RowClasses {
  row: string;
  selected: string;
  active: string;
  selectedActive: string;
  cell: string;
  /** A cell without an icon: the text itself, clipped, with no inner element. */
  plainCell: string;
  icon: string;
  cellText: string;
}

/** One stable object per table: rows call it, so handlers never make a row re-render. */
export interface RowEvents {
  onMouseDown(index: number, event: MouseEvent): void;
  onDoubleClick(key: string): void;
  onContextMenu(index: number, key: string, event: MouseEvent): void;
  onClick(index: number): void;
  onDragStart(index: number, key: string, event: DragEvent): void;
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
  classes: RowClasses;
  draggable: boolean;
}

function RowImpl<T>({
  row,
  rowKey,
  index,
  id,
  columns,
  template,
  selected,
  active,
  events,
  classes,
  draggable,
}: RowProps<T>) {
  const className =
    selected && active
      ? classes.selectedActive
      : selected
        ? classes.selected
        : active
          ? classes.active
          : classes.row;
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-key={rowKey}
      className={className}
      style={{ top: index * ROW_HEIGHT, gridTemplateColumns: template }}
      draggable={draggable || undefined}
      onMouseDown={(event) => events.onMouseDown(index, event)}
      onClick={() => events.onClick(index)}
      onDragStart={(event) => events.onDragStart(index, rowKey, event)}
      onDoubleClick={() => events.onDoubleClick(rowKey)}
      onContextMenu={(event) => events.onContextMenu(index, rowKey, event)}
    >
      {columns.map((column) => {
        const text = column.text(row);
        if (!column.icon) {
          return (
            <div key={column.key} role="gridcell" className={classes.plainCell} title={text || undefined}>
              {text}
            </div>
          );
        }
        return (
          <div key={column.key} role="gridcell" className={classes.cell} title={text || undefined}>
            <span className={classes.icon}>{column.icon(row)}</span>
            <span className={classes.cellText}>{text}</span>
          </div>
        );
      })}
    </div>
  );
}

/** Memoised: a row already on screen is not rendered again while the list scrolls. */
export const TableRow = memo(RowImpl) as typeof RowImpl;
