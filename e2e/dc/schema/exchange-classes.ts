// Where each Exchange attribute lives, transcribed from /work/shared/reference/exchange-classes.md.
// The markdown is prose, so this mapping is data written once here; the generator checks that
// every added attribute ends up on at least one class.

export interface AuxiliaryClassSpec {
  cn: string;
  ldapName: string;
  governsId: string;
  schemaIdGuid: string;
  mayContain: string[];
}

const extensionAttributes = Array.from({ length: 15 }, (_, i) => `extensionAttribute${i + 1}`);
const customAttributes = Array.from({ length: 5 }, (_, i) => `msExchExtensionCustomAttribute${i + 1}`);

// governsID and schemaIDGUID as Exchange defines them (openchange oc_provision_schema_auxiliary_class.ldif).
export const AUXILIARY_CLASSES: AuxiliaryClassSpec[] = [
  {
    cn: 'ms-Exch-Base-Class',
    ldapName: 'msExchBaseClass',
    governsId: '1.2.840.113556.1.5.7000.62.14',
    schemaIdGuid: 'd8782c34-46ca-11d3-aa72-00c04f8eedd8',
    mayContain: ['msExchHideFromAddressLists', 'showInAddressBook', 'legacyExchangeDN', 'msExchVersion'],
  },
  {
    cn: 'ms-Exch-Custom-Attributes',
    ldapName: 'msExchCustomAttributes',
    governsId: '1.2.840.113556.1.5.7000.62.6',
    schemaIdGuid: '00e629c8-a981-11d2-a9ff-00c04f8eedd8',
    mayContain: [...extensionAttributes, ...customAttributes],
  },
  {
    cn: 'ms-Exch-Mail-Storage',
    ldapName: 'msExchMailStorage',
    governsId: '1.2.840.113556.1.5.7000.62.5',
    schemaIdGuid: '03652000-a981-11d2-a9ff-00c04f8eedd8',
    mayContain: ['msExchMailboxGuid', 'msExchArchiveGUID'],
  },
];

/** Attributes Exchange adds to Mail-Recipient (the system auxiliary class of user, group, contact). */
export const MAIL_RECIPIENT_MAY_CONTAIN = [
  'mailNickname',
  'targetAddress',
  'internetEncoding',
  'mAPIRecipient',
  'delivContLength',
  'submissionContLength',
  'deliverAndRedirect',
  'altRecipient',
  'altRecipientBL',
  'authOrig',
  'authOrigBL',
  'unauthOrig',
  'unauthOrigBL',
  'dLMemSubmitPerms',
  'dLMemSubmitPermsBL',
  'dLMemRejectPerms',
  'dLMemRejectPermsBL',
  'publicDelegates',
  'publicDelegatesBL',
  'msExchPoliciesExcluded',
  'msExchRecipientDisplayType',
  'msExchRecipientTypeDetails',
  'msExchRemoteRecipientType',
  'msExchRequireAuthToSendTo',
  'msExchUsageLocation',
  'msExchEnableModeration',
  'msExchModerationFlags',
  'msExchModeratedByLink',
  'msExchModeratedObjectsBL',
  'msExchBypassModerationLink',
  'msExchBypassModerationBL',
  'msExchCoManagedObjectsBL',
  'msExchResourceCapacity',
  'msExchResourceDisplay',
  'msExchResourceMetaData',
  'msExchSenderHintTranslations',
];

export const GROUP_MAY_CONTAIN = [
  'oOFReplyToOriginator',
  'reportToOriginator',
  'msExchCoManagedByLink',
  'msExchGroupJoinRestriction',
  'msExchGroupDepartRestriction',
  'thumbnailPhoto',
];

/** Structural class → Exchange auxiliary classes attached to it. */
export const AUXILIARY_CLASSES_OF: Record<string, string[]> = {
  user: ['msExchBaseClass', 'msExchCustomAttributes', 'msExchMailStorage'],
  // msExchMailStorage on group: Exchange 2019 RTM.
  group: ['msExchBaseClass', 'msExchCustomAttributes', 'msExchMailStorage'],
  // msExchBaseClass on contact is unconfirmed for Exchange, but Entra Connect syncs its attributes
  // for contacts, so the fixture allows them.
  contact: ['msExchBaseClass', 'msExchCustomAttributes'],
};

/** Back link → forward link, for the three Exchange 2007 SP2 link pairs whose linkID is unknown. */
export const BACK_LINK_OF_UNKNOWN: Record<string, string> = {
  msExchModeratedObjectsBL: 'msExchModeratedByLink',
  msExchBypassModerationBL: 'msExchBypassModerationLink',
  msExchCoManagedObjectsBL: 'msExchCoManagedByLink',
};
