import type { Edit } from './change.ts';
import { editDelta, isDelta } from '../../src-preload/shared/values.ts';

/**
 * Renders a change as the ActiveDirectory-module command that does the same thing, for the admin
 * to read, copy or keep. Set-AD* performs -Remove, -Add, -Replace, -Clear in that order whatever
 * order they are written in (Microsoft's Set-ADObject docs), so removing the old value and adding
 * the new one in one command is a faithful copy of our delete + add modify.
 */

export interface PowerShellTarget {
  operation?: 'modify' | 'delete';
  dn: string;
  objectGuid: string;
  objectClass: readonly string[];
  edits: readonly Edit[];
}

export interface PowerShellOptions {
  /** Identify the object by objectGUID instead of DN (survives renames and moves). */
  identity?: 'dn' | 'guid';
}

/** Byte arrays longer than this are written as base64 (a 100 KB photo as hex is unreadable). */
const MAX_HEX_BYTES = 32;

export function toPowerShell(target: PowerShellTarget, options: PowerShellOptions = {}): string {
  const identity = options.identity === 'guid' ? target.objectGuid : target.dn;
  if (target.operation === 'delete') return `Remove-ADObject -Identity ${quote(identity)} -Confirm:$false`;
  const remove: [string, string[], boolean][] = [];
  const add: [string, string[], boolean][] = [];
  const replace: [string, string[], boolean][] = [];
  const clear: string[] = [];
  for (const edit of target.edits) {
    const binary = edit.binary === true;
    const delta = editDelta(edit);
    if (delta === null) {
      // Only a full set without base replaces; a delta always says what it removes and adds.
      const desired = isDelta(edit) ? edit.add : edit.desired;
      if (desired.length === 0) clear.push(edit.attr);
      else replace.push([edit.attr, desired, binary]);
      continue;
    }
    if (delta.removed.length > 0) remove.push([edit.attr, delta.removed, binary]);
    if (delta.added.length > 0) add.push([edit.attr, delta.added, binary]);
  }

  const parts = [cmdletFor(target.objectClass), '-Identity', quote(identity)];
  if (remove.length > 0) parts.push('-Remove', hashtable(remove));
  if (add.length > 0) parts.push('-Add', hashtable(add));
  if (replace.length > 0) parts.push('-Replace', hashtable(replace));
  if (clear.length > 0) parts.push('-Clear', clear.map(attributeName).join(','));
  return parts.join(' ');
}

/**
 * Get-ADUser only finds person users, so computers (which are users in objectClass) go through
 * Set-ADObject; contacts and everything else too.
 */
export function cmdletFor(objectClass: readonly string[]): 'Set-ADUser' | 'Set-ADGroup' | 'Set-ADObject' {
  const classes = new Set(objectClass.map((name) => name.toLowerCase()));
  if (classes.has('group')) return 'Set-ADGroup';
  if (classes.has('user') && !classes.has('computer')) return 'Set-ADUser';
  return 'Set-ADObject';
}

/**
 * A PowerShell single-quoted string: nothing inside is expanded ($, backtick, double quotes are
 * literal). The only special characters are the quote itself and its typographic variants, which
 * PowerShell also accepts as single quotes (U+2018, U+2019, U+201A, U+201B); each is doubled.
 */
export function quote(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

function hashtable(entries: [string, string[], boolean][]): string {
  const body = entries
    .map(
      ([attr, values, binary]) => `${attributeName(attr)}=${values.map((v) => literal(v, binary)).join(',')}`,
    )
    .join('; ');
  return `@{${body}}`;
}

/** LDAP names are letters, digits and hyphens; a bare word only when it cannot be misparsed. */
function attributeName(attr: string): string {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(attr) ? attr : quote(attr);
}

function literal(value: string, binary: boolean): string {
  if (!binary) return quote(value);
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length > MAX_HEX_BYTES)
    return `([Convert]::FromBase64String(${quote(bytes.toString('base64'))}))`;
  const hex = [...bytes].map((byte) => `0x${byte.toString(16).padStart(2, '0').toUpperCase()}`);
  return `([byte[]](${hex.join(',')}))`;
}
