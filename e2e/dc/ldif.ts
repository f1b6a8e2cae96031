// A minimal LDIF writer (RFC 2849) for the fixture generators. Values that LDIF cannot carry as
// plain text (non-ASCII, leading space/colon/<, trailing space, line breaks) go base64, which is
// how "Zoë Müller" and "  padded  " display names survive ldapadd unchanged.

export type LdifValue = string | Buffer;
export type LdifAttributes = Record<string, LdifValue | LdifValue[] | undefined>;

const SAFE_STRING = /^[\x01-\x09\x0b\x0c\x0e-\x1f\x21-\x39\x3b\x3d-\x7f][\x01-\x09\x0b\x0c\x0e-\x7f]*$/;

export function ldifLine(attr: string, value: LdifValue): string {
  if (typeof value === 'string' && value !== '' && SAFE_STRING.test(value) && !value.endsWith(' ')) {
    return `${attr}: ${value}`;
  }
  if (value === '') return `${attr}:`;
  return `${attr}:: ${Buffer.from(value).toString('base64')}`;
}

function valuesOf(value: LdifValue | LdifValue[] | undefined): LdifValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function ldifEntry(dn: string, attrs: LdifAttributes): string {
  const lines = [ldifLine('dn', dn)];
  for (const [attr, value] of Object.entries(attrs)) {
    for (const v of valuesOf(value)) lines.push(ldifLine(attr, v));
  }
  return lines.join('\n') + '\n\n';
}

export interface LdifChange {
  op: 'add' | 'replace' | 'delete';
  attr: string;
  values: LdifValue[];
}

export function ldifModify(dn: string, changes: LdifChange[]): string {
  const lines = [ldifLine('dn', dn), 'changetype: modify'];
  for (const change of changes) {
    lines.push(`${change.op}: ${change.attr}`);
    for (const v of change.values) lines.push(ldifLine(change.attr, v));
    lines.push('-');
  }
  return lines.join('\n') + '\n\n';
}

/** unicodePwd as AD wants it: the password in double quotes, UTF-16LE. Needs an encrypted connection. */
export function unicodePwd(password: string): Buffer {
  return Buffer.from(`"${password}"`, 'utf16le');
}
