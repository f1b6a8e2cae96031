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

const DN_SPECIAL = new Set([',', '+', '"', '\\', '<', '>', ';', '=']);

/**
 * RFC 4514 attribute value in a DN: `, + " \ < > ; =` escaped with a backslash, a leading `#` or
 * space and a trailing space escaped, NUL as `\00`. AD also needs `/` left alone and accepts
 * non-ASCII as-is, so UTF-8 text passes through unchanged.
 */
export function escapeDnValue(value: string): string {
  let out = '';
  const chars = [...value];
  chars.forEach((char, i) => {
    if (char === '\0') out += '\\00';
    else if (DN_SPECIAL.has(char)) out += `\\${char}`;
    else if (i === 0 && (char === '#' || char === ' ')) out += `\\${char}`;
    else if (i === chars.length - 1 && char === ' ') out += '\\ ';
    else out += char;
  });
  return out;
}

/** Reverses escapeDnValue and the `\xx` hex form (as UTF-8 bytes) servers use in returned DNs. */
export function unescapeDnValue(value: string): string {
  const bytes: number[] = [];
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const pair = (chars[i + 1] ?? '') + (chars[i + 2] ?? '');
    if (/^[0-9a-fA-F]{2}$/.test(pair)) {
      bytes.push(Number.parseInt(pair, 16));
      i += 2;
    } else if (i + 1 < chars.length) {
      bytes.push(...Buffer.from(chars[i + 1] ?? '', 'utf8'));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `CN=<escaped name>` for an RDN built from what the admin typed. */
export function rdn(attribute: string, value: string): string {
  return `${attribute}=${escapeDnValue(value)}`;
}
