/**
 * Exchange recipient knowledge as pure functions over plain values: no LDAP, no Electron. Used by
 * the property sheets, the readiness checker and the creation wizards. Results are plain
 * JSON-friendly objects; errors meant for the admin are AppError.
 */
export type { ValidationIssue, ValidationReport } from './issues.ts';
export { readAdBoolean, readBigInt, readInt32, writeAdBoolean } from './ad-values.ts';
export {
  addProxyAddress,
  dedupeProxyAddresses,
  editProxyAddress,
  findDuplicateProxyValues,
  formatProxyAddress,
  parseProxyAddress,
  primarySmtp,
  removeProxyAddress,
  sameProxyValue,
  setPrimary,
  smtpAddresses,
  smtpProxy,
  typedProxyValue,
  type ProxyAddress,
  type ProxyType,
} from './proxy-addresses.ts';
export {
  cloudDomainKind,
  MAIL_MAX_LENGTH,
  PROXY_VALUE_MAX_LENGTH,
  validateSmtpAddress,
  type CloudDomainKind,
  type SmtpCheckOptions,
} from './address-validation.ts';
export { validateProxyAddressValue } from './proxy-address-validation.ts';
export { MAIL_NICKNAME_MAX_LENGTH, suggestMailNickname, validateMailNickname } from './mail-nickname.ts';
export { DISPLAY_NAME_MAX_LENGTH, validateGeneralEdit, type GeneralEdit } from './general-edit-validation.ts';
export {
  knownUpnSuffixes,
  splitUpn,
  UPN_MAX_LENGTH,
  validateUpn,
  type UpnCheckOptions,
  type UpnParts,
} from './upn.ts';
export {
  externalTargetAddress,
  parseTargetAddress,
  remoteRoutingAddress,
  remoteTargetAddress,
  tenantName,
  validateTargetAddress,
  type ParsedTargetAddress,
  type TargetAddressCheck,
} from './target-address.ts';
export {
  EXCHANGE_2013_VERSION,
  GROUP_TYPE,
  KINDS,
  RECIPIENT_KINDS,
  REMOTE_FLAGS,
  SYNC_EXCLUDED_TYPE_DETAILS_MASK,
  type BaseClass,
  type KindInfo,
  type RecipientKind,
} from './recipient-types.ts';
export {
  baseClassOf,
  classifyRecipient,
  RECIPIENT_KIND_ATTRIBUTES,
  type RecipientAttributes,
  type RecipientClassification,
} from './recipient-kind.ts';
export {
  remoteRecipientType,
  STAMPABLE_KINDS,
  stampFor,
  type RecipientStamp,
  type StampableKind,
  type StampInput,
} from './recipient-stamp.ts';
export {
  PHOTO_INPUT_MAX_BYTES,
  PHOTO_INPUT_MAX_DIMENSION,
  PHOTO_SIZE,
  THUMBNAIL_PHOTO_MAX_BYTES,
  validateStoredPhoto,
} from './photo-rules.ts';
export {
  cloudMapiRichTextCommand,
  MAPI_RICH_TEXT_FORMATS,
  MAPI_RICH_TEXT_LABELS,
  mapiRichTextFormatFromAd,
  mapiRichTextFormatToAd,
  type MapiRichTextFormat,
} from './mapi-recipient.ts';
export {
  flagsWithNotify,
  moderationFlagsFor,
  moderationFromAd,
  moderationToAd,
  notifyFromFlags,
  validateModeration,
  type ModerationNotify,
  type ModerationSettings,
} from './moderation.ts';
export {
  aliasFor,
  applyAddressTemplate,
  asciiFold,
  fullName,
  SAM_ACCOUNT_NAME_MAX_LENGTH,
  samAccountNameFrom,
  type PersonName,
} from './naming.ts';
export { GROUP_SCOPES, NEW_OBJECT_KINDS, type RecipientFields } from './recipient-fields.ts';
export {
  groupTypeFor,
  NEW_USER_ACCOUNT_CONTROL,
  OBJECT_CLASSES,
  planRecipient,
  type PlanContext,
  type RecipientPlan,
  type UniqueKeys,
} from './recipient-plan.ts';
export {
  cloudEffect,
  CONVERSION_READ_ATTRIBUTES,
  conversionTargets,
  isDisableMail,
  planConversion,
  type ConversionInput,
  type ConversionPlan,
} from './recipient-convert.ts';
export { addedAttributes, stampEdits } from './stamp-diff.ts';
export { newAddressIssues, reservedDomainIssue } from './address-rules.ts';
