import type { GroupScope } from '../account/group-type.ts';
import type { StampableKind } from './recipient-stamp.ts';

/**
 * What a New Object wizard asks for, as typed. One shape for every kind: a field a kind does not
 * use is ignored by its plan, so the renderer can keep what the admin typed when they switch kind.
 */
export interface RecipientFields {
  givenName?: string;
  initials?: string;
  sn?: string;
  /** Full name: the new entry's cn. */
  name: string;
  /** Defaults to the full name. */
  displayName?: string;
  description?: string;
  /** Users: the user logon name, prefix and the suffix picked from the forest's suffixes. */
  upnPrefix?: string;
  upnSuffix?: string;
  /** Users and groups: the pre-Windows 2000 name. */
  samAccountName?: string;
  /** Mail-enabled kinds: the Exchange alias (mailNickname). */
  alias?: string;
  /** Mail-enabled kinds: the primary SMTP address (mail and SMTP:). Mail contacts default to the external address. */
  primaryAddress?: string;
  /** Secondary SMTP addresses (smtp:). */
  extraAddresses?: string[];
  /** Remote mailboxes: the tenant name, for alias@<tenant>.mail.onmicrosoft.com. */
  tenant?: string;
  /** Mail users and mail contacts: where mail goes (targetAddress). */
  externalAddress?: string;
  /** Remote user mailboxes: an archive in the cloud as well. */
  archive?: boolean;
  /** Groups that are not mail-enabled may be global or domain local; mail-enabled groups are universal. */
  groupScope?: GroupScope;
  /** Groups: DNs of the first members. */
  members?: string[];
}

export const GROUP_SCOPES = ['domainLocal', 'global', 'universal'] as const satisfies readonly GroupScope[];

/** What the wizard offers, in ADUC's order; each entry is one stampable kind. */
export const NEW_OBJECT_KINDS: readonly { kind: StampableKind; label: string }[] = [
  { kind: 'user', label: 'User (no mailbox)' },
  { kind: 'remoteUserMailbox', label: 'User with a cloud mailbox' },
  { kind: 'remoteSharedMailbox', label: 'Shared mailbox' },
  { kind: 'remoteRoomMailbox', label: 'Room mailbox' },
  { kind: 'remoteEquipmentMailbox', label: 'Equipment mailbox' },
  { kind: 'mailUser', label: 'Mail user (external address)' },
  { kind: 'mailContact', label: 'Mail contact' },
  { kind: 'contact', label: 'Contact (no mail)' },
  { kind: 'securityGroup', label: 'Security group' },
  { kind: 'distributionGroup', label: 'Distribution group' },
  { kind: 'mailSecurityGroup', label: 'Mail-enabled security group' },
  { kind: 'roomList', label: 'Room list' },
];
