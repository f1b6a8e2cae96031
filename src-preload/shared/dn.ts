import type { ValidationIssue } from '../contract/index.ts';

/**
 * Distinguished names as text (RFC 4514): escaping a typed name into an RDN, splitting a DN into
 * its RDNs without being fooled by escaped commas, and the syntax check main runs before a create,
 * rename or move is journaled. Pure string work, so the renderer's dialogs use the same rules.
 */

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
  const encoder = new TextEncoder();
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (char !== '\\') {
      bytes.push(...encoder.encode(char));
      continue;
    }
    const pair = (chars[i + 1] ?? '') + (chars[i + 2] ?? '');
    if (/^[0-9a-fA-F]{2}$/.test(pair)) {
      bytes.push(Number.parseInt(pair, 16));
      i += 2;
    } else if (i + 1 < chars.length) {
      bytes.push(...encoder.encode(chars[i + 1] ?? ''));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** `CN=<escaped name>` for an RDN built from what the admin typed. */
export function rdn(attribute: string, value: string): string {
  return `${attribute}=${escapeDnValue(value)}`;
}

/**
 * The RDNs of a DN, outermost last, split at unescaped commas. `\\,` is an escaped backslash
 * followed by a separator, which a "comma not after a backslash" regex gets wrong.
 */
export function splitDn(dn: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < dn.length; i++) {
    const char = dn[i]!;
    if (char === '\\' && i + 1 < dn.length) {
      current += char + dn[i + 1]!;
      i += 1;
    } else if (char === ',') {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

/** The first RDN ("CN=Pat Lee") of a DN. */
export function rdnOf(dn: string): string {
  return splitDn(dn)[0] ?? '';
}

/** The DN of the container (everything after the first RDN); '' for a one-RDN DN. */
export function parentDnOf(dn: string): string {
  return splitDn(dn).slice(1).join(',');
}

/** The unescaped value of an RDN: "CN=Walsh\, Siobhán" → "Walsh, Siobhán". */
export function rdnValue(rdnText: string): string {
  const at = rdnText.indexOf('=');
  return at < 0 ? '' : unescapeDnValue(rdnText.slice(at + 1));
}

/**
 * Two DNs naming the same entry as AD compares them: attribute names and values without case,
 * escapes resolved (`\2C` and `\,` are the same comma), spaces around separators ignored.
 */
export function sameDn(a: string, b: string): boolean {
  const norm = (dn: string) =>
    splitDn(dn)
      .map((part) => {
        const at = part.indexOf('=');
        return `${part.slice(0, at).trim()}=${rdnValue(part)}`.toLowerCase();
      })
      .join(',');
  return norm(a) === norm(b);
}

/** True when `dn` is `ancestor` itself or lies anywhere below it. */
export function isWithinDn(dn: string, ancestor: string): boolean {
  const inner = splitDn(dn);
  const outer = splitDn(ancestor);
  if (outer.length > inner.length) return false;
  return sameDn(inner.slice(inner.length - outer.length).join(','), ancestor);
}

const ATTRIBUTE_TYPE = /^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)+)$/;

/**
 * Why `dn` is not a DN AD would take, in words; empty when it is. Every RDN is one `type=value`
 * (AD has no multi-valued RDNs, so an unescaped `+` is a mistake), the value's specials are
 * escaped and every `\` is followed by a special character or two hex digits.
 */
export function dnIssues(dn: string, field = 'dn'): ValidationIssue[] {
  const issue = (message: string): ValidationIssue => ({
    code: 'dn-syntax',
    severity: 'error',
    field,
    message,
  });
  if (dn.trim() === '') return [issue('The distinguished name is empty.')];
  if (dn.startsWith('<')) return [issue(`"${dn}" is an extended DN (<GUID=…>); give the entry's real DN.`)];
  const issues: ValidationIssue[] = [];
  for (const part of splitDn(dn)) {
    const at = part.indexOf('=');
    if (at <= 0) {
      issues.push(issue(`"${part}" in ${dn} is not of the form name=value.`));
      continue;
    }
    const type = part.slice(0, at).trim();
    if (!ATTRIBUTE_TYPE.test(type)) issues.push(issue(`"${type}" in ${dn} is not an attribute name.`));
    const problem = valueProblem(part.slice(at + 1));
    if (problem !== null) issues.push(issue(`"${part}" in ${dn}: ${problem}`));
  }
  return issues;
}

function valueProblem(value: string): string | null {
  if (value.trim() === '') return 'the value is empty.';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\') {
      const next = value[i + 1] ?? '';
      if (/^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) i += 2;
      else if (next !== '' && (DN_SPECIAL.has(next) || next === ' ' || next === '#')) i += 1;
      else return 'a backslash must be followed by a special character or two hex digits.';
    } else if (char === '+')
      return 'an unescaped "+" would make a multi-valued RDN, which AD does not allow.';
    else if (DN_SPECIAL.has(char)) return `the character ${char} must be escaped (\\${char}).`;
    else if (char === '\0') return 'the value contains a NUL character.';
  }
  return null;
}

/** The longest name AD takes for cn, name and ou (their rangeUpper). */
export const MAX_RDN_VALUE_LENGTH = 64;

/**
 * Why a typed object name (the cn of a new or renamed object) cannot be used; empty when it can.
 * Any character may be in it (it is escaped), but AD refuses control characters, and spaces at
 * either end are almost always a typing slip that would make the object hard to find.
 */
export function objectNameIssues(name: string, field = 'name'): ValidationIssue[] {
  const issue = (message: string): ValidationIssue => ({
    code: 'object-name',
    severity: 'error',
    field,
    message,
  });
  if (name.trim() === '') return [issue('The name is empty.')];
  const issues: ValidationIssue[] = [];
  if (name !== name.trim()) issues.push(issue('The name starts or ends with a space; remove it.'));
  if (/[\u0000-\u001f\u007f]/.test(name))
    issues.push(issue('The name contains a control character (a line break or tab).'));
  if ([...name].length > MAX_RDN_VALUE_LENGTH)
    issues.push(
      issue(`The name is ${[...name].length} characters long; AD allows at most ${MAX_RDN_VALUE_LENGTH}.`),
    );
  return issues;
}
