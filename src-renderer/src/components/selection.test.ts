import { describe, expect, it } from 'vitest';
import { nextSelection } from './selection.ts';

const keys = ['a', 'b', 'c', 'd', 'e'];

describe('nextSelection', () => {
  it('selects one row on a plain click', () => {
    expect(nextSelection(keys, ['a', 'b'], 3, 0, 'single')).toEqual(['d']);
  });
  it('toggles with Ctrl', () => {
    expect(nextSelection(keys, ['a'], 2, 0, 'toggle')).toEqual(['a', 'c']);
    expect(nextSelection(keys, ['a', 'c'], 2, 0, 'toggle')).toEqual(['a']);
  });
  it('selects the range from the anchor in either direction with Shift', () => {
    expect(nextSelection(keys, ['b'], 3, 1, 'range')).toEqual(['b', 'c', 'd']);
    expect(nextSelection(keys, ['d'], 0, 3, 'range')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps the selection when only the focus moves', () => {
    expect(nextSelection(keys, ['e'], 1, 4, 'move')).toEqual(['e']);
  });
});
