import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors.ts';
import {
  externalTargetAddress,
  parseTargetAddress,
  remoteRoutingAddress,
  remoteTargetAddress,
  tenantName,
  validateTargetAddress,
} from './target-address.ts';

const codes = (value: string, check = {}) => validateTargetAddress(value, check).map((i) => i.code);

describe('composing', () => {
  it('builds the remote routing target from alias and any form of tenant name', () => {
    expect(remoteTargetAddress('ann.doe', 'contoso')).toBe('SMTP:ann.doe@contoso.mail.onmicrosoft.com');
    expect(remoteRoutingAddress('ann', 'Contoso.onmicrosoft.com')).toBe('ann@contoso.mail.onmicrosoft.com');
    expect(tenantName('contoso.mail.onmicrosoft.com')).toBe('contoso');
  });

  it('refuses a bad alias or tenant with a specific message', () => {
    expect(() => remoteTargetAddress('ann doe', 'contoso')).toThrow(/space/);
    expect(() => remoteTargetAddress('ann', 'not a tenant')).toThrow(AppError);
    expect(() => tenantName('')).toThrow(/not a tenant name/);
  });

  it('prefixes an external address once', () => {
    expect(externalTargetAddress('smtp:ann@domino.contoso.com')).toBe('SMTP:ann@domino.contoso.com');
    expect(externalTargetAddress('ann@fabrikam.com')).toBe('SMTP:ann@fabrikam.com');
  });
});

describe('parseTargetAddress', () => {
  it('recognises a routing address and its tenant', () => {
    expect(parseTargetAddress('SMTP:ann@Contoso.mail.onmicrosoft.com')).toEqual({
      prefix: 'SMTP',
      type: 'smtp',
      address: 'ann@Contoso.mail.onmicrosoft.com',
      remoteRouting: true,
      tenant: 'contoso',
    });
  });

  it('reads an unprefixed address as SMTP, as Exchange does', () => {
    expect(parseTargetAddress('ann@fabrikam.com')).toMatchObject({
      prefix: '',
      type: 'smtp',
      remoteRouting: false,
    });
  });
});

describe('validateTargetAddress', () => {
  it('accepts correct stamps', () => {
    expect(
      validateTargetAddress('SMTP:ann@contoso.mail.onmicrosoft.com', { expect: 'remote', tenant: 'contoso' }),
    ).toEqual([]);
    expect(validateTargetAddress('SMTP:ann@fabrikam.com', { expect: 'external' })).toEqual([]);
  });

  it('warns when the stamp does not fit the recipient kind', () => {
    expect(codes('SMTP:ann@fabrikam.com', { expect: 'remote' })).toEqual(['not-remote-routing']);
    expect(codes('SMTP:ann@fabrikam.mail.onmicrosoft.com', { expect: 'remote', tenant: 'contoso' })).toEqual([
      'other-tenant',
    ]);
    expect(codes('SMTP:ann@contoso.mail.onmicrosoft.com', { expect: 'external' })).toEqual([
      'routes-to-tenant',
    ]);
  });

  it('reports syntax, prefix and length problems', () => {
    expect(codes('')).toEqual(['empty']);
    expect(codes('SMTP:ann@contoso')).toEqual(['domain-no-dot']);
    expect(codes('ann@fabrikam.com')).toEqual(['missing-prefix']);
    expect(codes('X400:c=US;a= ;p=Contoso')).toEqual(['not-smtp']);
    expect(
      codes(`SMTP:${'a'.repeat(60)}@${['b', 'c', 'd', 'e'].map((c) => c.repeat(50)).join('.')}.com`),
    ).toEqual(['long-for-sync']);
  });
});
