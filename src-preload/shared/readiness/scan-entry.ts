/** One object as the readiness rules see it: read once by the scan, whatever the source. */
export interface ScanEntry {
  dn: string;
  objectGuid: string;
  objectClass: string[];
  /** Attribute values keyed by their lower-case LDAP name (see READINESS_ATTRIBUTES). */
  values: Record<string, string[]>;
  /** Byte sizes of binary attributes the rules weigh (thumbnailPhoto), and value counts (userCertificate). */
  sizes?: { thumbnailPhoto?: number; userCertificate?: number };
}

/** Everything the rules read; the scan asks the DC for exactly these. */
export const READINESS_ATTRIBUTES = [
  'objectClass',
  'objectGUID',
  'cn',
  'displayName',
  'givenName',
  'mail',
  'mailNickname',
  'proxyAddresses',
  'targetAddress',
  'userPrincipalName',
  'sAMAccountName',
  'groupType',
  'isCriticalSystemObject',
  'msExchRecipientTypeDetails',
  'msExchRemoteRecipientType',
  'msExchRecipientDisplayType',
  'mAPIRecipient',
] as const;

/** The scope IdFix uses by default: people (users and contacts) and groups. */
export const READINESS_FILTER = '(|(objectCategory=person)(objectCategory=group))';

export function valuesOf(entry: ScanEntry, attribute: string): string[] {
  return entry.values[attribute.toLowerCase()] ?? [];
}

export function firstValue(entry: ScanEntry, attribute: string): string {
  return valuesOf(entry, attribute)[0] ?? '';
}
