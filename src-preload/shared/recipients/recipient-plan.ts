import { AppError } from '../../contract/errors.ts';
import { dnIssues, objectNameIssues, rdn } from '../dn.ts';
import { newAddressIssues } from './address-rules.ts';
import { DISPLAY_NAME_MAX_LENGTH } from './general-edit-validation.ts';
import { hasErrors, issue, type ValidationIssue } from './issues.ts';
import { validateMailNickname } from './mail-nickname.ts';
import { SAM_ACCOUNT_NAME_MAX_LENGTH } from './naming.ts';
import type { GroupScope } from '../account/group-type.ts';
import type { RecipientFields } from './recipient-fields.ts';
import { stampFor, type StampableKind, type StampInput } from './recipient-stamp.ts';
import { GROUP_TYPE, KINDS } from './recipient-types.ts';
import { addedAttributes } from './stamp-diff.ts';
import { remoteRoutingAddress, tenantName } from './target-address.ts';
import { validateUpn } from './upn.ts';

/** The structural classes of each base class, as ADUC writes them on an add. */
export const OBJECT_CLASSES = {
  user: ['top', 'person', 'organizationalPerson', 'user'],
  contact: ['top', 'person', 'organizationalPerson', 'contact'],
  group: ['top', 'group'],
} as const;

/** NORMAL_ACCOUNT | ACCOUNTDISABLE: a user is created disabled until it has a password. */
export const NEW_USER_ACCOUNT_CONTROL = 514;
/** AD's limit for a group's sAMAccountName (users have 20). */
const GROUP_SAM_MAX_LENGTH = 256;
const SAM_FORBIDDEN = /["/\\[\]:;|=,+*?<>@]/;

export interface PlanContext {
  /** The forest's UPN suffixes and domain names; a suffix outside them is reported. */
  knownUpnSuffixes?: readonly string[];
}

/** Values that must not exist anywhere in the directory yet (the preflight checks them). */
export interface UniqueKeys {
  /** A create: the new entry's DN, which must not be taken (same name in the same container). */
  dn?: string;
  userPrincipalName?: string;
  samAccountName?: string;
  alias?: string;
  /** Every SMTP address the object will answer to, bare, lower case. */
  addresses: string[];
}

export interface RecipientPlan {
  kind: StampableKind;
  parentDn: string;
  name: string;
  /** The new entry's DN, the name escaped into its RDN. */
  dn: string;
  objectClass: string[];
  /** Exactly what the add writes (the diff from nothing to the target), attribute → values. */
  attributes: Record<string, string[]>;
  unique: UniqueKeys;
  /** Every rule the fields break; errors block the create. */
  issues: ValidationIssue[];
}

/**
 * From a kind and the wizard's fields to the exact entry a create adds, with every issue the
 * fields have. The renderer runs it as the admin types; main runs it again on what arrives and
 * writes only what it computes, so the renderer never sends raw attributes.
 */
export function planRecipient(
  kind: StampableKind,
  parentDn: string,
  fields: RecipientFields,
  context: PlanContext = {},
): RecipientPlan {
  const info = KINDS[kind];
  const base = info.baseClass as keyof typeof OBJECT_CLASSES;
  const name = fields.name;
  const issues: ValidationIssue[] = [...objectNameIssues(name), ...dnIssues(parentDn, 'parentDn')];
  const target: Record<string, string[]> = {};
  const dn = `${rdn('CN', name)},${parentDn}`;
  const unique: UniqueKeys = { dn, addresses: [] };
  const text = (value: string | undefined) => value?.trim() ?? '';

  if (base !== 'group') {
    setIf(target, 'givenName', text(fields.givenName));
    setIf(target, 'initials', text(fields.initials).replace(/\.$/, ''));
    setIf(target, 'sn', text(fields.sn));
  }
  const displayName = text(fields.displayName) || name.trim();
  if (displayName.length > DISPLAY_NAME_MAX_LENGTH)
    issues.push(
      issue(
        'error',
        'too-long',
        'displayName',
        `The display name has ${displayName.length} characters; at most ${DISPLAY_NAME_MAX_LENGTH} are allowed.`,
      ),
    );
  setIf(target, 'displayName', displayName);
  setIf(target, 'description', text(fields.description));

  if (base === 'user') {
    const upn = `${text(fields.upnPrefix)}@${text(fields.upnSuffix)}`;
    if (text(fields.upnPrefix) === '')
      issues.push(issue('error', 'empty', 'userPrincipalName', 'The user logon name is empty.'));
    else {
      issues.push(
        ...validateUpn(upn, context.knownUpnSuffixes ? { knownSuffixes: context.knownUpnSuffixes } : {}),
      );
      target.userPrincipalName = [upn];
      unique.userPrincipalName = upn.toLowerCase();
    }
  }
  if (base === 'user' || base === 'group') {
    const sam = text(fields.samAccountName);
    issues.push(...samIssues(sam, base === 'user' ? SAM_ACCOUNT_NAME_MAX_LENGTH : GROUP_SAM_MAX_LENGTH));
    setIf(target, 'sAMAccountName', sam);
    if (sam !== '') unique.samAccountName = sam.toLowerCase();
  }
  if (base === 'user') target.userAccountControl = [String(NEW_USER_ACCOUNT_CONTROL)];

  if (info.mailEnabled) issues.push(...mailIssues(kind, fields, unique));
  const stamp = hasErrors(issues) ? null : stampOrIssue(kind, stampInput(fields), issues);
  if (stamp !== null) Object.assign(target, stamp.attributes);
  if (base === 'group') {
    target.groupType = [String(groupTypeFor(kind, fields.groupScope ?? 'universal', issues))];
    target.member = [...new Set(fields.members ?? [])];
  }
  return {
    kind,
    parentDn,
    name,
    dn,
    objectClass: [...OBJECT_CLASSES[base]],
    attributes: hasErrors(issues) ? {} : addedAttributes(target),
    unique,
    issues,
  };
}

export function stampInput(fields: RecipientFields): StampInput {
  const input: StampInput = {
    alias: fields.alias?.trim() ?? '',
    secondaries: (fields.extraAddresses ?? []).map((a) => a.trim()).filter((a) => a !== ''),
    archive: fields.archive === true,
  };
  const primary = fields.primaryAddress?.trim() ?? '';
  if (primary !== '') input.primary = primary;
  if (fields.tenant?.trim()) input.tenant = fields.tenant.trim();
  if (fields.externalAddress?.trim()) input.externalAddress = fields.externalAddress.trim();
  return input;
}

/** The address rules of a mail-enabled kind, and the values that must be unique. */
function mailIssues(kind: StampableKind, fields: RecipientFields, unique: UniqueKeys): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const alias = fields.alias?.trim() ?? '';
  issues.push(...validateMailNickname(alias));
  if (alias !== '') unique.alias = alias.toLowerCase();
  const external = fields.externalAddress?.trim() ?? '';
  const needsExternal = kind === 'mailUser' || kind === 'mailContact';
  if (needsExternal) {
    if (external === '')
      issues.push(
        issue('error', 'empty', 'externalAddress', 'Give the external address mail is forwarded to.'),
      );
    else issues.push(...newAddressIssues(external, 'externalAddress'));
  }
  const primary = fields.primaryAddress?.trim() || (kind === 'mailContact' ? external : '');
  if (primary === '')
    issues.push(issue('error', 'empty', 'primaryAddress', 'Give the primary SMTP address.'));
  else issues.push(...newAddressIssues(primary, 'primaryAddress'));
  const extras = (fields.extraAddresses ?? []).map((a) => a.trim()).filter((a) => a !== '');
  for (const extra of extras) issues.push(...newAddressIssues(extra, 'extraAddresses'));
  const addresses = [primary, ...extras, ...(needsExternal ? [external] : [])];
  if (KINDS[kind].remoteKindBits !== undefined) {
    const tenant = fields.tenant?.trim() ?? '';
    if (tenant === '')
      issues.push(
        issue(
          'error',
          'empty',
          'tenant',
          'Give the Microsoft 365 tenant name (contoso for contoso.onmicrosoft.com): the routing address is alias@<tenant>.mail.onmicrosoft.com.',
        ),
      );
    else {
      try {
        tenantName(tenant);
        if (validateMailNickname(alias).length === 0) addresses.push(remoteRoutingAddress(alias, tenant));
      } catch (error) {
        issues.push(issue('error', 'invalid-tenant', 'tenant', (error as Error).message, tenant));
      }
    }
  }
  unique.addresses = [
    ...new Set(addresses.map((a) => a.replace(/^smtp:/i, '').toLowerCase()).filter((a) => a !== '')),
  ];
  return issues;
}

function stampOrIssue(kind: StampableKind, input: StampInput, issues: ValidationIssue[]) {
  try {
    return stampFor(kind, input);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    issues.push(issue('error', 'stamp', 'kind', error.message));
    return null;
  }
}

function samIssues(sam: string, max: number): ValidationIssue[] {
  const field = 'sAMAccountName';
  if (sam === '') return [issue('error', 'empty', field, 'The pre-Windows 2000 logon name is empty.')];
  const issues: ValidationIssue[] = [];
  if (sam.length > max)
    issues.push(
      issue(
        'error',
        'too-long',
        field,
        `The name has ${sam.length} characters; at most ${max} are allowed.`,
        sam,
      ),
    );
  if (SAM_FORBIDDEN.test(sam))
    issues.push(
      issue(
        'error',
        'invalid-character',
        field,
        'The pre-Windows 2000 name cannot contain " / \\ [ ] : ; | = , + * ? < > @.',
        sam,
      ),
    );
  if (sam.endsWith('.'))
    issues.push(issue('error', 'trailing-dot', field, 'The name cannot end with a dot.', sam));
  return issues;
}

const SCOPE_BITS: Record<GroupScope, number> = {
  domainLocal: GROUP_TYPE.domainLocal,
  global: GROUP_TYPE.global,
  universal: GROUP_TYPE.universal,
};

/** groupType as a signed 32-bit value: the scope bit, plus the security bit for security groups. */
export function groupTypeFor(kind: StampableKind, scope: GroupScope, issues: ValidationIssue[] = []): number {
  const security = kind === 'securityGroup' || kind === 'mailSecurityGroup';
  if (KINDS[kind].mailEnabled && scope !== 'universal') {
    issues.push(
      issue(
        'error',
        'not-universal',
        'groupScope',
        'A mail-enabled group must be universal: Exchange and Entra Connect treat other scopes as not mail-enabled.',
      ),
    );
  }
  return SCOPE_BITS[scope] | (security ? GROUP_TYPE.security : 0) | 0;
}

function setIf(target: Record<string, string[]>, attr: string, value: string): void {
  if (value !== '') target[attr] = [value];
}
