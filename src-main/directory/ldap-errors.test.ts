import {
  BusyError,
  ConstraintViolationError,
  InsufficientAccessError,
  InvalidCredentialsError,
  NoSuchAttributeError,
  StrongAuthRequiredError,
  UnavailableError,
} from 'ldapts';
import { describe, expect, it } from 'vitest';
import { mapBindError, mapNetworkError, mapOperationError } from './ldap-errors.ts';

const ctx = { identity: 'jdoe@corp.test', server: 'dc1' };
const windows = (data: string): string =>
  `80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data ${data}, v4563`;

describe('mapBindError', () => {
  it.each([
    ['52e', 'INVALID_CREDENTIALS'],
    ['775', 'ACCOUNT_LOCKED'],
    ['533', 'ACCOUNT_DISABLED'],
    ['701', 'ACCOUNT_EXPIRED'],
    ['532', 'PASSWORD_EXPIRED'],
    ['773', 'PASSWORD_MUST_CHANGE'],
    ['530', 'LOGON_NOT_PERMITTED'],
    ['531', 'LOGON_NOT_PERMITTED'],
  ])('maps result 49 with data %s to %s and keeps the diagnostic', (data, code) => {
    const error = mapBindError(new InvalidCredentialsError(windows(data)), ctx);
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject({ resultCode: 49, dataCode: data, diagnostic: windows(data) });
    expect(error.message).toContain('jdoe@corp.test');
  });

  it('treats a 49 without a data code as wrong credentials', () => {
    expect(mapBindError(new InvalidCredentialsError('bad'), ctx).code).toBe('INVALID_CREDENTIALS');
  });

  it('maps strongerAuthRequired, busy and unavailable', () => {
    expect(
      mapBindError(new StrongAuthRequiredError('BindSimple: Transport encryption required.'), ctx).code,
    ).toBe('STRONG_AUTH_REQUIRED');
    expect(mapBindError(new BusyError(), ctx).code).toBe('SERVER_BUSY');
    expect(mapBindError(new UnavailableError(), ctx).code).toBe('SERVER_UNAVAILABLE');
  });
});

describe('mapOperationError', () => {
  it('maps result codes and keeps the diagnostic and DN', () => {
    const e = mapOperationError(new NoSuchAttributeError('00002080: AtrErr: DSID-03080157'), {
      server: 'dc1',
      dn: 'CN=x',
    });
    expect(e.code).toBe('LDAP_NO_SUCH_ATTRIBUTE');
    expect(e.details).toEqual({ resultCode: 16, diagnostic: '00002080: AtrErr: DSID-03080157', dn: 'CN=x' });
    expect(mapOperationError(new InsufficientAccessError('x'), { server: 'dc1' }).code).toBe(
      'LDAP_INSUFFICIENT_ACCESS',
    );
    expect(mapOperationError(new ConstraintViolationError('x'), { server: 'dc1' }).code).toBe(
      'LDAP_CONSTRAINT_VIOLATION',
    );
  });
});

describe('mapNetworkError', () => {
  it.each([
    ['ECONNREFUSED', 'HOST_UNREACHABLE'],
    ['ENOTFOUND', 'HOST_UNREACHABLE'],
    ['EHOSTUNREACH', 'HOST_UNREACHABLE'],
    ['ETIMEDOUT', 'TIMEOUT'],
    ['ECONNRESET', 'SERVER_UNAVAILABLE'],
  ])('maps %s to %s', (code, expected) => {
    expect(mapNetworkError(Object.assign(new Error(code), { code }), 'dc1').code).toBe(expected);
  });
  it("recognises ldapts' timeout and closed-connection messages", () => {
    expect(mapNetworkError(new Error('SearchRequest: Operation timed out'), 'dc1').code).toBe('TIMEOUT');
    expect(
      mapNetworkError(new Error('Connection closed before message response was received.'), 'dc1').code,
    ).toBe('SERVER_UNAVAILABLE');
  });
});
