/**
 * Escaping of user-supplied values for LDAP string filters (RFC 4515) and DNs (RFC 4514).
 *
 * The directory layer itself sends filter *objects* to ldapts, so values reach the wire as raw
 * bytes; these functions exist for every place a filter or DN is written as text (a filter shown
 * to the admin, a DN built from a typed name, a filter handed to ldapsearch).
 */

const HEX = '0123456789abcdef';

function hexByte(byte: number): string {
  return `\\${HEX[byte >> 4]}${HEX[byte & 15]}`;
}

/**
 * RFC 4515 assertion value: `*`, `(`, `)`, `\` and NUL are always escaped; so is every byte of a
 * non-ASCII character (as its UTF-8 encoding), which keeps the filter pure ASCII and avoids any
 * parser that reads `\xx` as a Latin-1 character. A Buffer (objectGUID, objectSid) is escaped
 * byte by byte.
 */
export function escapeFilterValue(value: string | Buffer): string {
  if (Buffer.isBuffer(value)) {
    let out = '';
    for (const byte of value) out += hexByte(byte);
    return out;
  }
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x2a || code === 0x28 || code === 0x29 || code === 0x5c || code === 0) {
      out += hexByte(code);
    } else if (code < 0x80) {
      out += char;
    } else {
      for (const byte of Buffer.from(char, 'utf8')) out += hexByte(byte);
    }
  }
  return out;
}

/** Tagged template: every interpolated value is filter-escaped. */
export function filter(strings: TemplateStringsArray, ...values: (string | Buffer | number)[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += escapeFilterValue(typeof value === 'number' ? String(value) : value) + (strings[i + 1] ?? '');
  });
  return out;
}

// DN escaping is shared with the renderer (its dialogs build the same RDNs): one definition.
export { escapeDnValue, rdn, unescapeDnValue } from '../../src-preload/shared/dn.ts';
