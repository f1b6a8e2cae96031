import type { ErrorCode } from '../../src-preload/contract/errors.ts';
import { isAppError } from '../../src-preload/contract/errors.ts';

/**
 * Sorts a failed modify into "the connection failed, try again later" and "the server read the
 * request and said no". Only the second kind says anything about the change itself.
 */
export type Failure =
  | { kind: 'retryable'; code: string; message: string }
  | { kind: 'refused'; code: ErrorCode; resultCode: number | undefined; message: string };

/** Result codes that describe the server's state, not the request: worth sending again. */
const TRANSIENT_RESULT_CODES = new Set([
  3, // timeLimitExceeded
  51, // busy
  52, // unavailable
  80, // other: Samba uses it for "database locked"-class failures
  248, // ldapts NoResultError: the connection ended before an answer came
]);

const APP_ERRORS_MEANING_OFFLINE = new Set<ErrorCode>([
  'NOT_CONNECTED',
  'OFFLINE',
  'HOST_UNREACHABLE',
  'TIMEOUT',
  'SERVER_BUSY',
  'SERVER_UNAVAILABLE',
  'TLS_FAILED',
]);

const CODE_BY_RESULT: Record<number, ErrorCode> = {
  16: 'LDAP_NO_SUCH_ATTRIBUTE',
  19: 'LDAP_CONSTRAINT_VIOLATION',
  20: 'LDAP_ATTRIBUTE_OR_VALUE_EXISTS',
  21: 'LDAP_INVALID_SYNTAX',
  32: 'LDAP_NO_SUCH_OBJECT',
  50: 'LDAP_INSUFFICIENT_ACCESS',
  65: 'LDAP_OBJECT_CLASS_VIOLATION',
  68: 'LDAP_ALREADY_EXISTS',
};

const RESULT_BY_CODE: Partial<Record<ErrorCode, number>> = Object.fromEntries(
  Object.entries(CODE_BY_RESULT).map(([result, code]) => [code, Number(result)]),
);

const SUMMARY_BY_RESULT: Record<number, string> = {
  16: 'a value to remove is no longer there',
  17: 'the attribute is not in the schema',
  19: 'a constraint was violated (a value is too long or too short, or the attribute holds only one value)',
  20: 'a value to add is already there, or the attribute holds only one value',
  21: 'a value has the wrong syntax or is longer than the attribute allows',
  32: 'the object no longer exists at this DN (deleted, renamed or moved)',
  50: 'your account is not allowed to write this attribute',
  53: 'the server is unwilling to perform this change',
  65: "the object's class does not allow this attribute",
};

export function classifyFailure(error: unknown): Failure {
  if (isAppError(error)) {
    if (APP_ERRORS_MEANING_OFFLINE.has(error.code)) {
      return { kind: 'retryable', code: error.code, message: error.message };
    }
    const detail = error.details?.['resultCode'];
    const resultCode = typeof detail === 'number' ? detail : RESULT_BY_CODE[error.code];
    if (resultCode !== undefined && TRANSIENT_RESULT_CODES.has(resultCode)) {
      return { kind: 'retryable', code: error.code, message: error.message };
    }
    return { kind: 'refused', code: error.code, resultCode, message: error.message };
  }

  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'number') {
    if (TRANSIENT_RESULT_CODES.has(code)) return { kind: 'retryable', code: 'SERVER_UNAVAILABLE', message };
    const summary = SUMMARY_BY_RESULT[code] ?? 'the directory refused the change';
    // ldapts appends " Code: 0x13" to the server's text; the result code is already in ours.
    const serverText = message.replace(/\s*Code: 0x[0-9a-f]+$/i, '').trim();
    const diagnostic = serverText === '' ? '' : ` Server said: ${serverText}`;
    return {
      kind: 'refused',
      code: CODE_BY_RESULT[code] ?? 'LDAP_ERROR',
      resultCode: code,
      message: `Not applied: ${summary} (LDAP result ${code}).${diagnostic}`,
    };
  }
  // No result code: the request never got an answer (socket closed, refused, timed out).
  return {
    kind: 'retryable',
    code: typeof code === 'string' ? code : 'NOT_CONNECTED',
    message: `The domain controller could not be reached (${message}). The change stays queued and is sent when the connection is back.`,
  };
}
