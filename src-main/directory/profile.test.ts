import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { bindIdentityKind, checkBeforeConnect, urlOf } from './profile.ts';
import type { DirectoryProfile } from './profile.ts';

const base: DirectoryProfile = {
  host: 'dc1.corp.test',
  port: 636,
  security: 'ldaps',
  bindIdentity: 'admin@corp.test',
};

function codeOf(fn: () => void): string {
  try {
    fn();
    return 'none';
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
}

describe('profile checks', () => {
  it('recognises the three bind name forms', () => {
    expect(bindIdentityKind('jdoe@corp.test')).toBe('upn');
    expect(bindIdentityKind('CORP\\jdoe')).toBe('downlevel');
    expect(bindIdentityKind('CN=John Doe,OU=Staff,DC=corp,DC=test')).toBe('dn');
    expect(codeOf(() => bindIdentityKind('jdoe'))).toBe('INVALID_INPUT');
  });
  it('requires consent for plain LDAP before anything is sent', () => {
    expect(codeOf(() => checkBeforeConnect({ ...base, security: 'plain', port: 389 }, 'pw'))).toBe(
      'CONSENT_REQUIRED',
    );
    expect(
      codeOf(() => checkBeforeConnect({ ...base, security: 'plain', port: 389, allowPlain: true }, 'pw')),
    ).toBe('none');
  });
  it('refuses an empty password, which AD would treat as an anonymous bind', () => {
    expect(codeOf(() => checkBeforeConnect(base, ''))).toBe('INVALID_CREDENTIALS');
  });
  it('brackets IPv6 literals in the URL', () => {
    expect(urlOf({ ...base, host: '::1' })).toBe('ldaps://[::1]:636');
    expect(urlOf({ ...base, security: 'starttls', port: 389 })).toBe('ldap://dc1.corp.test:389');
  });
});
