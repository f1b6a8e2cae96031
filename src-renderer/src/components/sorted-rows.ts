/**
 * Sorting for a list that grows page by page. A full sort of 100,000 rows on every page would
 * stall the list while it loads; when the new rows only extend the old ones, the new page alone is
 * sorted and merged in (binary search per row, one copy), so each page costs about its own size.
 */
export interface SortState<T> {
  rows: readonly T[];
  sorted: T[];
  compare: (a: T, b: T) => number;
}

function isExtension<T>(previous: readonly T[], rows: readonly T[]): boolean {
  if (previous.length === 0 || rows.length <= previous.length) return false;
  for (let i = 0; i < previous.length; i++) if (previous[i] !== rows[i]) return false;
  return true;
}

/** Index of the first element of `sorted` (from `from` on) that sorts after `item`. */
function upperBound<T>(sorted: readonly T[], item: T, from: number, compare: (a: T, b: T) => number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid] as T, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mergeSorted<T>(
  sorted: readonly T[],
  added: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  const tail = [...added].sort(compare);
  const out: T[] = [];
  let at = 0;
  for (const item of tail) {
    const to = upperBound(sorted, item, at, compare);
    for (let i = at; i < to; i++) out.push(sorted[i] as T);
    out.push(item);
    at = to;
  }
  for (let i = at; i < sorted.length; i++) out.push(sorted[i] as T);
  return out;
}

/** Sorts `rows`, reusing `previous` when the rows only grew and the order is the same. */
export function sortRows<T>(
  rows: readonly T[],
  compare: (a: T, b: T) => number,
  previous: SortState<T> | null,
): SortState<T> {
  if (previous !== null && previous.compare === compare && isExtension(previous.rows, rows)) {
    return { rows, compare, sorted: mergeSorted(previous.sorted, rows.slice(previous.rows.length), compare) };
  }
  return { rows, compare, sorted: [...rows].sort(compare) };
}
