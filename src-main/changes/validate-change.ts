import { AppError } from '../../src-preload/contract/errors.ts';
import type { Edit, NewChange } from './change.ts';
import { isSecretAttribute } from './never-journaled.ts';
import { isDelta, isNoOp, valuesIn } from '../../src-preload/shared/values.ts';

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
  if ((change.operation ?? 'modify') === 'delete') {
    if (change.edits.length > 0) issues.push('A delete carries no attribute edits.');
  } else if (change.edits.length === 0) issues.push('The change has no edits.');

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
