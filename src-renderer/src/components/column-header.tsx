import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import type { Column } from './virtual-table.tsx';
import { useTableStyles } from './virtual-table.styles.ts';

interface ColumnHeaderProps<T> {
  column: Column<T>;
  sort: 'ascending' | 'descending' | 'none';
  onSort(): void;
  onResize?(key: string, width: number): void;
  onContextMenu(event: MouseEvent): void;
}

const KEY_STEP = 16;
const KEY_STEP_FINE = 2;

/** A header cell: click sorts, dragging its right edge (or arrow keys on it) resizes, right-click opens the column chooser. */
export function ColumnHeader<T>({ column, sort, onSort, onResize, onContextMenu }: ColumnHeaderProps<T>) {
  const styles = useTableStyles();

  function startResize(event: PointerEvent<HTMLSpanElement>) {
    if (!onResize) return;
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    const startX = event.clientX;
    const startWidth = column.width;
    handle.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onResize(column.key, startWidth + e.clientX - startX);
    const stop = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', stop);
      handle.removeEventListener('pointercancel', stop);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', stop);
    handle.addEventListener('pointercancel', stop);
  }

  // The separator is a stop of its own on the keyboard, as WAI-ARIA's splitter pattern has it:
  // arrows resize by a step (Shift for a finer one); the grid's own arrow keys must not see them.
  function resizeByKey(event: KeyboardEvent<HTMLSpanElement>) {
    if (!onResize) return;
    const step = event.shiftKey ? KEY_STEP_FINE : KEY_STEP;
    const delta = event.key === 'ArrowRight' ? step : event.key === 'ArrowLeft' ? -step : 0;
    if (delta === 0) return;
    event.preventDefault();
    event.stopPropagation();
    onResize(column.key, column.width + delta);
  }

  return (
    <div
      role="columnheader"
      aria-label={column.label}
      aria-sort={sort}
      className={styles.headerCell}
      onContextMenu={onContextMenu}
    >
      <button
        type="button"
        tabIndex={-1}
        className={styles.headerButton}
        onClick={onSort}
        title={column.label}
      >
        <span className={styles.cellText}>{column.label}</span>
        {sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : ''}
      </button>
      {onResize && (
        <span
          role="separator"
          aria-orientation="vertical"
          aria-label={`Resize ${column.label}`}
          aria-valuenow={column.width}
          aria-valuetext={`${column.width} pixels`}
          tabIndex={0}
          className={styles.resizer}
          onPointerDown={startResize}
          onKeyDown={resizeByKey}
          onClick={(event) => event.stopPropagation()}
        />
      )}
    </div>
  );
}
