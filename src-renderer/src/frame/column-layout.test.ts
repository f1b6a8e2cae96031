import { describe, expect, it } from 'vitest';
import {
  attributeKey,
  DEFAULT_LAYOUTS,
  extraAttributes,
  loadLayout,
  movedColumn,
  resizedColumn,
  saveLayout,
  withColumn,
} from './column-layout.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('column layouts', () => {
  it('adds an attribute column that main must then read, and never removes Name', () => {
    const layout = withColumn(DEFAULT_LAYOUTS.container, attributeKey('department'), true);
    expect(layout.keys.at(-1)).toBe('attr:department');
    expect(extraAttributes(layout)).toEqual(['department']);
    expect(withColumn(layout, 'name', false).keys).toContain('name');
    expect(extraAttributes(withColumn(layout, 'attr:Department', false))).toEqual([]);
  });

  it('moves and resizes columns, with a minimum width', () => {
    const moved = movedColumn(DEFAULT_LAYOUTS.container, 'type', -1);
    expect(moved.keys.slice(0, 2)).toEqual(['type', 'name']);
    expect(resizedColumn(moved, 'type', 3).widths['type']).toBe(48);
  });

  it('remembers each view separately and ignores a layout it cannot read', () => {
    const storage = memoryStorage();
    saveLayout('find', resizedColumn(DEFAULT_LAYOUTS.find, 'name', 300), storage);
    expect(loadLayout('find', storage).widths['name']).toBe(300);
    expect(loadLayout('container', storage)).toEqual(DEFAULT_LAYOUTS.container);
    storage.setItem('recipientdesk.columns.container', '{"keys": 3}');
    expect(loadLayout('container', storage)).toEqual(DEFAULT_LAYOUTS.container);
  });
});
