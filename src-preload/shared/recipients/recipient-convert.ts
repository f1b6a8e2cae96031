import type { SetEditView } from '../../contract/index.ts';
import { AppError } from '../../contract/errors.ts';
import { newAddressIssues } from './address-rules.ts';
import { cloudDomainKind } from './address-validation.ts';
import { readBigInt } from './ad-values.ts';
import { hasErrors, issue, type ValidationIssue } from './issues.ts';
import { suggestMailNickname, validateMailNickname } from './mail-nickname.ts';
import { parseProxyAddress, primarySmtp } from './proxy-addresses.ts';
import { classifyRecipient } from './recipient-kind.ts';
import type { UniqueKeys } from './recipient-plan.ts';
import { STAMPABLE_KINDS, stampFor, type StampableKind, type StampInput } from './recipient-stamp.ts';
import { KINDS, REMOTE_FLAGS, type RecipientKind } from './recipient-types.ts';
import { stampEdits } from './stamp-diff.ts';
import { parseTargetAddress } from './target-address.ts';

/** What main reads of an object before converting it (the stamp's attributes and what disable clears). */
export const CONVERSION_READ_ATTRIBUTES = [
  'objectClass',
  'name',
  'displayName',
  'groupType',
  'mail',
  'mailNickname',
  'proxyAddresses',
  'targetAddress',
  'msExchRecipientTypeDetails',
  'msExchRecipientDisplayType',
  'msExchRemoteRecipientType',
  'msExchVersion',
  'msExchPoliciesExcluded',
  'msExchHideFromAddressLists',
  'msExchRequireAuthToSendTo',
  'msExchEnableModeration',
  'msExchModerationFlags',
  'msExchModeratedByLink',
  'msExchBypassModerationLink',
  'legacyExchangeDN',
] as const;

/**
 * Beyond the stamp, what Exchange's Disable-* cmdlets clear: policy, address-book and moderation
 * settings and the legacy DN mean nothing on an object that no longer receives mail.
 */
const CLEARED_BY_DISABLE = CONVERSION_READ_ATTRIBUTES.slice(
  CONVERSION_READ_ATTRIBUTES.indexOf('msExchPoliciesExcluded'),
);

const REMOTE_KINDS = [
  'remoteUserMailbox',
  'remoteSharedMailbox',
  'remoteRoomMailbox',
  'remoteEquipmentMailbox',
] as const satisfies readonly StampableKind[];

/** The kinds an object of `kind` can be turned into, as Exchange's Enable-/Set-/Disable- cmdlets would. */
export function conversionTargets(kind: RecipientKind): StampableKind[] {
  const remote = REMOTE_KINDS as readonly StampableKind[];
  switch (kind) {
    case 'user':
      return [...remote, 'mailUser'];
    case 'remoteUserMailbox':
    case 'remoteSharedMailbox':
    case 'remoteRoomMailbox':
    case 'remoteEquipmentMailbox':
      return [...remote.filter((k) => k !== kind), 'mailUser', 'user'];
    case 'mailUser':
      return [...remote, 'user'];
    case 'contact':
      return ['mailContact'];
    case 'mailContact':
      return ['contact'];
    case 'securityGroup':
      return ['mailSecurityGroup'];
    case 'mailSecurityGroup':
      return ['securityGroup'];
    case 'distributionGroupNotMailEnabled':
      return ['distributionGroup', 'roomList'];
    case 'distributionGroup':
      return ['roomList', 'distributionGroupNotMailEnabled'];
    case 'roomList':
      return ['distributionGroup', 'distributionGroupNotMailEnabled'];
    default:
      return [];
  }
}

/** True when going to `target` takes mail away (Disable-MailUser, Disable-RemoteMailbox…). */
export function isDisableMail(target: StampableKind): boolean {
  return !KINDS[target].mailEnabled;
}

export interface ConversionInput {
  alias?: string;
  primaryAddress?: string;
  tenant?: string;
  externalAddress?: string;
  archive?: boolean;
}

export interface ConversionPlan {
  from: RecipientKind;
  target: StampableKind;
  /** Full-set edits with their bases: the same kind of change an edit on the sheet makes. */
  edits: SetEditView[];
  unique: UniqueKeys;
  issues: ValidationIssue[];
  /** In plain words, what the cloud will do with the object after the next sync. */
  cloudEffect: string;
}

type Values = Readonly<Record<string, readonly string[]>>;

/**
 * Convert, mail-enable or disable mail: the target kind's stamp, filled in from the object's
 * current values where the admin gave none, diffed against those values. Addresses the object
 * already has stay (X500 and all), except the ones that belonged to the old kind only.
 */
export function planConversion(
  current: Values,
  target: StampableKind,
  input: ConversionInput = {},
): ConversionPlan {
  const get = (attr: string) => valuesOf(current, attr);
  const first = (attr: string) => get(attr)[0]?.trim() ?? '';
  const from = classifyRecipient({
    objectClass: get('objectClass'),
    msExchRecipientTypeDetails: get('msExchRecipientTypeDetails'),
    msExchRemoteRecipientType: get('msExchRemoteRecipientType'),
    msExchRecipientDisplayType: get('msExchRecipientDisplayType'),
    groupType: get('groupType'),
    mail: get('mail'),
    mailNickname: get('mailNickname'),
    targetAddress: get('targetAddress'),
  }).kind;
  const issues: ValidationIssue[] = [];
  const unique: UniqueKeys = { addresses: [] };
  const done = (edits: SetEditView[]): ConversionPlan => ({
    from,
    target,
    edits,
    unique,
    issues,
    cloudEffect: cloudEffect(from, target),
  });
  if (!(STAMPABLE_KINDS as readonly string[]).includes(target) || !conversionTargets(from).includes(target)) {
    issues.push(
      issue(
        'error',
        'not-convertible',
        'targetKind',
        `A ${KINDS[from].displayName.toLowerCase()} cannot be turned into a ${KINDS[target].displayName.toLowerCase()}.`,
      ),
    );
    return done([]);
  }

  const oldTarget = first('targetAddress') === '' ? null : parseTargetAddress(first('targetAddress'));
  const alias =
    input.alias?.trim() ||
    first('mailNickname') ||
    suggestMailNickname(first('mail') || first('name') || first('displayName'));
  const primary = input.primaryAddress?.trim() || first('mail') || primarySmtp(get('proxyAddresses')) || '';
  const tenant = input.tenant?.trim() || oldTarget?.tenant || '';
  const external =
    input.externalAddress?.trim() ||
    (oldTarget !== null && !oldTarget.remoteRouting ? oldTarget.address : '');
  const remoteBits = readBigInt(get('msExchRemoteRecipientType'));
  const stampInput: StampInput = {
    alias,
    primary,
    tenant,
    externalAddress: external,
    existingProxyAddresses: keptProxies(get('proxyAddresses'), target, oldTarget),
    // A mailbox that lives in the cloud already stays "migrated"; its archive stays too.
    remoteState:
      remoteBits !== undefined && (Number(remoteBits) & REMOTE_FLAGS.migrated) !== 0
        ? 'migrated'
        : 'provisioned',
    archive:
      input.archive ??
      (remoteBits !== undefined && (Number(remoteBits) & REMOTE_FLAGS.provisionArchive) !== 0),
  };

  const wanted: Record<string, string[]> = {};
  if (KINDS[target].mailEnabled) {
    issues.push(...validateMailNickname(alias));
    if (primary === '' && target !== 'mailContact')
      issues.push(issue('error', 'empty', 'primaryAddress', 'Give the primary SMTP address.'));
    else if (primary !== '') issues.push(...newAddressIssues(primary, 'primaryAddress'));
    if ((target === 'mailUser' || target === 'mailContact') && external === '')
      issues.push(
        issue('error', 'empty', 'externalAddress', 'Give the external address mail is forwarded to.'),
      );
    if (KINDS[target].remoteKindBits !== undefined && tenant === '')
      issues.push(
        issue('error', 'empty', 'tenant', 'Give the Microsoft 365 tenant name for the routing address.'),
      );
  } else {
    for (const attr of CLEARED_BY_DISABLE) wanted[attr] = [];
  }
  if (hasErrors(issues)) return done([]);
  try {
    Object.assign(wanted, stampFor(target, stampInput).attributes);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    issues.push(issue('error', 'stamp', 'targetKind', error.message));
    return done([]);
  }
  // Scope is the admin's business: disabling mail keeps a group's groupType; mail-enabling makes
  // it universal (the stamp), which AD refuses with a reason when the group cannot be.
  if (!KINDS[target].mailEnabled && get('groupType').length > 0) delete wanted.groupType;
  if (KINDS[target].mailEnabled) {
    if (alias !== '' && first('mailNickname').toLowerCase() !== alias.toLowerCase())
      unique.alias = alias.toLowerCase();
    const had = new Set([first('mail').toLowerCase(), ...smtpOf(get('proxyAddresses'))]);
    unique.addresses = [
      ...new Set([primary, ...smtpOf(wanted.proxyAddresses ?? [])].map((a) => a.toLowerCase())),
    ].filter((a) => a !== '' && !had.has(a));
  }
  return done(stampEdits(current, wanted));
}

/**
 * The object's addresses that survive the conversion: routing addresses only on a remote mailbox,
 * the old external address only on a kind that forwards to it.
 */
function keptProxies(
  proxies: readonly string[],
  target: StampableKind,
  oldTarget: ReturnType<typeof parseTargetAddress> | null,
): string[] {
  if (!KINDS[target].mailEnabled) return [];
  const remote = KINDS[target].remoteKindBits !== undefined;
  const forwards = target === 'mailUser' || target === 'mailContact';
  return proxies.filter((value) => {
    const p = parseProxyAddress(value);
    if (p.type !== 'smtp') return true;
    if (!remote && cloudDomainKind(p.address) === 'routing') return false;
    if (!forwards && oldTarget !== null && !oldTarget.remoteRouting)
      return p.address.toLowerCase() !== oldTarget.address.toLowerCase();
    return true;
  });
}

function smtpOf(proxies: readonly string[]): string[] {
  return proxies
    .map(parseProxyAddress)
    .filter((p) => p.type === 'smtp')
    .map((p) => p.address.toLowerCase());
}

function valuesOf(current: Values, attr: string): string[] {
  const key = Object.keys(current).find((name) => name.toLowerCase() === attr.toLowerCase());
  return key === undefined ? [] : [...(current[key] ?? [])];
}

const CLOUD_TYPE: Partial<Record<StampableKind, string>> = {
  remoteUserMailbox: 'Regular',
  remoteSharedMailbox: 'Shared',
  remoteRoomMailbox: 'Room',
  remoteEquipmentMailbox: 'Equipment',
};

/** What the next sync does with the object, in the words an admin needs before confirming. */
export function cloudEffect(from: RecipientKind, target: StampableKind): string {
  const fromRemote = KINDS[from].remoteKindBits !== undefined;
  const toRemote = KINDS[target].remoteKindBits !== undefined;
  const name = KINDS[target].displayName.toLowerCase();
  if (fromRemote && toRemote)
    return `The AD stamps will say ${name}. Exchange Online does not change a mailbox's type from the sync: run Set-Mailbox -Type ${CLOUD_TYPE[target]} there as well, so both sides agree.`;
  if (fromRemote && target === 'mailUser')
    return 'The cloud mailbox will be disconnected at the next sync (Exchange Online keeps it soft-deleted for 30 days) and the object becomes a mail user that forwards to its external address.';
  if (fromRemote)
    return 'The cloud mailbox will be disconnected at the next sync (Exchange Online keeps it soft-deleted for 30 days); the account itself stays and can still sign in.';
  if (toRemote && from === 'mailUser')
    return `At the next sync the mail user becomes a ${name}; Exchange Online creates the mailbox once the user is licensed (a mailbox moved from elsewhere keeps its content only through a migration batch).`;
  if (toRemote)
    return target === 'remoteUserMailbox'
      ? 'At the next sync the user gets a cloud mailbox as soon as it has an Exchange Online licence, with these addresses.'
      : `At the next sync Exchange Online creates the ${name} (no licence needed) with these addresses.`;
  if (target === 'mailUser')
    return 'At the next sync the user becomes a mail user in the cloud: it appears in the address book and mail to it goes to its external address.';
  if (target === 'user')
    return 'At the next sync the cloud mail user loses its addresses and stops receiving mail; the account itself stays.';
  if (target === 'mailContact')
    return 'At the next sync the contact appears in the cloud address book as a mail contact.';
  if (target === 'contact')
    return 'At the next sync the cloud mail contact disappears from the address book; the contact itself stays.';
  if (!KINDS[target].mailEnabled)
    return 'At the next sync the cloud group stops being mail-enabled: mail to its addresses bounces. Its members stay.';
  return `At the next sync the group appears in the cloud address book as a ${name} and receives mail at its primary address.`;
}
