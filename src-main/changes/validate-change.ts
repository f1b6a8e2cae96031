import { AppError } from '../../src-preload/contract/errors.ts';
import type { Edit, NewChange } from './change.ts';
import { isSecretAttribute } from './never-journaled.ts';
import { PASSWORD_OPTION_ATTRIBUTES, type NewPasswordChange } from './password-change.ts';
import { isDelta, isNoOp, valuesIn } from '../../src-preload/shared/values.ts';
import { dnIssues, splitDn } from '../../src-preload/shared/dn.ts';

/**
 * Attributes a create must not carry: the server derives them from the DN (cn, name), assigns them
 * (objectGUID, objectSid, whenCreated…) or takes them separately (objectClass is the change's own).
 */
const NOT_ON_CREATE = new Set(
  [
    'cn',
    'name',
    'ou',
    'distinguishedName',
    'objectClass',
    'objectGUID',
    'objectSid',
    'objectCategory',
    'whenCreated',
    'whenChanged',
    'uSNCreated',
    'uSNChanged',
    'memberOf',
  ].map((name) => name.toLowerCase()),
);

/** An LDAP attribute description as AD names attributes (no options, no OIDs). */
const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Checks a change before it enters the journal, so nothing that the server could only misread is
 * ever queued. Throws VALIDATION_FAILED listing every problem at once. This is the journal's own
 * last guard; the submit path runs the full recipient and schema rules before it (submit-rules.ts).
 */
export function validateNewChange(change: NewChange): void {
  const issues: string[] = [];
  if (change.dn.trim() === '') issues.push('The object has no distinguished name.');
  if (change.objectGuid.trim() === '') issues.push('The object has no objectGUID.');
  const operation = change.operation ?? 'modify';
  if (operation === 'delete' || operation === 'rename' || operation === 'move') {
    if (change.edits.length > 0) issues.push(`A ${operation} carries no attribute edits.`);
  } else if (operation === 'modify' && change.edits.length === 0) issues.push('The change has no edits.');
  if (change.dn.trim() !== '') issues.push(...dnIssues(change.dn).map((found) => found.message));
  issues.push(...operationIssues(change));

  const seen = new Set<string>();
  for (const edit of change.edits) {
    const key = edit.attr.toLowerCase();
    if (seen.has(key)) issues.push(`${edit.attr} is edited twice in one change; combine the two edits.`);
    seen.add(key);
    issues.push(...editIssues(edit));
  }
  if (issues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The change to ${change.dn || 'this object'} cannot be queued: ${issues.join(' ')}`,
      {
        issues,
      },
    );
  }
}

/** What a create, rename or move needs beyond a DN: its attributes, its new RDN, its new parent. */
function operationIssues(change: NewChange): string[] {
  const issues: string[] = [];
  const operation = change.operation ?? 'modify';
  const target = change.target ?? null;
  if (operation === 'create') {
    if (change.objectClass.length === 0) issues.push('A new object needs its objectClass.');
    for (const edit of change.edits) {
      if (isDelta(edit) || edit.base === null || edit.base.length > 0)
        issues.push(`${edit.attr}: a new object's attribute is a full set with an empty base.`);
      else if (edit.desired.length === 0)
        issues.push(`${edit.attr}: a new object's attribute needs a value.`);
      if (NOT_ON_CREATE.has(edit.attr.toLowerCase()))
        issues.push(`${edit.attr} is set by the directory (or by the name) and cannot be given on a create.`);
    }
  } else if (operation === 'rename') {
    if (target === null || !('newRdn' in target)) issues.push('A rename needs the new name.');
    else {
      issues.push(...dnIssues(target.newRdn, 'newRdn').map((found) => found.message));
      if (splitDn(target.newRdn).length > 1)
        issues.push('A rename gives one RDN; use a move to change the container.');
    }
  } else if (operation === 'move') {
    if (target === null || !('newParentDn' in target)) issues.push('A move needs the container to move to.');
    else issues.push(...dnIssues(target.newParentDn, 'newParentDn').map((found) => found.message));
  } else if (operation === 'password') {
    for (const edit of change.edits) {
      const option = PASSWORD_OPTION_ATTRIBUTES.some(
        (attr) => attr.toLowerCase() === edit.attr.toLowerCase(),
      );
      if (!option || isDelta(edit) || edit.desired.length !== 1 || edit.desired[0] !== '0')
        issues.push(`${edit.attr}: a password change sets only pwdLastSet 0 and lockoutTime 0 with it.`);
    }
  }
  if (operation !== 'rename' && operation !== 'move' && target !== null)
    issues.push(`A ${operation} has no rename or move target.`);
  return issues;
}

function editIssues(edit: Edit): string[] {
  const issues: string[] = [];
  if (!ATTRIBUTE_NAME.test(edit.attr)) issues.push(`"${edit.attr}" is not a valid attribute name.`);
  if (isSecretAttribute(edit.attr)) {
    issues.push(
      `${edit.attr} holds a secret: it is never written through the change journal (use Reset Password).`,
    );
    return issues;
  }
  const lists: [string, readonly string[]][] = isDelta(edit)
    ? [
        ['removed', edit.remove],
        ['added', edit.add],
      ]
    : [['new', edit.desired], ...(edit.base !== null ? [['original', edit.base] as [string, string[]]] : [])];
  for (const [label, values] of lists) {
    if (new Set(values).size !== values.length)
      issues.push(`${edit.attr}: the ${label} values list one value twice.`);
    if (values.some((value) => value === ''))
      issues.push(`${edit.attr}: empty values are not allowed in LDAP; remove the value instead.`);
    if (edit.binary === true && values.some((value) => !CANONICAL_BASE64.test(value))) {
      issues.push(`${edit.attr}: a binary value is not valid base64.`);
    }
  }
  if (isDelta(edit) && valuesIn(edit.remove, edit.add).length > 0)
    issues.push(`${edit.attr}: a value cannot be both removed and added in one edit.`);
  if (isNoOp(edit)) {
    issues.push(
      `${edit.attr}: the new values are the same as the current ones, so there is nothing to write.`,
    );
  }
  return issues;
}

/** A password change brings its password; nothing else may carry one. */
export function requirePasswordWhereNeeded(change: NewChange | NewPasswordChange): void {
  const password = 'password' in change ? change.password : undefined;
  if (change.operation === 'password' && (typeof password !== 'string' || password === ''))
    throw new AppError('VALIDATION_FAILED', `The password change to ${change.dn} has no password.`);
  if (change.operation !== 'password' && password !== undefined)
    throw new AppError('VALIDATION_FAILED', `Only a password change carries a password (${change.dn}).`);
}

/** Only mark binary when it is, and a full set stays without a mode: keeps stored JSON stable. */
export function normaliseEdit(edit: Edit): Edit {
  const binary = edit.binary === true ? { binary: true } : {};
  if (edit.mode === 'delta')
    return { attr: edit.attr, ...binary, mode: 'delta', remove: [...edit.remove], add: [...edit.add] };
  return {
    attr: edit.attr,
    ...binary,
    base: edit.base === null ? null : [...edit.base],
    desired: [...edit.desired],
  };
}
