import type { ValidationIssue } from '../../../src-preload/contract/index.ts';
import { suggestMailNickname } from '../../../src-preload/shared/recipients/mail-nickname.ts';
import {
  applyAddressTemplate,
  defaultAddressTemplate,
  asciiFold,
  fullName,
  groupSamAccountNameFrom,
  samAccountNameFrom,
} from '../../../src-preload/shared/recipients/naming.ts';
import type { RecipientFields } from '../../../src-preload/shared/recipients/recipient-fields.ts';
import type { StampableKind } from '../../../src-preload/shared/recipients/recipient-stamp.ts';
import { KINDS } from '../../../src-preload/shared/recipients/recipient-types.ts';

/**
 * The wizard's state as the admin fills it in, and what ADUC and Exchange derive from it while
 * they type: full and display name from the parts, logon names from the name, alias and primary
 * address from the profile's address template. A derived field stops following once edited.
 */
export type DerivedField =
  'name' | 'displayName' | 'upnPrefix' | 'samAccountName' | 'alias' | 'primaryAddress';

export interface WizardDraft {
  kind: StampableKind;
  /** What the admin typed; derived fields hold a value only once edited. */
  typed: RecipientFields;
  edited: Partial<Record<DerivedField, boolean>>;
}

export interface DeriveContext {
  upnSuffixes: readonly string[];
  domainDnsName: string;
  /** The profile's address template, or null for %g.%s@<domain>. */
  addressTemplate: string | null;
  /** The domain of the template used when the profile has none (tenant default or AD domain). */
  mailDomain: string;
  tenant: string | null;
}

export type WizardPage = 'name' | 'logon' | 'group' | 'exchange' | 'password' | 'summary';

export const PAGE_TITLES: Record<WizardPage, string> = {
  name: 'Name',
  logon: 'Logon names',
  group: 'Group scope and members',
  exchange: 'Exchange',
  password: 'Password',
  summary: 'What will be written',
};

/**
 * Users who sign in get a password page. Shared, room and equipment mailboxes are disabled
 * accounts nobody signs in to, as Exchange creates them: they get none.
 */
export const HAS_PASSWORD: ReadonlySet<StampableKind> = new Set(['user', 'remoteUserMailbox', 'mailUser']);

export function pagesFor(kind: StampableKind): WizardPage[] {
  const info = KINDS[kind];
  return [
    'name',
    ...(info.baseClass === 'user' ? (['logon'] as const) : []),
    ...(info.baseClass === 'group' ? (['group'] as const) : []),
    ...(info.mailEnabled ? (['exchange'] as const) : []),
    ...(HAS_PASSWORD.has(kind) ? (['password'] as const) : []),
    'summary',
  ];
}

export function defaultTemplate(ctx: DeriveContext): string {
  return defaultAddressTemplate(ctx.addressTemplate, ctx.mailDomain);
}

/** The fields as they would be sent: typed values, and derived ones where the admin typed none. */
export function deriveFields(
  draft: WizardDraft,
  ctx: DeriveContext,
  template = defaultTemplate(ctx),
): RecipientFields {
  const { typed, edited, kind } = draft;
  const base = KINDS[kind].baseClass;
  const person = { givenName: typed.givenName ?? '', initials: typed.initials ?? '', sn: typed.sn ?? '' };
  const name = edited.name || base === 'group' ? (typed.name ?? '') : fullName(person);
  const displayName = edited.displayName ? (typed.displayName ?? '') : name;
  const fields: RecipientFields = { ...typed, name, displayName };
  if (base === 'user') {
    const fromTemplate = applyAddressTemplate(template, person);
    const logon = fromTemplate
      ? fromTemplate.slice(0, fromTemplate.lastIndexOf('@'))
      : suggestMailNickname(asciiFold([person.givenName, person.sn].filter(Boolean).join('.'))).toLowerCase();
    fields.upnPrefix = edited.upnPrefix ? (typed.upnPrefix ?? '') : logon;
    fields.upnSuffix = typed.upnSuffix || ctx.upnSuffixes[0] || ctx.domainDnsName;
    fields.samAccountName = edited.samAccountName
      ? (typed.samAccountName ?? '')
      : samAccountNameFrom(fields.upnPrefix);
  } else if (base === 'group') {
    fields.samAccountName = edited.samAccountName
      ? (typed.samAccountName ?? '')
      : groupSamAccountNameFrom(name);
  }
  if (KINDS[kind].mailEnabled) {
    const aliasSource = base === 'user' ? (fields.upnPrefix ?? '') : name.replace(/\s+/g, '');
    fields.alias = edited.alias ? (typed.alias ?? '') : suggestMailNickname(asciiFold(aliasSource));
    if (!edited.primaryAddress) {
      const domain = template.slice(template.lastIndexOf('@') + 1).toLowerCase();
      const fromTemplate = applyAddressTemplate(template, { ...person, alias: fields.alias });
      fields.primaryAddress =
        kind === 'mailContact'
          ? ''
          : fromTemplate || (fields.alias && domain ? `${fields.alias}@${domain}` : '');
    }
    if (!typed.tenant && ctx.tenant) fields.tenant = ctx.tenant;
  }
  return fields;
}

/** Which wizard field an issue belongs to (the rules name AD attributes; the pages name fields). */
export function issueField(
  found: ValidationIssue,
  fields: RecipientFields,
): keyof RecipientFields | 'kind' | 'parentDn' {
  switch (found.field) {
    case 'userPrincipalName':
      return 'upnPrefix';
    case 'sAMAccountName':
      return 'samAccountName';
    case 'mailNickname':
      return 'alias';
    case 'mail':
    case 'proxyAddresses': {
      const value = (found.value ?? '').toLowerCase();
      if (value !== '' && value === fields.externalAddress?.trim().toLowerCase()) return 'externalAddress';
      if (value !== '' && (fields.extraAddresses ?? []).some((a) => a.trim().toLowerCase() === value))
        return 'extraAddresses';
      return 'primaryAddress';
    }
    case 'name':
    case 'displayName':
    case 'primaryAddress':
    case 'extraAddresses':
    case 'externalAddress':
    case 'tenant':
    case 'groupScope':
    case 'parentDn':
      return found.field;
    default:
      return 'kind';
  }
}

/** The fields each page shows, so Next can refuse a page with an error on it. */
export function pageFields(page: WizardPage, kind: StampableKind): readonly string[] {
  const group = KINDS[kind].baseClass === 'group';
  switch (page) {
    case 'name':
      return [
        'name',
        'displayName',
        'givenName',
        'initials',
        'sn',
        'parentDn',
        ...(group ? ['samAccountName'] : []),
      ];
    case 'logon':
      return ['upnPrefix', 'samAccountName'];
    case 'group':
      return ['groupScope', 'members'];
    case 'exchange':
      return ['alias', 'primaryAddress', 'extraAddresses', 'externalAddress', 'tenant', 'kind'];
    default:
      return [];
  }
}
