import {
  AndFilter,
  ApproximateFilter,
  EqualityFilter,
  ExtensibleFilter,
  GreaterThanEqualsFilter,
  LessThanEqualsFilter,
  NotFilter,
  OrFilter,
  PresenceFilter,
  SubstringFilter,
  type Filter,
} from 'ldapts';
import { strings, type Entry } from '../directory/entry.ts';
import { rdnOf, rdnValue } from '../../src-preload/shared/dn.ts';

const BITWISE_AND = '1.2.840.113556.1.4.803';
const BITWISE_OR = '1.2.840.113556.1.4.804';

/**
 * Whether a cached entry matches an LDAP filter, as a DC would decide it for the common cases:
 * every value of a multi-valued attribute is tried, text compares without case, objectCategory
 * may be named by class ("person"), and userAccountControl bits match with AD's bitwise rules.
 * `anr` is answered by `anr(entry, text)` (the full-text index).
 */
export function matchesFilter(
  filter: Filter,
  entry: Entry,
  anr: (entry: Entry, text: string) => boolean,
): boolean {
  const visit = (f: Filter): boolean => {
    if (f instanceof AndFilter) return f.filters.every(visit);
    if (f instanceof OrFilter) return f.filters.some(visit);
    if (f instanceof NotFilter) return !visit(f.filter);
    if (f instanceof PresenceFilter) return strings(entry, f.attribute).length > 0;
    if (f instanceof EqualityFilter || f instanceof ApproximateFilter) {
      const wanted = (Buffer.isBuffer(f.value) ? f.value.toString('utf8') : f.value).toLowerCase();
      if (f.attribute.toLowerCase() === 'anr') return anr(entry, wanted);
      return valuesFor(entry, f.attribute).some((v) => v === wanted);
    }
    if (f instanceof SubstringFilter) return valuesFor(entry, f.attribute).some((v) => substringMatch(f, v));
    if (f instanceof GreaterThanEqualsFilter)
      return valuesFor(entry, f.attribute).some((v) => compare(v, f.value.toLowerCase()) >= 0);
    if (f instanceof LessThanEqualsFilter)
      return valuesFor(entry, f.attribute).some((v) => compare(v, f.value.toLowerCase()) <= 0);
    if (f instanceof ExtensibleFilter) {
      const bits = Number(f.value);
      if (f.rule !== BITWISE_AND && f.rule !== BITWISE_OR) return false;
      return valuesFor(entry, f.matchType).some((v) => {
        const held = Number(v) | 0;
        return f.rule === BITWISE_AND ? (held & bits) === (bits | 0) : (held & bits) !== 0;
      });
    }
    return false;
  };
  return visit(filter);
}

/** Lowercased values; objectCategory also by its class name, as AD accepts `objectCategory=person`. */
function valuesFor(entry: Entry, attribute: string): string[] {
  const found = strings(entry, attribute).map((v) => v.toLowerCase());
  if (attribute.toLowerCase() === 'objectcategory')
    return [...found, ...found.map((dn) => rdnValue(rdnOf(dn)))];
  return found;
}

function substringMatch(f: SubstringFilter, value: string): boolean {
  let at = 0;
  const initial = (f.initial ?? '').toLowerCase();
  if (initial !== '') {
    if (!value.startsWith(initial)) return false;
    at = initial.length;
  }
  for (const part of f.any ?? []) {
    const found = value.indexOf(part.toLowerCase(), at);
    if (found < 0) return false;
    at = found + part.length;
  }
  const final = (f.final ?? '').toLowerCase();
  return final === '' || (value.length - final.length >= at && value.endsWith(final));
}

/** Numbers compare as numbers (uSNChanged>=…), everything else as text. */
function compare(a: string, b: string): number {
  if (/^-?\d+$/.test(a) && /^-?\d+$/.test(b)) {
    const difference = BigInt(a) - BigInt(b);
    return difference > 0n ? 1 : difference < 0n ? -1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
