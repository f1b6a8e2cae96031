import { describe, expect, it } from 'vitest';
import { cloudDomainKind, validateSmtpAddress } from './address-validation.ts';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('validateSmtpAddress', () => {
  it('accepts ordinary and unusual-but-valid addresses', () => {
    for (const ok of [
      'ann@contoso.com',
      "o'brien+news@mail.contoso.co.uk",
      'a.b-c_d@x-y.example.org',
      'ann@contoso.xn--p1ai',
      'a&b@contoso.com',
    ]) {
      expect(validateSmtpAddress(ok), ok).toEqual([]);
    }
  });

  it.each([
    ['ann.contoso.com', 'missing-at'],
    ['ann doe@contoso.com', 'contains-space'],
    ['ann@contoso', 'domain-no-dot'],
    ['ann..doe@contoso.com', 'consecutive-dots'],
    ['ann@contoso..com', 'consecutive-dots'],
    ['.ann@contoso.com', 'dot-at-edge'],
    ['ann.@contoso.com', 'dot-at-edge'],
    ['@contoso.com', 'missing-local-part'],
    ['ann@', 'missing-domain'],
    ['"ann doe"@contoso.com', 'quoted-local-part'],
    ['ann@b@contoso.com', 'multiple-at'],
    ['ann(x)@contoso.com', 'invalid-character'],
    ['ann@-contoso.com', 'invalid-domain-label'],
    ['ann@con_toso.com', 'invalid-domain-label'],
    ['ann@contoso.c0m', 'invalid-top-level-domain'],
    ['ann@[10.0.0.1]', 'domain-literal'],
    ['jürgen@contoso.com', 'non-ascii'],
    ['', 'empty'],
  ])('%s is an error: %s', (address, code) => {
    const issues = validateSmtpAddress(address);
    expect(codes(issues)).toContain(code);
    expect(issues.find((i) => i.code === code)?.severity).toBe('error');
  });

  it('enforces the length limits: 64 before the @, 256 for mail by default', () => {
    expect(codes(validateSmtpAddress(`${'a'.repeat(65)}@contoso.com`))).toContain('local-part-too-long');
    const long = `${'a'.repeat(10)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`;
    expect(long.length).toBeGreaterThan(256);
    expect(codes(validateSmtpAddress(long))).toContain('too-long');
    expect(codes(validateSmtpAddress(long, { maxLength: 1118 }))).not.toContain('too-long');
  });

  it('warns, without blocking, about non-routable domains', () => {
    const issues = validateSmtpAddress('ann@corp.local');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'non-routable-domain', severity: 'warning' });
  });

  it('reports the field it was asked to', () => {
    expect(validateSmtpAddress('x', { field: 'targetAddress' })[0]?.field).toBe('targetAddress');
  });
});

describe('cloudDomainKind', () => {
  it('tells the routing domain from the initial domain', () => {
    expect(cloudDomainKind('ann@contoso.mail.onmicrosoft.com')).toBe('routing');
    expect(cloudDomainKind('ann@contoso.onmicrosoft.com')).toBe('initial');
    expect(cloudDomainKind('ann@CONTOSO.MicrosoftOnline.com')).toBe('microsoftonline');
    expect(cloudDomainKind('ann@onmicrosoft.contoso.com')).toBe('none');
  });
});
