import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { explainPasswordRefusal, requireEncryptedTransport, unicodePwdValue } from './password.ts';

describe('password on the wire', () => {
  it('encodes unicodePwd as UTF-16LE of the quoted password', () => {
    expect(unicodePwdValue('Ab1é')).toEqual(
      Buffer.from([0x22, 0, 0x41, 0, 0x62, 0, 0x31, 0, 0xe9, 0, 0x22, 0]),
    );
  });

  it('refuses a plain connection in words and accepts LDAPS and StartTLS', () => {
    expect(() => requireEncryptedTransport({ security: 'plain', host: 'dc1' })).toThrow(
      /only sent over an encrypted connection.*LDAPS \(port 636\) or StartTLS/,
    );
    expect(() => requireEncryptedTransport({ security: 'ldaps', host: 'dc1' })).not.toThrow();
    expect(() => requireEncryptedTransport({ security: 'starttls', host: 'dc1' })).not.toThrow();
  });
});

describe("the domain's refusal in words", () => {
  const refused = (resultCode: number, diagnostic: string) =>
    explainPasswordRefusal(
      new AppError('LDAP_CONSTRAINT_VIOLATION', `The server refused. Server said: ${diagnostic}`, {
        resultCode,
        diagnostic,
      }),
    ) as AppError;

  it("Windows' bare 0000052D names the rules it may be", () => {
    const error = refused(
      19,
      '0000052D: Constraint violation - check_password_restrictions: SvcErr: DSID-03190F80, problem 1005 (CONSTRAINT_ATT_TYPE), data 0',
    );
    expect(error.code).toBe('PASSWORD_POLICY');
    expect(error.message).toMatch(/too short, not complex enough, or was used recently/);
    expect(error.message).not.toMatch(/0000052D|DSID/);
  });

  it("Samba's rule is said as it is", () => {
    expect(
      refused(
        19,
        '0000052D: Constraint violation - check_password_restrictions: the password is too short. It should be equal or longer than 7 characters!',
      ).message,
    ).toMatch(/too short \(at least 7 characters\)/);
    expect(
      refused(
        19,
        '0000052D: Constraint violation - check_password_restrictions: the password does not meet the complexity criteria!',
      ).message,
    ).toMatch(/not complex enough/);
    expect(
      refused(
        19,
        '0000052D: Constraint violation - check_password_restrictions: the password was already used (in history)!',
      ).message,
    ).toMatch(/used recently/);
  });

  it('an unencrypted connection refused by Windows (53, 0000001F) says so; other errors pass', () => {
    expect(refused(53, '0000001F: SvcErr: DSID-031A12D2, problem 5003 (WILL_NOT_PERFORM), data 0').code).toBe(
      'STRONG_AUTH_REQUIRED',
    );
    expect(refused(50, 'insufficient access').code).toBe('LDAP_CONSTRAINT_VIOLATION');
  });
});
