/**
 * Error codes that cross the IPC boundary. They are stable: the renderer and tests match on them,
 * so add new ones, never rename. A thrown Error loses everything but its message across IPC,
 * which is why main turns every failure into one of these.
 */
export const ERROR_CODES = [
  // Contract and transport
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNTRUSTED_SENDER',
  'UNAUTHORIZED',
  'INTERNAL',
  'NOT_CONNECTED',
  // Connection and bind
  'HOST_UNREACHABLE',
  'TIMEOUT',
  'TLS_UNTRUSTED',
  'TLS_NAME_MISMATCH',
  'TLS_FAILED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'ACCOUNT_EXPIRED',
  'PASSWORD_EXPIRED',
  'PASSWORD_MUST_CHANGE',
  'LOGON_NOT_PERMITTED',
  'STRONG_AUTH_REQUIRED',
  'CONSENT_REQUIRED',
  'SERVER_BUSY',
  'SERVER_UNAVAILABLE',
  // Directory operations
  'LDAP_NO_SUCH_OBJECT',
  'LDAP_NO_SUCH_ATTRIBUTE',
  'LDAP_ATTRIBUTE_OR_VALUE_EXISTS',
  'LDAP_CONSTRAINT_VIOLATION',
  'LDAP_INSUFFICIENT_ACCESS',
  'LDAP_OBJECT_CLASS_VIOLATION',
  'LDAP_ALREADY_EXISTS',
  'LDAP_INVALID_SYNTAX',
  'LDAP_SIZE_LIMIT',
  'LDAP_ERROR',
  'INVALID_FILTER',
  'READ_ONLY',
  // Writes
  'CONFLICT',
  'OFFLINE',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  // Passwords: the domain's policy refused it; a queued reset lost its password with a restart.
  'PASSWORD_POLICY',
  'PASSWORD_NEEDED',
  // Microsoft 365: not signed in (or the sign-in expired), the sign-in failed, Graph refused or failed.
  'CLOUD_NOT_SIGNED_IN',
  'CLOUD_SIGN_IN_FAILED',
  'CLOUD_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * The one error type domain code throws on purpose. `message` is written for the admin who reads
 * it; `details` carries what a dialog needs (a certificate, the server's diagnostic, the three
 * values of a conflict).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
