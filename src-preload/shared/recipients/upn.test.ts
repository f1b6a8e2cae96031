import { describe, expect, it } from 'vitest';
import { knownUpnSuffixes, splitUpn, validateUpn } from './upn.ts';

const codes = (upn: string, options = {}) => validateUpn(upn, options).map((i) => i.code);

describe('splitUpn', () => {
  it('splits at the last @', () => {
    expect(splitUpn('ann@contoso.com')).toEqual({ prefix: 'ann', suffix: 'contoso.com' });
    expect(splitUpn('ann')).toBeUndefined();
  });
});

describe('knownUpnSuffixes', () => {
  it('merges domain names and forest suffixes without case duplicates', () => {
    expect(
      knownUpnSuffixes(['contoso.com', 'Fabrikam.com', ' '], ['corp.contoso.com', 'CONTOSO.com']),
    ).toEqual(['corp.contoso.com', 'CONTOSO.com', 'Fabrikam.com']);
  });
});

describe('validateUpn', () => {
  const knownSuffixes = ['contoso.com', 'corp.contoso.local'];

  it('accepts a valid UPN with a known suffix, ignoring case', () => {
    expect(validateUpn("ann.o'brien@Contoso.com", { knownSuffixes })).toEqual([]);
  });

  it.each([
    ['', 'empty'],
    ['ann', 'missing-at'],
    ['@contoso.com', 'missing-prefix'],
    ['ann@', 'missing-suffix'],
    ['ann doe@contoso.com', 'invalid-character'],
    ['ann&co@contoso.com', 'invalid-character'],
    ['jürgen@contoso.com', 'invalid-character'],
    ['ann@b@contoso.com', 'multiple-at'],
    ['ann.@contoso.com', 'dot-at-edge'],
    ['ann..doe@contoso.com', 'consecutive-dots'],
    ['ann@contoso_com', 'invalid-suffix'],
  ])('%s is an error: %s', (upn, code) => {
    const issue = validateUpn(upn).find((i) => i.code === code);
    expect(issue?.severity).toBe('error');
  });

  it('enforces 64 before the @ and 113 overall', () => {
    expect(codes(`${'a'.repeat(65)}@contoso.com`)).toContain('prefix-too-long');
    expect(codes(`${'a'.repeat(64)}@${'b'.repeat(45)}.com`)).toContain('too-long');
    expect(codes(`${'a'.repeat(64)}@${'b'.repeat(44)}.com`)).toEqual([]);
  });

  it('warns about suffixes unknown to the forest or not verified in the tenant', () => {
    expect(codes('ann@fabrikam.com', { knownSuffixes })).toEqual(['unknown-suffix']);
    expect(codes('ann@corp.contoso.local', { knownSuffixes, verifiedDomains: ['contoso.com'] })).toEqual([
      'unverified-suffix',
    ]);
    expect(codes('ann@sub.contoso.com', { verifiedDomains: ['contoso.com'] })).toEqual(['unverified-suffix']);
    expect(validateUpn('ann@fabrikam.com', { knownSuffixes })[0]?.severity).toBe('warning');
  });
});
