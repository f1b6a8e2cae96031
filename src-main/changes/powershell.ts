import type { ChangeOperation, ChangeTarget, Edit } from './change.ts';
import { editDelta, isDelta } from '../../src-preload/shared/values.ts';
import { parentDnOf, rdnOf, rdnValue } from '../../src-preload/shared/dn.ts';
import { isUnlock } from './password-change.ts';

/**
 * Renders a change as the ActiveDirectory-module command that does the same thing, for the admin
 * to read, copy or keep. Set-AD* performs -Remove, -Add, -Replace, -Clear in that order whatever
 * order they are written in (Microsoft's Set-ADObject docs), so removing the old value and adding
 * the new one in one command is a faithful copy of our delete + add modify.
 */

export interface PowerShellTarget {
  operation?: ChangeOperation;
  dn: string;
  objectGuid: string;
  objectClass: readonly string[];
  edits: readonly Edit[];
  target?: ChangeTarget | null;
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
  if (target.operation === 'create') return newObjectCommand(target);
  if (target.operation === 'password') return passwordCommand(target, identity);
  if (isUnlock(target)) return `Unlock-ADAccount -Identity ${quote(identity)}`;
  const place = target.target ?? null;
  if (target.operation === 'rename' && place !== null && 'newRdn' in place)
    return `Rename-ADObject -Identity ${quote(identity)} -NewName ${quote(rdnValue(place.newRdn))}`;
  if (target.operation === 'move' && place !== null && 'newParentDn' in place)
    return `Move-ADObject -Identity ${quote(identity)} -TargetPath ${quote(place.newParentDn)}`;
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
 * A password reset as the admin would type it: the password is asked for, never written here.
 * Its options follow as their own cmdlets, as ADUC's checkboxes map to them.
 */
function passwordCommand(target: PowerShellTarget, identity: string): string {
  const lines = [
    `Set-ADAccountPassword -Identity ${quote(identity)} -Reset -NewPassword (Read-Host -AsSecureString 'New password')`,
  ];
  const attrs = new Set(target.edits.map((edit) => edit.attr.toLowerCase()));
  if (attrs.has('pwdlastset'))
    lines.push(`Set-ADUser -Identity ${quote(identity)} -ChangePasswordAtLogon $true`);
  if (attrs.has('lockouttime')) lines.push(`Unlock-ADAccount -Identity ${quote(identity)}`);
  return lines.join('\n');
}

const GROUP_SCOPES: [number, string][] = [
  [0x2, 'Global'],
  [0x4, 'DomainLocal'],
  [0x8, 'Universal'],
];
const SECURITY_ENABLED = 0x80000000;

/**
 * A create as New-ADUser / New-ADGroup / New-ADObject: -Name is the cn (unescaped, the cmdlet
 * escapes it), -Path the container, every other attribute in -OtherAttributes. New-ADGroup
 * demands its scope and category as parameters, so groupType becomes those two.
 */
function newObjectCommand(target: PowerShellTarget): string {
  const classes = target.objectClass.map((name) => name.toLowerCase());
  const structural = target.objectClass[target.objectClass.length - 1] ?? 'top';
  const parts: string[] = [];
  let edits = [...target.edits];
  if (classes.includes('group')) {
    const groupType = edits.find((edit) => edit.attr.toLowerCase() === 'grouptype');
    const raw = Number(groupType !== undefined && !isDelta(groupType) ? groupType.desired[0] : -2147483646);
    const bits = raw >>> 0;
    const scope = GROUP_SCOPES.find(([bit]) => (bits & bit) !== 0)?.[1] ?? 'Global';
    parts.push('New-ADGroup');
    parts.push(
      '-GroupScope',
      scope,
      '-GroupCategory',
      (bits & SECURITY_ENABLED) !== 0 ? 'Security' : 'Distribution',
    );
    edits = edits.filter((edit) => edit !== groupType);
  } else if (classes.includes('user') && !classes.includes('computer')) parts.push('New-ADUser');
  else parts.push('New-ADObject', '-Type', quote(structural));
  parts.splice(1, 0, '-Name', quote(rdnValue(rdnOf(target.dn))), '-Path', quote(parentDnOf(target.dn)));
  // The account name has its own parameter on both cmdlets (and a generated one without it).
  const sam = edits.find((edit) => edit.attr.toLowerCase() === 'samaccountname');
  if (parts[0] !== 'New-ADObject' && sam !== undefined && !isDelta(sam) && sam.desired[0] !== undefined) {
    parts.push('-SamAccountName', quote(sam.desired[0]));
    edits = edits.filter((edit) => edit !== sam);
  }
  const values: [string, string[], boolean][] = edits.map((edit) => [
    edit.attr,
    isDelta(edit) ? edit.add : edit.desired,
    edit.binary === true,
  ]);
  if (values.length > 0) parts.push('-OtherAttributes', hashtable(values));
  return parts.join(' ');
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
