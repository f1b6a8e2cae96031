/**
 * The recipient kinds this app knows and the values Exchange stamps for each (reference:
 * recipients.md). msExchRecipientTypeDetails values are kept as bigint because the remote kinds
 * are 2^31 to 2^35: Number would survive these, but int32 arithmetic (`|`, `&`) would not, and
 * one careless bit test would silently misclassify every remote mailbox.
 */

export const RECIPIENT_KINDS = [
  'user',
  'userMailbox',
  'linkedMailbox',
  'sharedMailbox',
  'roomMailbox',
  'equipmentMailbox',
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
  'mailNonUniversalGroup',
  'roomList',
  'dynamicDistributionGroup',
  'computer',
  'unknown',
] as const;

export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** The structural class an object must have for the kind. */
export type BaseClass = 'user' | 'contact' | 'group' | 'dynamicGroup' | 'computer' | 'other';

export interface KindInfo {
  /** As Exchange's admin center names it. */
  displayName: string;
  baseClass: BaseClass;
  mailEnabled: boolean;
  /** msExchRecipientTypeDetails, decimal; absent for kinds that are not Exchange recipients. */
  typeDetails?: bigint;
  /** msExchRecipientDisplayType Exchange stamps; absent where unknown or not a recipient. */
  displayType?: number;
  /** Other display types Exchange also writes for this kind (ACL-able synced mailboxes). */
  alsoDisplayTypes?: readonly number[];
  /** Kind bits of msExchRemoteRecipientType (Room 32, Equipment 64, Shared 96) for remote kinds. */
  remoteKindBits?: number;
}

export const KINDS: Record<RecipientKind, KindInfo> = {
  user: { displayName: 'User', baseClass: 'user', mailEnabled: false },
  userMailbox: {
    displayName: 'User mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 1n,
    displayType: 1073741824,
  },
  linkedMailbox: {
    displayName: 'Linked mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 2n,
    displayType: 1073741824,
  },
  sharedMailbox: {
    displayName: 'Shared mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 4n,
    displayType: 0,
  },
  roomMailbox: {
    displayName: 'Room mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 16n,
    displayType: 7,
  },
  equipmentMailbox: {
    displayName: 'Equipment mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 32n,
    displayType: 8,
  },
  mailUser: {
    displayName: 'Mail user',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 128n,
    displayType: 6,
  },
  remoteUserMailbox: {
    displayName: 'Remote user mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 2147483648n,
    displayType: -2147483642,
    alsoDisplayTypes: [-1073741818],
    remoteKindBits: 0,
  },
  remoteSharedMailbox: {
    displayName: 'Remote shared mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 34359738368n,
    displayType: -2147483642,
    remoteKindBits: 96,
  },
  remoteRoomMailbox: {
    displayName: 'Remote room mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 8589934592n,
    displayType: -2147481850,
    remoteKindBits: 32,
  },
  remoteEquipmentMailbox: {
    displayName: 'Remote equipment mailbox',
    baseClass: 'user',
    mailEnabled: true,
    typeDetails: 17179869184n,
    displayType: -2147481594,
    remoteKindBits: 64,
  },
  contact: { displayName: 'Contact', baseClass: 'contact', mailEnabled: false },
  mailContact: {
    displayName: 'Mail contact',
    baseClass: 'contact',
    mailEnabled: true,
    typeDetails: 64n,
    displayType: 6,
  },
  securityGroup: { displayName: 'Security group', baseClass: 'group', mailEnabled: false },
  distributionGroupNotMailEnabled: {
    displayName: 'Distribution group (not mail-enabled)',
    baseClass: 'group',
    mailEnabled: false,
  },
  distributionGroup: {
    displayName: 'Distribution group',
    baseClass: 'group',
    mailEnabled: true,
    typeDetails: 256n,
    displayType: 1,
  },
  mailSecurityGroup: {
    displayName: 'Mail-enabled security group',
    baseClass: 'group',
    mailEnabled: true,
    typeDetails: 1024n,
    displayType: 1073741833,
  },
  // Exchange no longer creates these (groups must be universal to be mail-enabled since 2007);
  // its display type is unconfirmed, so none is checked.
  mailNonUniversalGroup: {
    displayName: 'Mail-enabled non-universal group',
    baseClass: 'group',
    mailEnabled: true,
    typeDetails: 512n,
  },
  roomList: {
    displayName: 'Room list',
    baseClass: 'group',
    mailEnabled: true,
    typeDetails: 268435456n,
    displayType: 15,
  },
  dynamicDistributionGroup: {
    displayName: 'Dynamic distribution group',
    baseClass: 'dynamicGroup',
    mailEnabled: true,
    typeDetails: 2048n,
    displayType: 3,
  },
  computer: { displayName: 'Computer', baseClass: 'computer', mailEnabled: false },
  unknown: { displayName: 'Unknown recipient type', baseClass: 'other', mailEnabled: false },
};

/** msExchVersion Exchange 2013 and later stamp (the value is the same up to Exchange SE). */
export const EXCHANGE_2013_VERSION = 88218628259840n;

/** msExchRemoteRecipientType flags. */
export const REMOTE_FLAGS = {
  provisionMailbox: 1,
  provisionArchive: 2,
  migrated: 4,
  deprovisionMailbox: 8,
  deprovisionArchive: 16,
  room: 32,
  equipment: 64,
  shared: 96,
} as const;

/** groupType bits (a signed 32-bit value over LDAP). */
export const GROUP_TYPE = {
  global: 0x2,
  domainLocal: 0x4,
  universal: 0x8,
  security: -0x80000000,
  universalDistribution: 8,
  universalSecurity: -2147483640,
} as const;

/**
 * Entra Connect's "In from AD - User Exchange" rules skip users whose typeDetails AND 0x21C07000 is
 * non-zero (system, arbitration, discovery and similar mailboxes that have no cloud counterpart).
 */
export const SYNC_EXCLUDED_TYPE_DETAILS_MASK = 0x21c07000n;

export function kindForTypeDetails(typeDetails: bigint): RecipientKind | undefined {
  for (const kind of RECIPIENT_KINDS) {
    if (KINDS[kind].typeDetails === typeDetails) return kind;
  }
  return undefined;
}

/** The remote kind named by the Room/Equipment/Shared bits of msExchRemoteRecipientType. */
export function remoteKindFromFlags(flags: number): RecipientKind {
  const kindBits = flags & REMOTE_FLAGS.shared;
  if (kindBits === REMOTE_FLAGS.shared) return 'remoteSharedMailbox';
  if (kindBits === REMOTE_FLAGS.room) return 'remoteRoomMailbox';
  if (kindBits === REMOTE_FLAGS.equipment) return 'remoteEquipmentMailbox';
  return 'remoteUserMailbox';
}
