// The attribute stamps of each recipient kind, per /work/shared/reference/recipients.md.
// Values are strings because that is how LDIF carries them.

import type { LdifAttributes } from '../ldif.ts';

export const MAIL_DOMAIN = 'contoso.com';
export const TENANT = 'contoso';
export const ROUTING_DOMAIN = `${TENANT}.mail.onmicrosoft.com`;
export const EXCHANGE_2013_PLUS = '88218628259840';
/** msExchPoliciesExcluded value meaning "email address policy off". */
export const POLICY_OFF = '{26491cfc-9e50-4857-861b-0cb8df22b5d7}';

export interface RecipientKindStamp {
  typeDetails: string;
  displayType: string;
  remoteType?: string;
}

export const KIND = {
  userMailbox: { typeDetails: '1', displayType: '1073741824' },
  sharedMailbox: { typeDetails: '4', displayType: '0' },
  roomMailbox: { typeDetails: '16', displayType: '7' },
  equipmentMailbox: { typeDetails: '32', displayType: '8' },
  mailContact: { typeDetails: '64', displayType: '6' },
  mailUser: { typeDetails: '128', displayType: '6' },
  distributionGroup: { typeDetails: '256', displayType: '1' },
  mailSecurityGroup: { typeDetails: '1024', displayType: '1073741833' },
  roomList: { typeDetails: '268435456', displayType: '15' },
  remoteUserMailbox: { typeDetails: '2147483648', displayType: '-2147483642', remoteType: '4' },
  remoteUserMailboxProvisioned: { typeDetails: '2147483648', displayType: '-2147483642', remoteType: '1' },
  remoteUserMailboxWithArchive: { typeDetails: '2147483648', displayType: '-2147483642', remoteType: '6' },
  remoteRoomMailbox: { typeDetails: '8589934592', displayType: '-2147481850', remoteType: '33' },
  remoteEquipmentMailbox: { typeDetails: '17179869184', displayType: '-2147481594', remoteType: '65' },
  remoteSharedMailbox: { typeDetails: '34359738368', displayType: '-2147483642', remoteType: '100' },
} as const satisfies Record<string, RecipientKindStamp>;

export type RecipientKind = keyof typeof KIND;

/** groupType values: the sign bit marks a security group. */
export const GROUP_TYPE = {
  globalSecurity: '-2147483646',
  universalSecurity: '-2147483640',
  universalDistribution: '8',
};

export interface AddressPlan {
  alias: string;
  /** Local part of the primary address; defaults to the alias. */
  primaryLocal?: string;
  secondaries?: string[];
  extraProxies?: string[];
}

/** proxyAddresses as Exchange writes them: one SMTP: primary first, smtp: secondaries after. */
export function proxyAddresses(plan: AddressPlan): string[] {
  const primary = `SMTP:${plan.primaryLocal ?? plan.alias}@${MAIL_DOMAIN}`;
  return [primary, ...(plan.secondaries ?? []).map((a) => `smtp:${a}`), ...(plan.extraProxies ?? [])];
}

/** Stamps a mail-enabled object of the given kind: mail, alias, addresses, type triple, version. */
export function recipientStamp(
  kind: RecipientKind,
  plan: AddressPlan,
  externalAddress?: string,
): LdifAttributes {
  const stamp: RecipientKindStamp = KIND[kind];
  const primaryAddress = `${plan.primaryLocal ?? plan.alias}@${MAIL_DOMAIN}`;
  const isRemote = stamp.remoteType !== undefined;
  const target = isRemote
    ? `SMTP:${plan.alias}@${ROUTING_DOMAIN}`
    : externalAddress
      ? `SMTP:${externalAddress}`
      : undefined;
  const proxies = proxyAddresses(plan);
  if (isRemote) proxies.push(`smtp:${plan.alias}@${ROUTING_DOMAIN}`);
  return {
    mail: kind === 'mailContact' && externalAddress ? externalAddress : primaryAddress,
    mailNickname: plan.alias,
    proxyAddresses: kind === 'mailContact' && externalAddress ? [`SMTP:${externalAddress}`] : proxies,
    targetAddress: target,
    msExchRecipientTypeDetails: stamp.typeDetails,
    msExchRecipientDisplayType: stamp.displayType,
    msExchRemoteRecipientType: stamp.remoteType,
    msExchVersion: EXCHANGE_2013_PLUS,
  };
}
