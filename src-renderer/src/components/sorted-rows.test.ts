import { describe, expect, it } from 'vitest';
import { mergeSorted, sortRows } from './sorted-rows.ts';

const byValue = (a: number, b: number) => a - b;

describe('sorting a list that grows', () => {
  it('merges a new page into the sorted rows', () => {
    expect(mergeSorted([1, 3, 5, 7], [6, 0, 3, 9], byValue)).toEqual([0, 1, 3, 3, 5, 6, 7, 9]);
  });

  it('re-sorts as pages arrive and gives the same order as a full sort', () => {
    const page1 = [5, 2, 8];
    const first = sortRows(page1, byValue, null);
    const grown = [...page1, 1, 9, 4];
    const second = sortRows(grown, byValue, first);
    expect(second.sorted).toEqual([1, 2, 4, 5, 8, 9]);
  });

  it('sorts from scratch when a row was replaced rather than added', () => {
    const first = sortRows([3, 1, 2], byValue, null);
    const second = sortRows([3, 10, 2, 0], byValue, first);
    expect(second.sorted).toEqual([0, 2, 3, 10]);
  });
});
