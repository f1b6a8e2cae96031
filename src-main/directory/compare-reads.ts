import type { AttributeValue, Entry } from './entry.ts';
import { completeRangedAttributes, rangedName } from './range.ts';
import type { DirectorySchema } from './schema.ts';
import { searchOne } from './search.ts';
import type { SearchContext } from './search.ts';

/**
 * The reads the change journal builds a compare-and-swap on (a base, or "theirs" in a conflict).
 * They must hold every value: Windows AD answers a plain request for a big multi-valued attribute
 * with its first MaxValRange values only, and a "keep mine" built on that slice would remove the
 * rest. So every multi-valued text attribute is asked for as a range (`member;range=0-1499`), the
 * path Windows forces, and completed slice by slice.
 */
export async function readComplete(
  ctx: SearchContext,
  schema: DirectorySchema,
  dn: string,
  attrs: readonly string[],
  binaryAttrs: readonly string[],
  rangeSize: number,
): Promise<Record<string, string[]>> {
  const binary = new Set(binaryAttrs.map((a) => a.toLowerCase()));
  const requested = attrs.map((attr) =>
    binary.has(attr.toLowerCase()) || schema.isBinary(attr) || schema.isSingleValued(attr)
      ? attr
      : rangedName(attr, 0, rangeSize),
  );
  const entry = await searchOne(ctx, dn, requested);
  if (entry === undefined) return {};
  await completeRangedAttributes(ctx, entry, rangeSize);
  return asText(entry, binary);
}

/** Every stored attribute of an entry, as the audit keeps a deleted object. */
export async function readWhole(
  ctx: SearchContext,
  schema: DirectorySchema,
  dn: string,
  rangeSize: number,
): Promise<{ values: Record<string, string[]>; binary: string[] }> {
  const entry = await searchOne(ctx, dn, ['*', rangedName('member', 0, rangeSize)]);
  if (entry === undefined) return { values: {}, binary: [] };
  if (entry.attrs.has('member')) {
    for (const key of [...entry.attrs.keys()])
      if (key.toLowerCase().startsWith('member;range=')) entry.attrs.delete(key);
  }
  await completeRangedAttributes(ctx, entry, rangeSize);
  const binary = [...entry.attrs.keys()].filter(
    (name) => schema.isBinary(name) || (entry.attrs.get(name) ?? []).some((v) => Buffer.isBuffer(v)),
  );
  return { values: asText(entry, new Set(binary.map((b) => b.toLowerCase()))), binary };
}

function asText(entry: Entry, binary: ReadonlySet<string>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, values] of entry.attrs) {
    const asBase64 = binary.has(name.toLowerCase());
    result[name] = values.map((value: AttributeValue) =>
      Buffer.isBuffer(value)
        ? value.toString(asBase64 ? 'base64' : 'utf8')
        : asBase64
          ? Buffer.from(value).toString('base64')
          : value,
    );
  }
  return result;
}
