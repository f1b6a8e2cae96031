import { AppError } from '../../contract/errors.ts';
import { validateSmtpAddress } from './address-validation.ts';
import { hasErrors } from './issues.ts';
import { validateMailNickname } from './mail-nickname.ts';
import {
  addProxyAddress,
  dedupeProxyAddresses,
  sameProxyValue,
  setPrimary,
  smtpProxy,
} from './proxy-addresses.ts';
import {
  EXCHANGE_2013_VERSION,
  GROUP_TYPE,
  KINDS,
  REMOTE_FLAGS,
  type RecipientKind,
} from './recipient-types.ts';
import { externalTargetAddress, remoteRoutingAddress } from './target-address.ts';

/** The kinds the app can create or convert to without an Exchange server. */
export const STAMPABLE_KINDS = [
  'user',
  'mailUser',
  'remoteUserMailbox',
  'remoteSharedMailbox',
  'remoteRoomMailbox',
  'remoteEquipmentMailbox',
  'contact',
  'mailContact',
  'securityGroup',
  'distributionGroupNotMailEnabled',
  'distributionGroup',
  'mailSecurityGroup',
  'roomList',
] as const satisfies readonly RecipientKind[];

export type StampableKind = (typeof STAMPABLE_KINDS)[number];

export interface StampInput {
  /** mailNickname. */
  alias?: string;
  /** Primary SMTP address (becomes mail and the SMTP: proxy). For contacts it defaults to the external address. */
  primary?: string;
  /** Tenant name (contoso, contoso.onmicrosoft.com...), required for remote mailboxes. */
  tenant?: string;
  /** Where a mail user or contact receives mail (targetAddress). */
  externalAddress?: string;
  /** Extra smtp: addresses. */
  secondaries?: readonly string[];
  /** Current proxyAddresses of an object being converted: kept (X500 and all), with the primary reset. */
  existingProxyAddresses?: readonly string[];
  /** Remote mailboxes: `provisioned` (New-RemoteMailbox, the default) or `migrated` (after a move). */
  remoteState?: 'provisioned' | 'migrated';
  /** Remote mailboxes: also an archive in the cloud. */
  archive?: boolean;
}

/**
 * Attribute → values to write, decimal strings as AD expects. An empty array means "must be absent":
 * every Exchange recipient attribute is listed for every kind, so converting an object between kinds is
 * a plain diff against its current values (e.g. a remote mailbox turned into a mail user loses
 * msExchRemoteRecipientType). groupType appears only for groups.
 */
export interface RecipientStamp {
  kind: StampableKind;
  objectClass: 'user' | 'contact' | 'group';
  attributes: Record<string, string[]>;
}

function fail(message: string, details: Record<string, unknown>): never {
  throw new AppError('VALIDATION_FAILED', message, details);
}

function requireAddress(label: string, address: string | undefined, kind: StampableKind): string {
  const value = address?.trim().replace(/^smtp:/i, '') ?? '';
  if (value === '') fail(`A ${KINDS[kind].displayName.toLowerCase()} needs ${label}.`, { kind });
  const issues = validateSmtpAddress(value);
  if (hasErrors(issues))
    fail(`The ${label} ${value} is not valid: ${issues.find((i) => i.severity === 'error')?.message}`, {
      kind,
      address: value,
    });
  return value;
}

/**
 * The attributes Exchange's cmdlets (New-RemoteMailbox, New-MailUser, New-MailContact,
 * New-DistributionGroup, Enable-DistributionGroup) would stamp. LinkedMailbox and on-premises
 * mailbox kinds are deliberately absent: they need a real Exchange server, and linked mailboxes are
 * dropped by Entra Connect.
 */
export function stampFor(kind: StampableKind, input: StampInput = {}): RecipientStamp {
  const info = KINDS[kind];
  const objectClass = info.baseClass as RecipientStamp['objectClass'];
  const attributes: Record<string, string[]> = {
    mail: [],
    mailNickname: [],
    proxyAddresses: [],
    targetAddress: [],
    msExchRecipientTypeDetails: [],
    msExchRecipientDisplayType: [],
    msExchRemoteRecipientType: [],
    msExchVersion: [],
  };
  if (objectClass === 'group') attributes.groupType = [String(groupTypeFor(kind))];
  if (!info.mailEnabled) return { kind, objectClass, attributes };

  const alias = input.alias?.trim() ?? '';
  const aliasIssues = validateMailNickname(alias);
  if (aliasIssues.length > 0) fail(`The alias is not valid: ${aliasIssues[0]?.message}`, { kind, alias });

  const external =
    kind === 'mailUser' || kind === 'mailContact'
      ? requireAddress('an external (target) address', input.externalAddress, kind)
      : undefined;
  const primary = requireAddress(
    'a primary SMTP address',
    input.primary ?? (kind === 'mailContact' ? external : undefined),
    kind,
  );

  let proxies = setPrimary(dedupeProxyAddresses(input.existingProxyAddresses ?? []), primary);
  for (const secondary of input.secondaries ?? []) {
    proxies = withSecondary(proxies, requireAddress('secondary address', secondary, kind));
  }
  // New-MailUser / New-MailContact put the external address into EmailAddresses as well.
  if (external !== undefined) proxies = withSecondary(proxies, external);

  attributes.mail = [primary];
  attributes.mailNickname = [alias];
  attributes.msExchRecipientTypeDetails = [String(info.typeDetails)];
  attributes.msExchRecipientDisplayType = [String(info.displayType)];
  attributes.msExchVersion = [String(EXCHANGE_2013_VERSION)];

  if (info.remoteKindBits !== undefined) {
    if (input.tenant === undefined || input.tenant.trim() === '')
      fail(`A ${info.displayName.toLowerCase()} needs the tenant name for its routing address.`, { kind });
    const routing = remoteRoutingAddress(alias, input.tenant);
    attributes.targetAddress = [`SMTP:${routing}`];
    // The routing address is also a secondary proxy, as the hybrid email address policy adds it.
    proxies = withSecondary(proxies, routing);
    attributes.msExchRemoteRecipientType = [String(remoteRecipientType(info.remoteKindBits, input))];
  } else if (external !== undefined) {
    attributes.targetAddress = [externalTargetAddress(external)];
  }
  attributes.proxyAddresses = proxies;
  return { kind, objectClass, attributes };
}

function withSecondary(list: string[], address: string): string[] {
  const value = smtpProxy(address.trim().replace(/^smtp:/i, ''), false);
  const primaryCopy = smtpProxy(value.slice(5), true);
  if (list.some((v) => sameProxyValue(v, value) || sameProxyValue(v, primaryCopy))) return list;
  return addProxyAddress(list, value);
}

/**
 * Provisioned (1) or migrated (4), plus archive (2), plus the room/equipment/shared bits. Gives the
 * documented 1/3/4/6 (user), 33/36 (room), 65/68 (equipment), 100 (shared, migrated); 97 for a
 * provisioned shared mailbox follows from the same flags but is not confirmed from a real server.
 */
export function remoteRecipientType(
  kindBits: number,
  input: Pick<StampInput, 'remoteState' | 'archive'>,
): number {
  const state = input.remoteState === 'migrated' ? REMOTE_FLAGS.migrated : REMOTE_FLAGS.provisionMailbox;
  return kindBits | state | (input.archive === true ? REMOTE_FLAGS.provisionArchive : 0);
}

function groupTypeFor(kind: StampableKind): number {
  switch (kind) {
    case 'securityGroup':
    case 'mailSecurityGroup':
      return GROUP_TYPE.universalSecurity;
    default:
      return GROUP_TYPE.universalDistribution;
  }
}
