/**
 * Which columns a list view shows, in which order and how wide: the user's choice, remembered per
 * view in localStorage (a layout is the renderer's own business; main only needs to know which
 * extra attributes to read, which `extraAttributes` tells it).
 */

/** The container list and Find's results keep separate layouts, as ADUC does. */
export type ListView = 'container' | 'find';

export interface ColumnLayout {
  /** Column keys in display order: built-in keys, or `attr:<name>` for a chosen attribute. */
  keys: string[];
  /** Widths in CSS pixels by key; missing keys use the column's default. */
  widths: Record<string, number>;
}

export const ATTRIBUTE_PREFIX = 'attr:';
export const MIN_COLUMN_WIDTH = 48;

export const DEFAULT_LAYOUTS: Record<ListView, ColumnLayout> = {
  container: {
    keys: ['name', 'type', 'description', 'primarySmtp', 'recipientType', 'upn', 'accountState'],
    widths: {},
  },
  find: { keys: ['name', 'type', 'location', 'description', 'primarySmtp', 'upn'], widths: {} },
};

export function attributeKey(attribute: string): string {
  return `${ATTRIBUTE_PREFIX}${attribute}`;
}

/** The attributes main must read for the view's rows. */
export function extraAttributes(layout: ColumnLayout): string[] {
  return layout.keys
    .filter((k) => k.startsWith(ATTRIBUTE_PREFIX))
    .map((k) => k.slice(ATTRIBUTE_PREFIX.length));
}

export function withColumn(layout: ColumnLayout, key: string, shown: boolean): ColumnLayout {
  const has = layout.keys.some((k) => k.toLowerCase() === key.toLowerCase());
  if (shown === has) return layout;
  // The name column carries the icon and the row's identity: it cannot be removed.
  if (!shown && key === 'name') return layout;
  return {
    ...layout,
    keys: shown ? [...layout.keys, key] : layout.keys.filter((k) => k.toLowerCase() !== key.toLowerCase()),
  };
}

export function movedColumn(layout: ColumnLayout, key: string, by: -1 | 1): ColumnLayout {
  const from = layout.keys.indexOf(key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= layout.keys.length) return layout;
  const keys = [...layout.keys];
  [keys[from], keys[to]] = [keys[to] as string, keys[from] as string];
  return { ...layout, keys };
}

export function resizedColumn(layout: ColumnLayout, key: string, width: number): ColumnLayout {
  return { ...layout, widths: { ...layout.widths, [key]: Math.max(MIN_COLUMN_WIDTH, Math.round(width)) } };
}

const storageKey = (view: ListView) => `recipientdesk.columns.${view}`;

function isLayout(value: unknown): value is ColumnLayout {
  if (typeof value !== 'object' || value === null) return false;
  const { keys, widths } = value as Partial<ColumnLayout>;
  return (
    Array.isArray(keys) &&
    keys.every((k) => typeof k === 'string') &&
    typeof widths === 'object' &&
    widths !== null &&
    Object.values(widths).every((w) => typeof w === 'number')
  );
}

export function loadLayout(view: ListView, storage: Pick<Storage, 'getItem'> = localStorage): ColumnLayout {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(view)) ?? 'null');
    if (isLayout(parsed) && parsed.keys.includes('name')) return parsed;
  } catch {
    // A layout that no longer parses is forgotten, not fatal.
  }
  return DEFAULT_LAYOUTS[view];
}

export function saveLayout(
  view: ListView,
  layout: ColumnLayout,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  storage.setItem(storageKey(view), JSON.stringify(layout));
}
