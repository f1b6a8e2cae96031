import { describe, expect, it } from 'vitest';
import { validateProxyAddressValue } from './proxy-address-validation.ts';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('validateProxyAddressValue', () => {
  it('accepts X500 values with spaces, parentheses and apostrophes (unlike IdFix)', () => {
    expect(
      validateProxyAddressValue(
        "X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=o'brien",
      ),
    ).toEqual([]);
    expect(validateProxyAddressValue('X400:c=US;a= ;p=Contoso;o=Exchange;s=Doe;g=Ann;')).toEqual([]);
    expect(validateProxyAddressValue('NOTES:Ann Doe/Contoso')).toEqual([]);
  });

  it('checks SMTP values as addresses', () => {
    expect(codes(validateProxyAddressValue('smtp:ann doe@contoso.com'))).toContain('contains-space');
    expect(validateProxyAddressValue('SMTP:ann@contoso.com')).toEqual([]);
  });

  it('flags a missing prefix, odd SMTP case, control characters and the per-value limit', () => {
    expect(codes(validateProxyAddressValue('ann@contoso.com'))).toEqual(['missing-prefix']);
    expect(validateProxyAddressValue('Smtp:ann@contoso.com')[0]).toMatchObject({
      code: 'prefix-case',
      severity: 'warning',
    });
    expect(codes(validateProxyAddressValue('X500:/o=a\tb'))).toContain('control-character');
    expect(codes(validateProxyAddressValue(`X500:/o=${'a'.repeat(1120)}`))).toContain('too-long');
    expect(codes(validateProxyAddressValue('TOOLONGPREFIX:x'))).toContain('invalid-prefix');
    expect(codes(validateProxyAddressValue('X500:cn=x'))).toContain('x500-format');
  });
});
