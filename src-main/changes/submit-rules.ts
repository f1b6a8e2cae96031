import { AppError, type ChangeInput, type ValidationIssue } from '../../src-preload/contract/index.ts';
import type { DirectorySchema } from '../directory/schema.ts';
import { schemaIssues } from '../directory/schema-rules.ts';
import {
  validateGeneralEdit,
  type GeneralEdit,
} from '../../src-preload/shared/recipients/general-edit-validation.ts';
import { validateStoredPhoto } from '../recipients/photo.ts';
import type { UpnCheckOptions } from '../../src-preload/shared/recipients/upn.ts';
import type { Edit } from './change.ts';
import { isSecretAttribute } from './never-journaled.ts';
import { isDelta, valuesOf } from '../../src-preload/shared/values.ts';

/**
 * Main's own check of every submitted change, before anything is journaled: the renderer runs the
 * same rules as the admin types, but it is a courtesy, not the guard. The recipient rules of the
 * sheet (addresses, exactly one primary, alias, UPN, photo) and the schema's rules all run here;
 * any error refuses the whole submission with INVALID_INPUT and the issues listed.
 */
export interface SubmitRuleContext {
  schema: DirectorySchema;
  upn: UpnCheckOptions;
  /**
   * Current values of attributes a change does not carry but a rule needs (mail when only
   * proxyAddresses changes): read complete from the directory, or null when it cannot be reached.
   */
  readCurrent(change: ChangeInput, attrs: string[]): Promise<Record<string, string[]> | null>;
}

export type SubmitIssue = ValidationIssue & { dn: string };

const GENERAL_ATTRS = ['mail', 'proxyAddresses', 'mailNickname', 'displayName', 'userPrincipalName'];

export async function checkSubmittedChanges(
  changes: readonly ChangeInput[],
  ctx: SubmitRuleContext,
): Promise<void> {
  const issues: SubmitIssue[] = [];
  for (const change of changes) {
    for (const found of await changeIssues(change, ctx)) issues.push({ ...found, dn: change.dn });
  }
  refuseErrors(issues);
}

/** Nothing is journaled while a rule says no: the first error in words, every one in the details. */
export function refuseErrors<T extends ValidationIssue>(issues: readonly T[]): void {
  const errors = issues.filter((found) => found.severity === 'error');
  if (errors.length === 0) return;
  const first = errors[0]!;
  throw new AppError(
    'INVALID_INPUT',
    errors.length === 1
      ? `Not saved: ${first.message}`
      : `Not saved: ${errors.length} problems, the first: ${first.message}`,
    { issues: errors },
  );
}

async function changeIssues(change: ChangeInput, ctx: SubmitRuleContext): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const edits = change.edits as Edit[];
  for (const edit of edits) {
    if (isSecretAttribute(edit.attr)) {
      issues.push({
        code: 'secret-attribute',
        severity: 'error',
        field: edit.attr,
        message: `${edit.attr} holds a secret and is never written through the change journal; use Reset Password.`,
      });
      continue;
    }
    issues.push(
      ...schemaIssues(ctx.schema, {
        attr: edit.attr,
        binary: edit.binary === true,
        resulting: isDelta(edit) ? null : edit.desired,
        written: isDelta(edit) ? edit.add : edit.desired,
      }),
    );
    if (edit.attr.toLowerCase() === 'thumbnailphoto' && !isDelta(edit)) {
      for (const value of edit.desired) issues.push(...validateStoredPhoto(Buffer.from(value, 'base64')));
    }
  }
  issues.push(...(await generalIssues(change, edits, ctx)));
  return issues;
}

/** The Exchange General rules, over the values the object will hold after the change. */
async function generalIssues(
  change: ChangeInput,
  edits: readonly Edit[],
  ctx: SubmitRuleContext,
): Promise<ValidationIssue[]> {
  const touched = edits.filter((edit) =>
    GENERAL_ATTRS.some((a) => a.toLowerCase() === edit.attr.toLowerCase()),
  );
  if (touched.length === 0) return [];
  const after: Record<string, string[]> = {};
  for (const edit of touched) if (!isDelta(edit)) after[edit.attr] = edit.desired;
  // mail and the primary address are checked against each other: fetch whichever is not edited.
  const pair = ['mail', 'proxyAddresses'];
  const missing = pair.filter((attr) => !touched.some((e) => e.attr.toLowerCase() === attr.toLowerCase()));
  const pairKnown = missing.length === 0 || missing.length === pair.length;
  let current: Record<string, string[]> = {};
  if (!pairKnown) current = (await ctx.readCurrent(change, missing)) ?? {};
  const value = (attr: string) => (Object.hasOwn(after, attr) ? after[attr]! : valuesOf(current, attr));
  const edit: GeneralEdit = {
    proxyAddresses: value('proxyAddresses'),
    mail: value('mail')[0] ?? '',
  };
  const isEdited = (attr: string) => Object.keys(after).some((a) => a.toLowerCase() === attr.toLowerCase());
  if (isEdited('mailNickname')) edit.mailNickname = valuesOf(after, 'mailNickname')[0] ?? '';
  if (isEdited('displayName')) edit.displayName = valuesOf(after, 'displayName')[0] ?? '';
  if (isEdited('userPrincipalName')) edit.userPrincipalName = valuesOf(after, 'userPrincipalName')[0] ?? '';
  const report = validateGeneralEdit(edit, ctx.upn);
  // Only what this change is responsible for: an alias the change did not touch is not its problem.
  return report.issues.filter(
    (found) => found.severity === 'error' && (isEdited(found.field) || pair.includes(found.field)),
  );
}
