import {
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { ROW_HEIGHT, useTableStyles } from './virtual-table.styles.ts';
import { nextSelection, type SelectionGesture } from './selection.ts';
import { sortRows, type SortState } from './sorted-rows.ts';
import { mergeClasses } from '@fluentui/react-components';
import { TableRow, type RowClasses, type RowEvents } from './virtual-table-row.tsx';
import { ColumnHeader } from './column-header.tsx';

export interface Column<T> {
  key: string;
  label: string;
  /** Width in CSS pixels. */
  width: number;
  /** The cell's text: shown clipped with an ellipsis, in full as its tooltip, and sorted on. */
  text(row: T): string;
  /** An icon before the text (never shrunk when the column is narrow). */
  icon?(row: T): ReactNode;
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
  /** F2 on a single selected row (ADUC's Rename). */
  onRename?(): void;
  /** A column's edge was dragged to this width (live, while dragging). */
  onResize?(key: string, width: number): void;
  /** Right-click on the header (the column chooser). */
  onHeaderContextMenu?(key: string, at: { x: number; y: number }): void;
  /**
   * Rows can be dragged (onto the tree, to move them): the dragged row's keys, or the whole
   * selection when the row is part of it, travel as JSON under this data type.
   */
  dragType?: string;
  /** A row key to make active and scroll into view when it changes (a row selected for the user). */
  reveal?: string | null;
  ariaLabel: string;
}

const OVERSCAN = 4;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * A grid that renders only the rows in view, with a fixed row height, so 100,000 objects scroll as
 * smoothly as 100: scrolling changes one number (the first row in view), and rows already on screen
 * are memoised and not rendered again. Focus stays on the grid; the active row is announced through
 * aria-activedescendant and outlined only while the grid has focus.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const styles = useTableStyles();
  const id = useId();
  const viewport = useRef<HTMLDivElement>(null);
  const [firstInView, setFirstInView] = useState(0);
  const [height, setHeight] = useState(600);
  const [sort, setSort] = useState<{ key: string; asc: boolean }>({
    key: props.columns[0]?.key ?? '',
    asc: true,
  });
  // -1: no row is active yet, so the first ArrowDown selects the first row.
  const [active, setActive] = useState(-1);
  const [anchor, setAnchor] = useState(0);
  const [focused, setFocused] = useState(false);

  const sortColumn = props.columns.find((c) => c.key === sort.key);
  const compare = useMemo(() => {
    if (!sortColumn) return null;
    const text = sortColumn.text;
    const direction = sort.asc ? 1 : -1;
    return (a: T, b: T) => direction * collator.compare(text(a), text(b));
  }, [sortColumn?.text, sort.asc]); // eslint-disable-line react-hooks/exhaustive-deps
  const sortState = useRef<SortState<T> | null>(null);
  const sorted = useMemo(() => {
    if (compare === null) return props.rows;
    sortState.current = sortRows(props.rows, compare, sortState.current);
    return sortState.current.sorted;
  }, [props.rows, compare]);

  const keys = useMemo(() => sorted.map(props.rowKey), [sorted, props.rowKey]);
  const classes = useMemo<RowClasses>(
    () => ({
      row: styles.row,
      selected: mergeClasses(styles.row, styles.selected),
      active: mergeClasses(styles.row, styles.active),
      selectedActive: mergeClasses(styles.row, styles.selected, styles.active),
      cell: styles.cell,
      plainCell: styles.plainCell,
      icon: styles.icon,
      cellText: styles.cellText,
    }),
    [styles],
  );
  const selected = useMemo(() => new Set(props.selection), [props.selection]);
  const template = `${props.columns.map((c) => `${c.width}px`).join(' ')} minmax(0, 1fr)`;
  const totalWidth = props.columns.reduce((sum, c) => sum + c.width, 0);
  const first = Math.max(0, firstInView - OVERSCAN);
  const last = Math.min(sorted.length, firstInView + Math.ceil(height / ROW_HEIGHT) + OVERSCAN);
  const activeIndex = Math.min(active, sorted.length - 1);

  useEffect(() => {
    if (sorted.length === 0) setActive(-1);
  }, [sorted.length === 0]); // eslint-disable-line react-hooks/exhaustive-deps

  // The active row as of the last render, for the resize observer below.
  const activeRow = useRef(-1);
  activeRow.current = Math.min(active, sorted.length - 1);
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    let before = el.clientHeight;
    const observer = new ResizeObserver(() => {
      // A banner or notice appearing above the list shrinks it: a row that was in view (the one
      // just created and revealed) stays in view. One scrolled away from is left where it is.
      const index = activeRow.current;
      const header = el.firstElementChild?.getBoundingClientRect().height ?? 0;
      const top = index * ROW_HEIGHT;
      const wasInView =
        index >= 0 && top >= el.scrollTop && top + ROW_HEIGHT <= el.scrollTop + before - header;
      before = el.clientHeight;
      setHeight(el.clientHeight || 600);
      if (wasInView) scrollIntoView(index);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

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
    const header = el.firstElementChild?.getBoundingClientRect().height ?? 0;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight - header)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight + header;
  }

  // Only when the key to reveal changes: the user's own scrolling afterwards is left alone.
  useEffect(() => {
    if (props.reveal === undefined || props.reveal === null) return;
    const index = latest.current.keys.indexOf(props.reveal);
    if (index < 0) return;
    setActive(index);
    setAnchor(index);
    scrollIntoView(index);
  }, [props.reveal]);

  // Rows get one stable object whose methods read the latest props, so a row re-renders only when
  // its own data, selection or activity changes, never because a callback was re-created.
  const pendingCollapse = useRef<number | null>(null);
  const latest = useRef({ apply, props, selected, keys });
  latest.current = { apply, props, selected, keys };
  const events = useMemo<RowEvents>(
    () => ({
      onMouseDown(index: number, event: MouseEvent) {
        const gesture = event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'single';
        const key = latest.current.keys[index];
        // Pressing on a row of a multiple selection may start dragging all of it: the selection
        // collapses to the row only on the click that follows without a drag (as in Explorer).
        if (
          gesture === 'single' &&
          latest.current.props.dragType !== undefined &&
          key !== undefined &&
          latest.current.selected.has(key) &&
          latest.current.props.selection.length > 1
        ) {
          pendingCollapse.current = index;
          return;
        }
        latest.current.apply(index, gesture);
      },
      onClick(index: number) {
        if (pendingCollapse.current === index) latest.current.apply(index, 'single');
        pendingCollapse.current = null;
      },
      onDragStart(index: number, key: string, event: DragEvent) {
        const { props: current, selected: chosen } = latest.current;
        pendingCollapse.current = null;
        if (current.dragType === undefined) return;
        if (!chosen.has(key)) latest.current.apply(index, 'single');
        const dragged = chosen.has(key) ? current.selection : [key];
        event.dataTransfer.setData(current.dragType, JSON.stringify(dragged));
        event.dataTransfer.effectAllowed = 'move';
      },
      onDoubleClick(key: string) {
        latest.current.props.onOpen?.(key);
      },
      onContextMenu(index: number, key: string, event: MouseEvent) {
        event.preventDefault();
        if (!latest.current.selected.has(key)) latest.current.apply(index, 'single');
        latest.current.props.onContextMenu?.(key, { x: event.clientX, y: event.clientY });
      },
    }),
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 2);
    const gesture: SelectionGesture = event.shiftKey
      ? 'range'
      : event.ctrlKey || event.metaKey
        ? 'move'
        : 'single';
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: Math.max(0, activeIndex - 1),
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: sorted.length - 1,
    };
    const target = moves[event.key];
    const current = keys[activeIndex];
    if (target !== undefined) {
      event.preventDefault();
      apply(target, gesture);
    } else if (event.key === ' ') {
      event.preventDefault();
      apply(Math.max(0, activeIndex), event.ctrlKey ? 'toggle' : 'single');
    } else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      props.onSelectionChange(keys);
    } else if (event.key === 'Delete' && props.selection.length > 0) {
      event.preventDefault();
      props.onDelete?.();
    } else if (event.key === 'F2' && props.selection.length === 1) {
      event.preventDefault();
      props.onRename?.();
    } else if (event.key === 'Enter' && current !== undefined) {
      event.preventDefault();
      props.onOpen?.(current);
    } else if ((event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && current) {
      event.preventDefault();
      const row = document.getElementById(`${id}-row-${activeIndex}`)?.getBoundingClientRect();
      props.onContextMenu?.(current, { x: (row?.left ?? 0) + 40, y: row?.bottom ?? 0 });
    }
  }

  // Rows are keyed by slot, not by object, and kept in slot order: a row scrolled out hands its DOM
  // to the row scrolled in (its texts change, no element is created or moved), and rows that stay
  // in view keep their slot and skip rendering. Positions come from `top`, not from DOM order.
  const pool = Math.ceil(height / ROW_HEIGHT) + 2 * OVERSCAN + 1;
  const slots: ReactNode[] = new Array<ReactNode>(Math.min(pool, sorted.length)).fill(null);
  for (let index = first; index < last; index++) {
    const row = sorted[index] as T;
    const key = keys[index] ?? '';
    slots[index % pool] = (
      <TableRow
        key={index % pool}
        row={row}
        rowKey={key}
        index={index}
        id={`${id}-row-${index}`}
        columns={props.columns}
        template={template}
        selected={selected.has(key)}
        active={focused && index === activeIndex}
        events={events}
        classes={classes}
        draggable={props.dragType !== undefined}
      />
    );
  }
  const rows = slots.filter((slot) => slot !== null);

  return (
    <div
      role="grid"
      aria-label={props.ariaLabel}
      aria-rowcount={sorted.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeIndex >= 0 ? `${id}-row-${activeIndex}` : undefined}
      tabIndex={0}
      className={styles.grid}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <div
        ref={viewport}
        className={styles.viewport}
        onScroll={(event) => {
          const top = Math.floor(event.currentTarget.scrollTop / ROW_HEIGHT);
          // Rendered within the scroll event, so the frame that paints the new scroll position
          // paints its rows too: no blank band while the rows catch up a frame later.
          flushSync(() => setFirstInView(top));
        }}
        role="presentation"
      >
        <div
          role="row"
          aria-rowindex={1}
          className={styles.header}
          style={{ gridTemplateColumns: template, minWidth: totalWidth }}
        >
          {props.columns.map((column) => (
            <ColumnHeader
              key={column.key}
              column={column}
              sort={sort.key === column.key ? (sort.asc ? 'ascending' : 'descending') : 'none'}
              onSort={() => setSort((s) => ({ key: column.key, asc: s.key === column.key ? !s.asc : true }))}
              {...(props.onResize ? { onResize: props.onResize } : {})}
              onContextMenu={(event) => {
                event.preventDefault();
                props.onHeaderContextMenu?.(column.key, { x: event.clientX, y: event.clientY });
              }}
            />
          ))}
        </div>
        <div
          role="rowgroup"
          className={styles.body}
          style={{ height: sorted.length * ROW_HEIGHT, minWidth: totalWidth }}
        >
          {rows}
        </div>
      </div>
    </div>
  );
}
