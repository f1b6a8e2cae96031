import { AppError } from '../../contract/errors.ts';

/**
 * proxyAddresses values are `prefix:address`. The prefix names the address type; for SMTP its case
 * carries meaning: `SMTP:` is the primary (reply) address and `smtp:` a secondary one. Exchange
 * follows the same convention for other types (X400 vs x400), but only SMTP matters to the sync,
 * so other prefixes are kept exactly as found.
 *
 * AD compares proxyAddresses values case-insensitively: `SMTP:a@x` and `smtp:a@x` are the SAME
 * value to the DC (Windows refuses the second as attributeOrValueExists; Samba accepts both, which
 * is how broken data gets into test fixtures). Every helper here therefore compares with
 * `sameProxyValue` and never produces such a pair.
 */

export type ProxyType = 'smtp' | 'x500' | 'x400' | 'sip' | 'eum' | 'other' | 'invalid';

export interface ProxyAddress {
  /** The value exactly as stored. */
  raw: string;
  /** Prefix verbatim (`SMTP`, `smtp`, `X500`, `MSMail`...); empty when the value has no colon. */
  prefix: string;
  type: ProxyType;
  /** Everything after the first colon (X400 and X500 addresses contain further colons or `=`). */
  address: string;
  /** True only for the exact prefix `SMTP` (upper case), which is what Entra Connect looks for. */
  primary: boolean;
}

const KNOWN_TYPES: Record<string, ProxyType> = {
  smtp: 'smtp',
  x500: 'x500',
  x400: 'x400',
  sip: 'sip',
  eum: 'eum',
};

export function parseProxyAddress(raw: string): ProxyAddress {
  const colon = raw.indexOf(':');
  if (colon <= 0) return { raw, prefix: '', type: 'invalid', address: raw, primary: false };
  const prefix = raw.slice(0, colon);
  const type = KNOWN_TYPES[prefix.toLowerCase()] ?? 'other';
  return { raw, prefix, type, address: raw.slice(colon + 1), primary: prefix === 'SMTP' };
}

/** Rebuilds the stored form. SMTP prefixes are normalised from `primary` (so `Smtp:` becomes `smtp:`). */
export function formatProxyAddress(p: Pick<ProxyAddress, 'prefix' | 'type' | 'address' | 'primary'>): string {
  if (p.type === 'smtp') return smtpProxy(p.address, p.primary);
  if (p.type === 'invalid') return p.address;
  return `${p.prefix}:${p.address}`;
}

export function smtpProxy(address: string, primary: boolean): string {
  return `${primary ? 'SMTP' : 'smtp'}:${address}`;
}

/** AD's equality for proxyAddresses: the whole value, ignoring case. */
export function sameProxyValue(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Address of the `SMTP:` entry, or undefined. With several (bad data) the first one wins, as Entra Connect does not promise which. */
export function primarySmtp(list: readonly string[]): string | undefined {
  for (const value of list) {
    const p = parseProxyAddress(value);
    if (p.type === 'smtp' && p.primary) return p.address;
  }
  return undefined;
}

/** All SMTP addresses (primary first when present), without prefixes. */
export function smtpAddresses(list: readonly string[]): string[] {
  const parsed = list.map(parseProxyAddress).filter((p) => p.type === 'smtp');
  return [...parsed.filter((p) => p.primary), ...parsed.filter((p) => !p.primary)].map((p) => p.address);
}

/**
 * Every SMTP address an object answers to, lower-cased: its mail and its smtp:/SMTP: proxies. Two
 * objects may not share one (Exchange refuses it, Entra Connect reports AttributeValueMustBeUnique).
 */
export function heldSmtpAddresses(mail: readonly string[], proxyAddresses: readonly string[]): Set<string> {
  return new Set(
    [...mail.map((m) => m.trim()), ...smtpAddresses(proxyAddresses)]
      .filter((a) => a !== '')
      .map((a) => a.toLowerCase()),
  );
}

/** Accepts `a@x` or `smtp:a@x` / `SMTP:a@x` and returns the bare address. */
function bareSmtp(address: string): string {
  const trimmed = address.trim();
  return /^smtp:/i.test(trimmed) ? trimmed.slice(5) : trimmed;
}

/**
 * Makes `address` the one primary: every SMTP entry is rewritten to `smtp:`, the matching one to
 * `SMTP:` with the case given here (so `setPrimary(['smtp:john@x'], 'John@x')` performs a
 * case-only change), and an address not yet in the list is added first. Duplicates of the target
 * collapse into one. Non-SMTP values are untouched and keep their position.
 */
export function setPrimary(list: readonly string[], address: string): string[] {
  const target = bareSmtp(address);
  if (target === '') throw new AppError('VALIDATION_FAILED', 'The primary SMTP address cannot be empty.');
  const result: string[] = [];
  let placed = false;
  for (const value of list) {
    const p = parseProxyAddress(value);
    if (p.type !== 'smtp') {
      result.push(value);
    } else if (p.address.toLowerCase() === target.toLowerCase()) {
      if (!placed) result.push(smtpProxy(target, true));
      placed = true;
    } else {
      result.push(smtpProxy(p.address, false));
    }
  }
  if (!placed) result.unshift(smtpProxy(target, true));
  return result;
}

function duplicateError(value: string, existing: string): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    `"${value}" is already in the list as "${existing}". Active Directory compares addresses without regard to case, so it would refuse a second copy.`,
    { value, existing },
  );
}

function requirePrefix(value: string): string {
  const trimmed = value.trim();
  if (parseProxyAddress(trimmed).type === 'invalid') {
    throw new AppError(
      'VALIDATION_FAILED',
      `"${trimmed}" has no address type. Write it as smtp:name@domain (or SMTP: for the primary, X500:, SIP:...).`,
      { value: trimmed },
    );
  }
  return trimmed;
}

/**
 * What the admin typed in an "Add address" box, as a value: a bare address is an SMTP secondary,
 * as in Exchange's Add dialog; a prefixed value keeps its prefix (SMTP: and smtp: exactly).
 */
export function typedProxyValue(text: string): string {
  const trimmed = text.trim();
  if (parseProxyAddress(trimmed).type === 'invalid') return smtpProxy(trimmed, false);
  return trimmed;
}

/**
 * Adds one value. Adding an `SMTP:` value makes it the primary and demotes the previous one, as
 * "Set as reply address" does in Exchange; a value already present (ignoring case) is refused.
 */
export function addProxyAddress(list: readonly string[], value: string): string[] {
  const added = requirePrefix(value);
  const existing = list.find((v) => sameProxyValue(v, added));
  if (existing !== undefined) throw duplicateError(added, existing);
  const p = parseProxyAddress(added);
  if (p.type === 'smtp' && p.prefix === 'SMTP') return setPrimary(list, p.address);
  return [...list, p.type === 'smtp' ? smtpProxy(p.address, false) : added];
}

/**
 * Removes a value (matched ignoring case). Removing the primary is allowed here, because mail-
 * disabling needs it; the General-tab validation then reports the missing primary.
 */
export function removeProxyAddress(list: readonly string[], value: string): string[] {
  return list.filter((v) => !sameProxyValue(v, value.trim()));
}

/**
 * Replaces `oldValue` with `newValue` in place. A case-only edit of the same entry is allowed; a
 * new value equal to another entry is refused. An edit to `SMTP:` demotes the previous primary.
 */
export function editProxyAddress(list: readonly string[], oldValue: string, newValue: string): string[] {
  const index = list.findIndex((v) => sameProxyValue(v, oldValue.trim()));
  if (index < 0) {
    throw new AppError('NOT_FOUND', `"${oldValue}" is no longer in the address list; reload the object.`, {
      value: oldValue,
    });
  }
  const edited = requirePrefix(newValue);
  const clash = list.find((v, i) => i !== index && sameProxyValue(v, edited));
  if (clash !== undefined) throw duplicateError(edited, clash);
  const p = parseProxyAddress(edited);
  const next = [...list];
  next[index] = p.type === 'smtp' ? smtpProxy(p.address, p.prefix === 'SMTP') : edited;
  return p.type === 'smtp' && p.prefix === 'SMTP' ? setPrimary(next, p.address) : next;
}

/**
 * Groups of values that AD considers equal (case-insensitive), each group listing every member,
 * so a report can name all of them rather than only the second.
 */
export function findDuplicateProxyValues(list: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const value of list) {
    const key = value.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * Drops values equal to an earlier one (ignoring case). When one copy of an SMTP address is the
 * `SMTP:` primary, that copy is the one kept, at the position of the first copy.
 */
export function dedupeProxyAddresses(list: readonly string[]): string[] {
  const result: string[] = [];
  for (const value of list) {
    const index = result.findIndex((v) => sameProxyValue(v, value));
    if (index < 0) result.push(value);
    else if (value.startsWith('SMTP:')) result[index] = value;
  }
  return result;
}
