import { describe, expect, it } from 'vitest';
import {
  AndFilter,
  BerWriter,
  EqualityFilter,
  GreaterThanEqualsFilter,
  OrFilter,
  SubstringFilter,
} from 'ldapts';
import type { ExtensibleFilter, Filter, NotFilter, PresenceFilter } from 'ldapts';
import { AppError } from '../../src-preload/contract/errors.ts';
import { escapeFilterValue } from './escape.ts';
import { parseFilter } from './filter-parser.ts';

function wire(f: Filter): Buffer {
  const writer = new BerWriter();
  f.write(writer);
  return writer.buffer;
}

function failure(text: string): AppError {
  try {
    parseFilter(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected ${text} to be rejected`);
}

describe('parseFilter', () => {
  it('parses nested and/or/not with every item kind', () => {
    const f = parseFilter('(&(objectClass=user)(|(cn=ab*c*d)(sn>=M))(!(mail=*)))');
    expect(f).toBeInstanceOf(AndFilter);
    const [eq, or, not] = (f as AndFilter).filters;
    expect(eq).toBeInstanceOf(EqualityFilter);
    expect(or).toBeInstanceOf(OrFilter);
    const sub = (or as OrFilter).filters[0] as SubstringFilter;
    expect(sub).toBeInstanceOf(SubstringFilter);
    expect([sub.initial, sub.any, sub.final]).toEqual(['ab', ['c'], 'd']);
    expect((or as OrFilter).filters[1]).toBeInstanceOf(GreaterThanEqualsFilter);
    expect(((not as NotFilter).filter as PresenceFilter).attribute).toBe('mail');
  });

  it('accepts an item without outer parentheses', () => {
    expect((parseFilter('cn=Zoë*') as SubstringFilter).initial).toBe('Zoë');
  });

  it('decodes \\xx escapes as UTF-8 bytes, so non-ASCII reaches the wire intact', () => {
    const f = parseFilter(`(displayName=${escapeFilterValue('Zoë Müller')})`) as EqualityFilter;
    expect(f.value).toBe('Zoë Müller');
    expect(wire(f).includes(Buffer.from('Zoë Müller', 'utf8'))).toBe(true);
  });

  it('keeps escaped specials as literal characters', () => {
    const name = 'Test (Star*) Back\\slash';
    const f = parseFilter(`(cn=${escapeFilterValue(name)})`) as EqualityFilter;
    expect(f).toBeInstanceOf(EqualityFilter);
    expect(f.value).toBe(name);
  });

  it('keeps a binary equality value as bytes (objectGUID)', () => {
    const guid = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const f = parseFilter(`(objectGUID=${escapeFilterValue(guid)})`) as EqualityFilter;
    expect(Buffer.isBuffer(f.value)).toBe(true);
    expect(wire(f).includes(guid)).toBe(true);
  });

  it('parses extensible matches with OIDs and attribute options', () => {
    const f = parseFilter('(userAccountControl:1.2.840.113556.1.4.803:=2)') as ExtensibleFilter;
    expect([f.matchType, f.rule, f.value, f.dnAttributes]).toEqual([
      'userAccountControl',
      '1.2.840.113556.1.4.803',
      '2',
      false,
    ]);
    const dn = parseFilter('(ou:dn:=Sales)') as ExtensibleFilter;
    expect(dn.dnAttributes).toBe(true);
    expect((parseFilter('(cn;lang-en=*)') as PresenceFilter).attribute).toBe('cn;lang-en');
    expect((parseFilter('(1.2.840.113556.1.4.221=jdoe)') as EqualityFilter).attribute).toBe(
      '1.2.840.113556.1.4.221',
    );
  });

  it.each([
    ['(cn=a', 5, "')'"],
    ['(&(cn=a)', 8, "')'"],
    ['(cn=a))', 6, 'the end of the filter'],
    ['(cn=a(b)', 5, "'\\28'"],
    ['(cn=a\\zz)', 6, 'two hex digits'],
    ['(=a)', 1, 'an attribute name'],
    ['(cn!a)', 3, "'='"],
    ['(&)', 2, "a '('"],
    ['(cn>=\\ff)', 7, 'UTF-8'],
  ])('rejects %s at position %i', (text, position, expected) => {
    const error = failure(text);
    expect(error.code).toBe('INVALID_FILTER');
    expect(error.details?.position).toBe(position);
    expect(String(error.details?.expected)).toContain(expected);
    expect(error.message).toContain(`character ${position + 1}`);
  });

  it('reports positions in the text as typed when outer parentheses were omitted', () => {
    const error = failure('  cn=a(b');
    expect(error.details?.position).toBe(6);
  });

  it('rejects an empty filter', () => {
    expect(failure('   ').code).toBe('INVALID_FILTER');
  });
});
