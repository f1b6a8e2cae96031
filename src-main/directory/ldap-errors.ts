import { ResultCodeError } from 'ldapts';
import { AppError } from '../../src-preload/contract/errors.ts';
import type { ErrorCode } from '../../src-preload/contract/errors.ts';

/**
 * Turns what the server (or the network) said into an AppError an admin can act on. The
 * server's own diagnostic is always kept in details: AD and Samba word them differently and the
 * admin or support may need the original.
 */

/** The diagnostic ldapts received, without the " Code: 0x31" suffix it appends. */
export function diagnosticOf(error: ResultCodeError): string {
  return error.message.replace(/\s*Code: 0x[0-9a-f]+$/i, '').trim();
}

// AD's "data XXX" sub-codes in a result 49 diagnostic (also sent by Samba).
const BIND_DATA_CODES: Record<string, [ErrorCode, string]> = {
  '525': ['INVALID_CREDENTIALS', 'The user name or password is incorrect.'],
  '52e': ['INVALID_CREDENTIALS', 'The user name or password is incorrect.'],
  '530': ['LOGON_NOT_PERMITTED', 'This account is not allowed to sign in at this time (logon hours).'],
  '531': ['LOGON_NOT_PERMITTED', 'This account is not allowed to sign in from this workstation.'],
  '532': ['PASSWORD_EXPIRED', 'The password of this account has expired. Change it, then sign in again.'],
  '533': ['ACCOUNT_DISABLED', 'This account is disabled. Ask a domain administrator to enable it.'],
  '701': ['ACCOUNT_EXPIRED', 'This account has expired. Ask a domain administrator to extend it.'],
  '773': ['PASSWORD_MUST_CHANGE', 'The password of this account must be changed before it can sign in.'],
  '775': [
    'ACCOUNT_LOCKED',
    'This account is locked out after too many failed sign-ins. Wait or ask an administrator to unlock it.',
  ],
};

/** Errors of a bind: credentials, account state, server refusing simple binds, server state. */
export function mapBindError(error: unknown, context: { identity: string; server: string }): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ResultCodeError) {
    const diagnostic = diagnosticOf(error);
    const details = {
      resultCode: error.code,
      diagnostic,
      identity: context.identity,
      server: context.server,
    };
    if (error.code === 49) {
      const data = /\bdata ([0-9a-f]{3,8})\b/i.exec(diagnostic)?.[1]?.toLowerCase() ?? '';
      const known = BIND_DATA_CODES[data];
      if (known !== undefined)
        return new AppError(known[0], `${known[1]} (${context.identity})`, { ...details, dataCode: data });
      return new AppError(
        'INVALID_CREDENTIALS',
        `The user name or password is incorrect. (${context.identity})`,
        details,
      );
    }
    if (error.code === 8 || error.code === 13) {
      return new AppError(
        'STRONG_AUTH_REQUIRED',
        `${context.server} refuses a simple bind over an unencrypted connection. Use LDAPS or StartTLS.`,
        details,
      );
    }
    if (error.code === 34) {
      return new AppError(
        'INVALID_CREDENTIALS',
        `"${context.identity}" is not a valid bind name. Use user@domain, DOMAIN\\user or a DN.`,
        details,
      );
    }
  }
  return mapOperationError(error, { server: context.server });
}

// Result codes of directory operations the admin may meet while editing.
const OPERATION_CODES: Record<number, [ErrorCode, string]> = {
  4: ['LDAP_SIZE_LIMIT', 'The server returned only part of the results (size limit).'],
  16: [
    'LDAP_NO_SUCH_ATTRIBUTE',
    'A value to remove is no longer on the object: it was changed by someone else or does not exist.',
  ],
  17: ['LDAP_ERROR', 'The server does not know one of the attribute names (is the schema extended?).'],
  19: [
    'LDAP_CONSTRAINT_VIOLATION',
    'The server refused the value: it breaks a constraint (too long, single-valued, or not unique).',
  ],
  20: ['LDAP_ATTRIBUTE_OR_VALUE_EXISTS', 'A value to add is already on the object.'],
  // Samba also answers 21 where Windows says 19: a value longer than the schema's rangeUpper.
  21: [
    'LDAP_INVALID_SYNTAX',
    'A value does not have the syntax the attribute requires, or is longer than the schema allows.',
  ],
  32: ['LDAP_NO_SUCH_OBJECT', 'The object does not exist (it may have been moved or deleted).'],
  34: ['LDAP_INVALID_SYNTAX', 'The distinguished name is not valid.'],
  50: ['LDAP_INSUFFICIENT_ACCESS', 'You do not have the permission to do this on this object.'],
  51: ['SERVER_BUSY', 'The domain controller is busy. Try again in a moment.'],
  52: [
    'SERVER_UNAVAILABLE',
    'The domain controller is not available (it may be shutting down or not yet ready).',
  ],
  53: ['LDAP_ERROR', 'The server is unwilling to perform this operation.'],
  64: ['LDAP_OBJECT_CLASS_VIOLATION', 'The name is not allowed for this kind of object (naming violation).'],
  65: [
    'LDAP_OBJECT_CLASS_VIOLATION',
    'This attribute is not allowed on this kind of object, or a required one is missing.',
  ],
  66: ['LDAP_ERROR', 'The object has children and cannot be deleted this way.'],
  68: ['LDAP_ALREADY_EXISTS', 'An object with this name already exists.'],
};

/** Errors of any directory operation, plus the network and TLS failures under them. */
export function mapOperationError(error: unknown, context: { server: string; dn?: string }): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ResultCodeError) {
    const diagnostic = diagnosticOf(error);
    const known = OPERATION_CODES[error.code];
    const details: Record<string, unknown> = { resultCode: error.code, diagnostic };
    if (context.dn !== undefined) details.dn = context.dn;
    if (known !== undefined)
      return new AppError(known[0], withDiagnostic(known[1], diagnostic), details, { cause: error });
    return new AppError(
      'LDAP_ERROR',
      withDiagnostic(`The server refused the operation (LDAP result ${error.code}).`, diagnostic),
      details,
      { cause: error },
    );
  }
  return mapNetworkError(error, context.server);
}

function withDiagnostic(message: string, diagnostic: string): string {
  return diagnostic === '' ? message : `${message} Server said: ${diagnostic}`;
}

/** Node socket errors and ldapts' own text errors (timeouts, closed connections). */
export function mapNetworkError(error: unknown, server: string): AppError {
  if (error instanceof AppError) return error;
  const err = error as NodeJS.ErrnoException | undefined;
  const code = err?.code ?? '';
  const message = err?.message ?? String(error);
  const details = { server, cause: code || message };
  switch (code) {
    case 'ECONNREFUSED':
      return new AppError(
        'HOST_UNREACHABLE',
        `${server} refused the connection: no LDAP service listens on that port.`,
        details,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new AppError(
        'HOST_UNREACHABLE',
        `The name ${server} could not be resolved. Check the host name and DNS (VPN?).`,
        details,
      );
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
      return new AppError(
        'HOST_UNREACHABLE',
        `${server} cannot be reached from this computer (network or VPN down?).`,
        details,
      );
    case 'ETIMEDOUT':
      return new AppError('TIMEOUT', `${server} did not answer in time.`, details);
    case 'ECONNRESET':
    case 'EPIPE':
      return new AppError('SERVER_UNAVAILABLE', `${server} closed the connection unexpectedly.`, details);
  }
  if (/timed? ?out/i.test(message))
    return new AppError('TIMEOUT', `${server} did not answer in time.`, details);
  if (/connection closed|socket error|not established/i.test(message)) {
    return new AppError('SERVER_UNAVAILABLE', `The connection to ${server} was lost.`, details);
  }
  return new AppError('INTERNAL', `Unexpected error talking to ${server}: ${message}`, details, {
    cause: error,
  });
}
