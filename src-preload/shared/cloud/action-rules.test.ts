import { describe, expect, it } from 'vitest';
import { psString } from './action-check.ts';
import { hardMatchImmutableId, immutableIdProblem } from './hard-match-rules.ts';
import { base64ByteLength } from './immutable-id.ts';
import { daysLeft, originalUserPrincipalName } from './restore-rules.ts';

describe('hard match ImmutableId', () => {
  const bytes = [...Buffer.from('3d2c1b0a5f4e71608293a4b5c6d7e8f9', 'hex')];
  it('is the base64 of the objectGUID bytes, or the consistency GUID where set', () => {
    const ad = { objectGuidBytes: bytes, userPrincipalName: 'a@contoso.com', dn: 'CN=a' };
    expect(hardMatchImmutableId(ad)).toBe(Buffer.from(bytes).toString('base64'));
    expect(hardMatchImmutableId({ ...ad, consistencyGuidBase64: 'AAAAAAAAAAAAAAAAAAAAAA==' })).toBe(
      'AAAAAAAAAAAAAAAAAAAAAA==',
    );
    expect(base64ByteLength(Buffer.from(bytes).toString('base64'))).toBe(16);
  });
  it('names what makes a value unusable', () => {
    expect(immutableIdProblem(Buffer.from(bytes).toString('base64'))).toBeNull();
    expect(immutableIdProblem('ab$d')).toBe(
      'The ImmutableId "ab$d" holds $ or _, which Microsoft 365 does not accept.',
    );
    expect(immutableIdProblem('abc')).toBe('The ImmutableId "abc" is not base64.');
    expect(immutableIdProblem('AAAA')).toMatch(/is 3 bytes, not the 16 of a GUID/);
    expect(immutableIdProblem('')).toMatch(/no objectGUID/);
  });
});

describe('restore rules', () => {
  it('counts the days left of the 30', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    expect(daysLeft('2026-12-03T09:00:00Z', now)).toBe(30);
    expect(daysLeft('2026-11-03T11:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-10-01T00:00:00Z', now)).toBe(0);
  });
  it('strips the object id the directory puts before a deleted user’s UPN', () => {
    const id = '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
    expect(originalUserPrincipalName(id, '0a1b2c3d4e5f60718293a4b5c6d7e8f9pat@contoso.com')).toBe(
      'pat@contoso.com',
    );
    expect(originalUserPrincipalName(id, 'pat@contoso.com')).toBe('pat@contoso.com');
  });
});

describe('PowerShell strings', () => {
  it('quote so that nothing expands', () => {
    expect(psString("O'Brien $x")).toBe("'O''Brien $x'");
  });
});
