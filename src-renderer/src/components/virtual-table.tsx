import { mergeClasses } from '@fluentui/react-components';
import { type KeyboardEvent, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { ROW_HEIGHT, useTableStyles } from './virtual-table.styles.ts';
import { nextSelection, type SelectionGesture } from './selection.ts';

export interface Column<T> {
  key: string;
  label: string;
  /** CSS grid track, e.g. "2fr" or "120px". */
  width: string;
  render(row: T): ReactNode;
  sortValue(row: T): string;
}

export interface VirtualTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey(row: T): string;
  selection: string[];
  onSelectionChange(keys: string[]): void;
  /** Enter or double-click: open the object's properties. */
  onOpen?(key: string): void;
  /** Right-click, Shift+F10 or the context-menu key. */
  onContextMenu?(key: string, at: { x: number; y: number }): void;
  /** The Delete key on the selection. */
  onDelete?(): void;
  ariaLabel: string;
}

const OVERSCAN = 10;

/**
 * A grid that renders only the rows in view, so 100,000 objects scroll as smoothly as 100. Focus
 * stays on the grid and the active row is announced through aria-activedescendant.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const styles = useTableStyles();
  const id = useId();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [sort, setSort] = useState<{ key: string; asc: boolean }>({
    key: props.columns[0]?.key ?? '',
    asc: true,
  });
  const [active, setActive] = useState(0);
  const [anchor, setAnchor] = useState(0);

  const sorted = useMemo(() => {
    const column = props.columns.find((c) => c.key === sort.key);
    if (!column) return props.rows;
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const keyed = props.rows.map((row) => [column.sortValue(row), row] as const);
    keyed.sort((a, b) => collator.compare(a[0], b[0]) * (sort.asc ? 1 : -1));
    return keyed.map(([, row]) => row);
  }, [props.rows, props.columns, sort]);

  const keys = useMemo(() => sorted.map(props.rowKey), [sorted, props.rowKey]);
  const selected = useMemo(() => new Set(props.selection), [props.selection]);
  const template = props.columns.map((c) => c.width).join(' ');
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(sorted.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const activeIndex = Math.min(active, Math.max(0, sorted.length - 1));

  function apply(index: number, gesture: SelectionGesture) {
    if (sorted.length === 0) return;
    const clamped = Math.max(0, Math.min(sorted.length - 1, index));
    setActive(clamped);
    if (gesture !== 'move') {
      const next = nextSelection(keys, props.selection, clamped, anchor, gesture);
      if (gesture !== 'range') setAnchor(clamped);
      props.onSelectionChange(next);
    }
    scrollIntoView(clamped);
  }

  function scrollIntoView(index: number) {
    const el = viewport.current;
    if (!el) return;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const gesture: SelectionGesture = event.shiftKey
      ? 'range'
      : event.ctrlKey || event.metaKey
        ? 'move'
        : 'single';
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: sorted.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      apply(target, gesture);
    } else if (event.key === ' ') {
      event.preventDefault();
      apply(activeIndex, event.ctrlKey ? 'toggle' : 'single');
    } else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      props.onSelectionChange(keys);
    } else if (event.key === 'Delete' && props.selection.length > 0) {
      event.preventDefault();
      props.onDelete?.();
    } else if (event.key === 'Enter' && keys[activeIndex]) {
      event.preventDefault();
      props.onOpen?.(keys[activeIndex]);
    } else if (
      (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) &&
      keys[activeIndex]
    ) {
      event.preventDefault();
      const row = document.getElementById(`${id}-row-${activeIndex}`)?.getBoundingClientRect();
      props.onContextMenu?.(keys[activeIndex], { x: (row?.left ?? 0) + 40, y: row?.bottom ?? 0 });
    }
  }

  return (
    <div
      role="grid"
      aria-label={props.ariaLabel}
      aria-rowcount={sorted.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={sorted.length > 0 ? `${id}-row-${activeIndex}` : undefined}
      tabIndex={0}
      className={styles.grid}
      onKeyDown={onKeyDown}
    >
      <div role="row" aria-rowindex={1} className={styles.header} style={{ gridTemplateColumns: template }}>
        {props.columns.map((column) => (
          <button
            key={column.key}
            role="columnheader"
            type="button"
            tabIndex={-1}
            aria-sort={sort.key === column.key ? (sort.asc ? 'ascending' : 'descending') : 'none'}
            className={styles.headerCell}
            onClick={() => setSort((s) => ({ key: column.key, asc: s.key === column.key ? !s.asc : true }))}
          >
            {column.label}
            {sort.key === column.key ? (sort.asc ? ' ▲' : ' ▼') : ''}
          </button>
        ))}
      </div>
      <div
        ref={(el) => {
          viewport.current = el;
          if (el && el.clientHeight !== height && el.clientHeight > 0) setHeight(el.clientHeight);
        }}
        className={styles.viewport}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        role="rowgroup"
      >
        <div style={{ height: sorted.length * ROW_HEIGHT }}>
          {sorted.slice(first, last).map((row, offset) => {
            const index = first + offset;
            const key = keys[index] ?? '';
            return (
              <div
                key={key}
                id={`${id}-row-${index}`}
                role="row"
                aria-rowindex={index + 2}
                aria-selected={selected.has(key)}
                data-key={key}
                className={mergeClasses(
                  styles.row,
                  selected.has(key) && styles.selected,
                  index === activeIndex && styles.active,
                )}
                style={{ top: index * ROW_HEIGHT, gridTemplateColumns: template }}
                onMouseDown={(event) =>
                  apply(
                    index,
                    event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'single',
                  )
                }
                onDoubleClick={() => props.onOpen?.(key)}
                onContextMenu={(event) => {
                  event.preventDefault();
                  if (!selected.has(key)) apply(index, 'single');
                  props.onContextMenu?.(key, { x: event.clientX, y: event.clientY });
                }}
              >
                {props.columns.map((column) => (
                  <div key={column.key} role="gridcell" className={styles.cell}>
                    {column.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
