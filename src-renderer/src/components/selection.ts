export type SelectionGesture = 'single' | 'toggle' | 'range' | 'move';

/**
 * Explorer-style multi-select: a click selects one row, Ctrl+click toggles one, Shift+click selects
 * the range from the anchor. Pure, so it is unit-tested without a DOM.
 */
export function nextSelection(
  keys: string[],
  current: string[],
  index: number,
  anchor: number,
  gesture: SelectionGesture,
): string[] {
  const key = keys[index];
  if (key === undefined) return current;
  switch (gesture) {
    case 'single':
      return [key];
    case 'toggle':
      return current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
    case 'range': {
      const [from, to] = anchor <= index ? [anchor, index] : [index, anchor];
      return keys.slice(from, to + 1);
    }
    case 'move':
      return current;
  }
}
