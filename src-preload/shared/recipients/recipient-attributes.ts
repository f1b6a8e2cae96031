/** Attribute values as read over LDAP (always arrays of strings, per the directory model). */
export interface RecipientAttributes {
  objectClass: readonly string[];
  msExchRecipientTypeDetails?: readonly string[];
  msExchRemoteRecipientType?: readonly string[];
  msExchRecipientDisplayType?: readonly string[];
  groupType?: readonly string[];
  mail?: readonly string[];
  mailNickname?: readonly string[];
  targetAddress?: readonly string[];
}

/** First value, trimmed; '' when absent. */
export const firstValue = (values: readonly string[] | undefined): string => values?.[0]?.trim() ?? '';
