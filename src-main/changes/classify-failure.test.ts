import {
  BusyError,
  ConstraintViolationError,
  InsufficientAccessError,
  NoResultError,
  NoSuchAttributeError,
  NoSuchObjectError,
  TypeOrValueExistsError,
} from 'ldapts';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { classifyFailure } from './classify-failure.ts';

describe('classifyFailure', () => {
  it('reads errors without an LDAP result as a lost connection', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:636'), { code: 'ECONNREFUSED' });
    expect(classifyFailure(refused)).toMatchObject({ kind: 'retryable', code: 'ECONNREFUSED' });
    expect(classifyFailure(new Error('Connection timeout'))).toMatchObject({
      kind: 'retryable',
      code: 'NOT_CONNECTED',
    });
    expect(classifyFailure(new NoResultError())).toMatchObject({ kind: 'retryable' });
    expect(classifyFailure(new BusyError('busy'))).toMatchObject({ kind: 'retryable' });
    expect(classifyFailure(new AppError('NOT_CONNECTED', 'Not connected'))).toMatchObject({
      kind: 'retryable',
    });
  });

  it('keeps the server result code, a stable app code and the diagnostic for refusals', () => {
    const diagnostic = '0000202F: Constraint violation - value out of range';
    expect(classifyFailure(new ConstraintViolationError(diagnostic))).toEqual({
      kind: 'refused',
      code: 'LDAP_CONSTRAINT_VIOLATION',
      resultCode: 19,
      message: `Not applied: a constraint was violated (a value is too long or too short, or the attribute holds only one value) (LDAP result 19). Server said: ${diagnostic}`,
    });
    expect(classifyFailure(new NoSuchAttributeError('x'))).toMatchObject({
      code: 'LDAP_NO_SUCH_ATTRIBUTE',
      resultCode: 16,
    });
    expect(classifyFailure(new TypeOrValueExistsError('x'))).toMatchObject({
      code: 'LDAP_ATTRIBUTE_OR_VALUE_EXISTS',
      resultCode: 20,
    });
    expect(classifyFailure(new InsufficientAccessError('x'))).toMatchObject({
      code: 'LDAP_INSUFFICIENT_ACCESS',
      resultCode: 50,
    });
    expect(classifyFailure(new NoSuchObjectError('x'))).toMatchObject({
      code: 'LDAP_NO_SUCH_OBJECT',
      resultCode: 32,
    });
  });

  it('understands AppErrors from the directory layer', () => {
    expect(classifyFailure(new AppError('LDAP_NO_SUCH_ATTRIBUTE', 'gone'))).toEqual({
      kind: 'refused',
      code: 'LDAP_NO_SUCH_ATTRIBUTE',
      resultCode: 16,
      message: 'gone',
    });
    expect(classifyFailure(new AppError('LDAP_ERROR', 'odd', { resultCode: 53 }))).toMatchObject({
      kind: 'refused',
      resultCode: 53,
    });
  });
});
