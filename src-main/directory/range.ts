import type { AttributeValue, Entry } from './entry.ts';
import { searchOne } from './search.ts';
import type { SearchContext } from './search.ts';

/**
 * Range retrieval (AD's answer to attributes with thousands of values, e.g. `member`): ask for
 * `member;range=0-1499`, receive `member;range=0-1499` (more to come) or `member;range=1500-*`
 * (the last slice). AD forces it above MaxValRange; Samba does not, so we always ask explicitly.
 */

export const DEFAULT_RANGE_SIZE = 1500;

export interface RangedName {
  attribute: string;
  low: number;
  /** undefined for `*`: the last slice. */
  high: number | undefined;
}

const RANGED = /^(.+);range=(\d+)-(\d+|\*)$/i;

export function parseRangedName(name: string): RangedName | undefined {
  const m = RANGED.exec(name);
  if (m === null) return undefined;
  return { attribute: m[1] ?? '', low: Number(m[2]), high: m[3] === '*' ? undefined : Number(m[3]) };
}

export function rangedName(attribute: string, low: number, size: number): string {
  return `${attribute};range=${low}-${low + size - 1}`;
}

/** Every value of `attribute` on `dn`, fetched slice by slice. */
export async function readAllValues(
  ctx: SearchContext,
  dn: string,
  attribute: string,
  rangeSize = DEFAULT_RANGE_SIZE,
): Promise<AttributeValue[]> {
  const all: AttributeValue[] = [];
  let low = 0;
  // Bounded so a misbehaving server cannot keep us looping forever.
  for (let round = 0; round < 100_000; round++) {
    const entry = await searchOne(ctx, dn, [rangedName(attribute, low, rangeSize)]);
    if (entry === undefined) return all;
    const slice = findSlice(entry, attribute);
    if (slice === undefined) return all;
    all.push(...slice.values);
    if (slice.range === undefined || slice.range.high === undefined) return all;
    low = slice.range.high + 1;
  }
  return all;
}

function findSlice(
  entry: Entry,
  attribute: string,
): { values: AttributeValue[]; range: RangedName | undefined } | undefined {
  const wanted = attribute.toLowerCase();
  for (const [key, values] of entry.attrs) {
    const range = parseRangedName(key);
    if (range !== undefined && range.attribute.toLowerCase() === wanted) return { values, range };
    // A server that ignores the range option answers with the plain name and every value.
    if (key.toLowerCase() === wanted) return { values, range: undefined };
  }
  return undefined;
}

/**
 * Replaces every `x;range=a-b` slice of an entry with the complete `x`, fetching what is missing.
 */
export async function completeRangedAttributes(
  ctx: SearchContext,
  entry: Entry,
  rangeSize = DEFAULT_RANGE_SIZE,
): Promise<Entry> {
  for (const key of [...entry.attrs.keys()]) {
    const range = parseRangedName(key);
    if (range === undefined) continue;
    const values = entry.attrs.get(key) ?? [];
    entry.attrs.delete(key);
    if (range.high === undefined) {
      entry.attrs.set(range.attribute, values);
      continue;
    }
    const rest: AttributeValue[] = [];
    let low = range.high + 1;
    while (true) {
      const next = await searchOne(ctx, entry.dn, [rangedName(range.attribute, low, rangeSize)]);
      const slice = next === undefined ? undefined : findSlice(next, range.attribute);
      if (slice === undefined) break;
      rest.push(...slice.values);
      if (slice.range === undefined || slice.range.high === undefined) break;
      low = slice.range.high + 1;
    }
    entry.attrs.set(range.attribute, [...values, ...rest]);
  }
  return entry;
}
