import { AppError } from '../../../src-preload/contract/errors.ts';
import {
  MAPI_RICH_TEXT_FORMATS,
  MAPI_RICH_TEXT_LABELS,
  mapiRichTextFormatFromAd,
  mapiRichTextFormatToAd,
  type MapiRichTextFormat,
} from '../../../src-preload/shared/recipients/mapi-recipient.ts';
import {
  flagsWithNotify,
  moderationFromAd,
  type ModerationNotify,
} from '../../../src-preload/shared/recipients/moderation.ts';
import type { ChoiceSpec, DnListSpec, FieldSpec, SwitchSpec } from './field-spec.ts';

// The sheets' fields as data, one list per tab (and the pieces the bulk form shares with them).
// Labels follow ADUC and the Exchange console, so an admin finds each field where they expect it.

export const GENERAL_FIELDS: FieldSpec[] = [
  { attr: 'givenName', label: 'First name' },
  { attr: 'initials', label: 'Initials' },
  { attr: 'sn', label: 'Last name' },
  { attr: 'displayName', label: 'Display name' },
  { attr: 'description', label: 'Description', kind: 'text' },
  { attr: 'physicalDeliveryOfficeName', label: 'Office' },
  { attr: 'telephoneNumber', label: 'Telephone number' },
  { attr: 'otherTelephone', label: 'Telephone number (other)', kind: 'values' },
  { attr: 'mail', label: 'E-mail' },
  { attr: 'wWWHomePage', label: 'Web page' },
  { attr: 'info', label: 'Notes', kind: 'multi-line' },
];

export const EXCHANGE_NAME_FIELDS: FieldSpec[] = [
  { attr: 'displayName', label: 'Display name' },
  { attr: 'mail', label: 'Primary e-mail address (mail)' },
  { attr: 'mailNickname', label: 'Alias' },
];

export const HIDE_FROM_ADDRESS_LISTS: SwitchSpec = {
  attr: 'msExchHideFromAddressLists',
  label: 'Hide from Exchange address lists',
  kind: 'switch',
};

/** mAPIRecipient holds TRUE/FALSE; anything else is another tool's value, shown as stored. */
function mapiFormat(values: readonly string[]): MapiRichTextFormat | undefined {
  try {
    return mapiRichTextFormatFromAd(values);
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}

export const MAPI_RICH_TEXT: ChoiceSpec = {
  attr: 'mAPIRecipient',
  label: 'Use MAPI rich text format',
  hint: 'Never: meeting invites to this recipient are sent as plain text.',
  kind: 'choice',
  options: MAPI_RICH_TEXT_FORMATS.map((format) => ({ id: format, label: MAPI_RICH_TEXT_LABELS[format] })),
  read: mapiFormat,
  write: (id) => mapiRichTextFormatToAd(id as MapiRichTextFormat),
};

export const CUSTOM_ATTRIBUTE_COUNT = 15;

export const CUSTOM_FIELDS: FieldSpec[] = [
  ...Array.from({ length: CUSTOM_ATTRIBUTE_COUNT }, (_, i): FieldSpec => ({
    attr: `extensionAttribute${i + 1}`,
    label: `Custom attribute ${i + 1}`,
  })),
  ...Array.from({ length: 5 }, (_, i): FieldSpec => ({
    attr: `msExchExtensionCustomAttribute${i + 1}`,
    label: `Extension custom attribute ${i + 1}`,
    kind: 'values',
  })),
];

const NOTIFY_LABELS: Record<ModerationNotify, string> = {
  always: 'Notify all senders when their messages are not approved',
  internal: 'Notify senders in your organisation only',
  never: "Don't notify anyone",
};

export const MODERATION_ENABLED: SwitchSpec = {
  attr: 'msExchEnableModeration',
  label: 'Messages sent to this group have to be approved by a moderator',
  kind: 'switch',
};

export const MODERATORS: DnListSpec = {
  attr: 'msExchModeratedByLink',
  label: 'Moderators',
  kind: 'dn-list',
  emptyText: 'No moderators.',
  hint: "With no moderator, the group's owners (Managed by) approve messages.",
};

export const BYPASS_MODERATION: DnListSpec = {
  attr: 'msExchBypassModerationLink',
  label: 'Bypass moderation',
  kind: 'dn-list',
  emptyText: 'Nobody.',
};

/** Only the notification bits of msExchModerationFlags are this choice; bypass-nested stays. */
export const MODERATION_NOTIFY: ChoiceSpec = {
  attr: 'msExchModerationFlags',
  label: 'Notify senders when their messages are not approved',
  kind: 'choice',
  options: (['always', 'internal', 'never'] as const).map((id) => ({ id, label: NOTIFY_LABELS[id] })),
  read: (values) => moderationFromAd({ msExchModerationFlags: values }).notify,
  write: (id, current) => flagsWithNotify(id as ModerationNotify, current),
};

export const REQUIRE_AUTHENTICATED_SENDERS: ChoiceSpec = {
  attr: 'msExchRequireAuthToSendTo',
  label: 'Require that all senders are authenticated',
  hint: 'Yes rejects mail from the Internet to this recipient.',
  kind: 'choice',
  options: [
    { id: 'default', label: 'Default (not set)', values: [] },
    { id: 'yes', label: 'Yes: only authenticated senders', values: ['TRUE'] },
    { id: 'no', label: 'No: senders outside the organisation too', values: ['FALSE'] },
  ],
};

export const MEMBERS: DnListSpec = {
  attr: 'member',
  label: 'Members',
  kind: 'dn-list',
  emptyText: 'This group has no members.',
  pickLabel: 'Add a member',
  pickKinds: 'all',
};

export const DELEGATES: DnListSpec = {
  attr: 'publicDelegates',
  label: 'Delegates',
  kind: 'dn-list',
  emptyText: 'Nobody may send on behalf of this recipient.',
  pickLabel: 'Add a delegate',
  pickKinds: 'all',
  pickHint: 'A user, contact or mail-enabled group',
};
