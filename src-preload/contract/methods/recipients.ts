import { z } from 'zod';
import { method } from '../define.ts';
import { dnInput, guidInput } from '../schemas.ts';
import type { ValidationIssue } from '../../shared/recipients/issues.ts';
import { GROUP_SCOPES } from '../../shared/recipients/recipient-fields.ts';
import { STAMPABLE_KINDS, type StampableKind } from '../../shared/recipients/recipient-stamp.ts';
import type { RecipientKind } from '../../shared/recipients/recipient-types.ts';
import type { ChangeView, SetEditView } from './changes.ts';

// New Object wizards and convert / mail-enable / disable mail. The renderer sends the fields the
// admin typed, never attributes: main computes the entry with the same shared plan and writes that.

export interface RecipientContext {
  /** The domain's DNS name first, then the forest's alternative UPN suffixes. */
  upnSuffixes: string[];
  domainDnsName: string;
  /** Remembered per connection profile: asked once, then offered. */
  tenant: string | null;
  /** E-mail address template (e.g. %g.%s@contoso.com), per connection profile. */
  addressTemplate: string | null;
  /**
   * The domain of the template used when the profile has none: the signed-in tenant's default
   * domain (unless reserved), else the AD domain's DNS name (addressTemplateDomain).
   */
  mailDomain: string;
}

export interface RecipientPreflight {
  dn: string;
  objectClass: string[];
  /** Exactly what the create will write. */
  attributes: Record<string, string[]>;
  /** The shared rules' issues plus directory-wide duplicates (UPN, sAMAccountName, alias, addresses). */
  issues: ValidationIssue[];
  canCreate: boolean;
  /** The ActiveDirectory-module command that would create the same entry. */
  powershell: string;
}

export interface ConversionPreview {
  from: RecipientKind;
  target: StampableKind;
  edits: SetEditView[];
  issues: ValidationIssue[];
  canConvert: boolean;
  cloudEffect: string;
  powershell: string;
}

const text = (max: number) => z.string().max(max);
/** The wizard's fields (RecipientFields), bounded; the plan decides what each kind uses. */
export const recipientFieldsInput = z
  .object({
    givenName: text(64).optional(),
    initials: text(6).optional(),
    sn: text(64).optional(),
    name: z.string().min(1).max(256),
    displayName: text(256).optional(),
    description: text(1024).optional(),
    upnPrefix: text(256).optional(),
    upnSuffix: text(256).optional(),
    samAccountName: text(256).optional(),
    alias: text(256).optional(),
    primaryAddress: text(1123).optional(),
    extraAddresses: z.array(text(1123)).max(200).optional(),
    tenant: text(256).optional(),
    externalAddress: text(1123).optional(),
    archive: z.boolean().optional(),
    groupScope: z.enum(GROUP_SCOPES).optional(),
    members: z.array(dnInput).max(5000).optional(),
  })
  .strict();
const kindInput = z.enum(STAMPABLE_KINDS);
const createInput = z.object({ kind: kindInput, parentDn: dnInput, fields: recipientFieldsInput }).strict();
/**
 * A new user's password (as changes.setPassword: held in memory only, sent over TLS only). With
 * one, the create is followed in its lane by the password and, unless `enable` is false, the
 * enabling of the account (with pwdLastSet 0 when the user must change it at next logon).
 */
const createWithPasswordInput = createInput
  .extend({
    password: z.string().min(1, 'Enter the password.').max(256).optional(),
    mustChange: z.boolean().optional(),
    enable: z.boolean().optional(),
  })
  .strict();
const conversionInput = z
  .object({
    objectGuid: guidInput,
    dn: dnInput,
    targetKind: kindInput,
    alias: text(256).optional(),
    primaryAddress: text(1123).optional(),
    tenant: text(256).optional(),
    externalAddress: text(1123).optional(),
    archive: z.boolean().optional(),
  })
  .strict();

export const recipientsMethods = {
  /** What a wizard offers: UPN suffixes, and the tenant and address template of this profile. */
  'recipients.context': method(z.object({}).strict()).returns<RecipientContext>(),
  /** Remembers the tenant and/or address template for the connected profile. */
  'recipients.saveDefaults': method(
    z
      .object({ tenant: text(256).nullable().optional(), addressTemplate: text(256).nullable().optional() })
      .strict(),
  ).returns<RecipientContext>(),
  /** The entry a create would add, every rule's issues and a directory-wide uniqueness check (one search). */
  'recipients.preflight': method(createInput).returns<RecipientPreflight>(),
  /**
   * Creates the recipient after main re-plans it and re-checks every rule: the journal's create,
   * then (users with a password) the password and the enabling, each a recorded step of one lane.
   * Answers with the steps in order, the create first.
   */
  'recipients.create': method(createWithPasswordInput).returns<ChangeView[]>(),
  /** What a convert, mail-enable or disable mail would change, and what the cloud will do. */
  'recipients.previewConversion': method(conversionInput).returns<ConversionPreview>(),
  /** Converts, mail-enables or disables mail: one compare-and-swap change to the target kind's stamp. */
  'recipients.convert': method(conversionInput).returns<ChangeView>(),
};
