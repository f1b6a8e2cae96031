/**
 * Which AD attributes of a user Entra Connect syncs, and the Microsoft Graph v1.0 property each
 * becomes (names exactly as the CSDL spells them on microsoft.graph.user). The computed ones
 * (userPrincipalName, mailNickname, proxyAddresses, accountEnabled, the onPremises* anchors) are
 * built in expected-cloud-user.ts; this file holds the plain one-to-one flows and the sync scope.
 * Pure: shared by the preview, main's look-up and the Graph test server's import.
 */

/** What the sync reads of an AD object, as text; attribute names in any case. */
export interface SyncSource {
  dn: string;
  /** objectGUID in text form. */
  objectGuid: string;
  /** mS-DS-ConsistencyGuid in GUID text form, when set: then it is the source anchor. */
  consistencyGuid?: string | null;
  attrs: Readonly<Record<string, readonly string[]>>;
}

export interface SyncTenant {
  verifiedDomains: readonly { name: string; isInitial: boolean; isDefault: boolean }[];
  /** blockCloudObjectTakeoverThroughHardMatchEnabled; null when unknown. */
  hardMatchTakeoverBlocked?: boolean | null;
}

/** A one-to-one flow: single-valued AD text to a Graph string (or a one-item collection). */
export interface PlainFlow {
  ad: string;
  graph: string;
  collection?: boolean;
}

export const PLAIN_FLOWS: readonly PlainFlow[] = [
  { ad: 'displayName', graph: 'displayName' },
  { ad: 'givenName', graph: 'givenName' },
  { ad: 'sn', graph: 'surname' },
  { ad: 'mail', graph: 'mail' },
  { ad: 'title', graph: 'jobTitle' },
  { ad: 'department', graph: 'department' },
  { ad: 'company', graph: 'companyName' },
  { ad: 'physicalDeliveryOfficeName', graph: 'officeLocation' },
  { ad: 'streetAddress', graph: 'streetAddress' },
  { ad: 'l', graph: 'city' },
  { ad: 'st', graph: 'state' },
  { ad: 'postalCode', graph: 'postalCode' },
  { ad: 'co', graph: 'country' },
  { ad: 'telephoneNumber', graph: 'businessPhones', collection: true },
  { ad: 'mobile', graph: 'mobilePhone' },
  { ad: 'facsimileTelephoneNumber', graph: 'faxNumber' },
  { ad: 'employeeID', graph: 'employeeId' },
  { ad: 'preferredLanguage', graph: 'preferredLanguage' },
];

export const EXTENSION_ATTRIBUTES: readonly string[] = Array.from(
  { length: 15 },
  (_, i) => `extensionAttribute${i + 1}`,
);

/** Graph's path for a custom attribute: a property of the onPremisesExtensionAttributes complex type. */
export function extensionPath(name: string): string {
  return `onPremisesExtensionAttributes/${name}`;
}

/** Exchange attributes that sync but that Graph v1.0 does not show on a user. */
export const NOT_IN_GRAPH: readonly { ad: string; text: (values: readonly string[]) => string }[] = [
  {
    ad: 'msExchHideFromAddressLists',
    text: (v) =>
      `${v[0]?.toUpperCase() === 'TRUE' ? 'Hidden' : 'Shown'} in address lists (msExchHideFromAddressLists ${v[0] ?? ''}): the sync sets HiddenFromAddressListsEnabled in Exchange Online, which Microsoft Graph does not show (user.showInAddressList is not it), so the preview cannot compare it. Check with Get-Recipient <UPN> | Format-List HiddenFromAddressListsEnabled.`,
  },
  {
    ad: 'targetAddress',
    text: (v) =>
      `targetAddress ${v[0] ?? ''} becomes the Exchange Online external address (ExternalEmailAddress of a mail user), which Microsoft Graph does not show; check with Get-MailUser <UPN>.`,
  },
];

/** Every AD attribute the preview needs read. */
export const SYNC_AD_ATTRIBUTES: readonly string[] = [
  'userPrincipalName',
  'sAMAccountName',
  'mailNickname',
  'proxyAddresses',
  'userAccountControl',
  'isCriticalSystemObject',
  'msExchRecipientTypeDetails',
  ...PLAIN_FLOWS.map((f) => f.ad),
  ...EXTENSION_ATTRIBUTES,
  ...NOT_IN_GRAPH.map((n) => n.ad),
];

/** Values of an attribute, its name matched ignoring case; [] when absent. */
export function adValues(source: SyncSource, name: string): readonly string[] {
  const exact = source.attrs[name];
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const [key, list] of Object.entries(source.attrs)) if (key.toLowerCase() === lower) return list;
  return [];
}

/** The first non-blank value, or null: AD has no empty strings, and Graph says null for "not set". */
export function adText(source: SyncSource, name: string): string | null {
  const v = adValues(source, name)[0];
  return v === undefined || v.trim() === '' ? null : v;
}

/** Entra Connect flows the Exchange attributes only for objects with mailNickname (recipients.md). */
export function exchangeAttributesFlow(source: SyncSource): boolean {
  return adText(source, 'mailNickname') !== null;
}

/** DC=corp,DC=contoso,DC=com → corp.contoso.com: onPremisesDomainName. */
export function domainOfDn(dn: string): string {
  return dn
    .split(/,(?=\s*DC=)/i)
    .slice(1)
    .map((part) => part.replace(/^\s*DC=/i, '').trim())
    .filter((part) => part !== '' && !part.includes('='))
    .join('.');
}

/**
 * Why the sync leaves this object out, or null when it is in scope: Entra Connect's default
 * rules skip critical system objects and recipient types whose msExchRecipientTypeDetails AND
 * 0x21C07000 is non-zero (system and arbitration mailboxes...), and a linked mailbox gets no
 * source anchor, so it is dropped from export (recipients.md).
 */
export function outOfSyncScope(source: SyncSource): string | null {
  if (adText(source, 'isCriticalSystemObject')?.toUpperCase() === 'TRUE')
    return 'It is a critical system object: Entra Connect never syncs it.';
  const typeDetails = adText(source, 'msExchRecipientTypeDetails');
  if (typeDetails !== null && /^\d+$/.test(typeDetails)) {
    const value = BigInt(typeDetails);
    if ((value & 0x21c07000n) !== 0n)
      return `msExchRecipientTypeDetails ${typeDetails} is a system recipient type that Entra Connect filters out.`;
    if (value === 2n)
      return 'It is a linked mailbox (msExchRecipientTypeDetails 2): it gets no source anchor, so Entra Connect drops it from export.';
  }
  return null;
}
