import { describe, expect, it } from 'vitest';
import { suggestMailNickname, validateMailNickname } from './mail-nickname.ts';

const codes = (alias: string) => validateMailNickname(alias).map((i) => i.code);

describe('validateMailNickname', () => {
  it('accepts typical aliases', () => {
    for (const ok of ['ann', 'ann.doe', 'room-101', 'sales_eu', "o'brien"])
      expect(validateMailNickname(ok), ok).toEqual([]);
  });

  it('rejects what Exchange or Entra Connect refuse', () => {
    expect(codes('a'.repeat(65))).toContain('too-long');
    expect(codes('a'.repeat(64))).toEqual([]);
    expect(codes('ann doe')).toEqual(['contains-space']);
    expect(codes('sales&marketing')).toEqual(['ampersand']);
    expect(codes('ann@contoso')).toContain('invalid-character');
    expect(codes('ann(1)')).toContain('invalid-character');
    expect(codes('.ann')).toContain('dot-at-edge');
    expect(codes('ann..doe')).toContain('consecutive-dots');
    expect(codes('')).toEqual(['empty']);
    expect(validateMailNickname('a&b').every((i) => i.severity === 'error')).toBe(true);
  });
});

describe('suggestMailNickname', () => {
  it('derives a valid alias from an address or a name', () => {
    expect(suggestMailNickname('Ann.Doe@contoso.com')).toBe('Ann.Doe');
    expect(suggestMailNickname('Jürgen Müller & Co.')).toBe('JurgenMullerCo');
    for (const source of ['Jürgen Müller & Co.', '..x..y..', 'a'.repeat(80) + '@x.com']) {
      expect(validateMailNickname(suggestMailNickname(source))).toEqual([]);
    }
  });
});
