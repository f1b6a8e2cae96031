import { describe, expect, it } from 'vitest';
import { escapeDnValue, escapeFilterValue, filter, rdn, unescapeDnValue } from './escape.ts';

describe('escapeFilterValue (RFC 4515)', () => {
  it('escapes the five special characters', () => {
    expect(escapeFilterValue('Test (Star*) Back\\slash\0')).toBe('Test \\28Star\\2a\\29 Back\\5cslash\\00');
  });
  it('escapes non-ASCII characters as their UTF-8 bytes', () => {
    expect(escapeFilterValue('Zoë Müller')).toBe('Zo\\c3\\ab M\\c3\\bcller');
    expect(escapeFilterValue('😀')).toBe('\\f0\\9f\\98\\80');
  });
  it('escapes a Buffer byte by byte', () => {
    expect(escapeFilterValue(Buffer.from([0x00, 0x0f, 0xab, 0x2a]))).toBe('\\00\\0f\\ab\\2a');
  });
  it('leaves plain ASCII alone', () => {
    expect(escapeFilterValue('john.smith@contoso.com')).toBe('john.smith@contoso.com');
  });
  it('escapes interpolated values in the filter template', () => {
    const name = 'a*)(objectClass=*';
    expect(filter`(&(cn=${name})(x=${7}))`).toBe('(&(cn=a\\2a\\29\\28objectClass=\\2a)(x=7))');
  });
});

describe('escapeDnValue (RFC 4514)', () => {
  it('escapes specials with a backslash', () => {
    expect(escapeDnValue('Smith, John + "Jr" <x>;y=z\\')).toBe(
      'Smith\\, John \\+ \\"Jr\\" \\<x\\>\\;y\\=z\\\\',
    );
  });
  it('escapes a leading # or space and a trailing space', () => {
    expect(escapeDnValue('#1 ')).toBe('\\#1\\ ');
    expect(escapeDnValue(' lead')).toBe('\\ lead');
    expect(escapeDnValue('a#b c')).toBe('a#b c');
  });
  it('keeps non-ASCII text and escapes NUL', () => {
    expect(escapeDnValue('Zoë\0')).toBe('Zoë\\00');
  });
  it('round-trips through unescapeDnValue, including hex escapes', () => {
    for (const value of ['Smith, John', ' x ', '#tag', 'Zoë Müller', 'Test (Star*) Back\\slash', '😀,a']) {
      expect(unescapeDnValue(escapeDnValue(value))).toBe(value);
    }
    expect(unescapeDnValue('Zo\\C3\\AB\\2C')).toBe('Zoë,');
  });
  it('builds an RDN', () => {
    expect(rdn('CN', 'Smith, John')).toBe('CN=Smith\\, John');
  });
});
