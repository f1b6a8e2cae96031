/**
 * What the cloud holds for an AD user after the next Entra Connect sync, as Microsoft Graph v1.0
 * returns it (property names as the CSDL has them). One copy of the sync rules: the preview diffs
 * against it, and the Graph test server's import stores it, so "imported as Entra Connect would"
 * and "what the preview says" cannot drift.
 */

import { immutableIdFromGuid } from './immutable-id.ts';
import {
  adText,
  adValues,
  domainOfDn,
  exchangeAttributesFlow,
  EXTENSION_ATTRIBUTES,
  PLAIN_FLOWS,
  type SyncSource,
  type SyncTenant,
} from './sync-attributes.ts';
import { calculateProxyAddresses, type DiscardedValue } from './sync-proxy.ts';

export type SyncValue = string | boolean | string[] | null;

/** A Graph user's synced properties; onPremisesExtensionAttributes is Graph's complex type. */
export interface ExpectedCloudUser {
  [property: string]: SyncValue | Record<string, string | null>;
  onPremisesExtensionAttributes: Record<string, string | null>;
}

export interface ExpectedUserResult {
  user: ExpectedCloudUser;
  /** AD values that do not reach the cloud as they are, and why. */
  discarded: DiscardedValue[];
  notes: string[];
}

/** The cloud values the expected object starts from: null when the sync creates the user. */
export interface CloudBase {
  proxyAddresses?: readonly string[] | null;
}

/** Every Graph property the expected user carries: what a read for the preview must $select. */
export const SYNCED_GRAPH_PROPERTIES: readonly string[] = [
  ...PLAIN_FLOWS.map((f) => f.graph),
  'userPrincipalName',
  'mailNickname',
  'accountEnabled',
  'proxyAddresses',
  'onPremisesExtensionAttributes',
  'onPremisesImmutableId',
  'onPremisesSyncEnabled',
  'onPremisesSamAccountName',
  'onPremisesUserPrincipalName',
  'onPremisesDistinguishedName',
  'onPremisesDomainName',
];

export function initialDomainOf(tenant: SyncTenant): string | null {
  return tenant.verifiedDomains.find((d) => d.isInitial)?.name ?? null;
}

function verifiedSet(tenant: SyncTenant): Set<string> {
  return new Set(tenant.verifiedDomains.map((d) => d.name.toLowerCase()));
}

/** Entra Connect's mailNickname: the AD one, else sAMAccountName. */
export function cloudAlias(source: SyncSource): string {
  return adText(source, 'mailNickname') ?? adText(source, 'sAMAccountName') ?? 'user';
}

/** The anchor the cloud object carries: base64 of mS-DS-ConsistencyGuid where set, else of objectGUID. */
export function sourceAnchor(source: SyncSource): string | null {
  return immutableIdFromGuid(source.consistencyGuid ?? '') ?? immutableIdFromGuid(source.objectGuid);
}

/**
 * The UPN the cloud gets: AD's (or sAMAccountName@domain when AD has none), with the suffix
 * replaced by the initial domain when the tenant has not verified it (sync-rules.md).
 */
export function cloudUpn(
  source: SyncSource,
  tenant: SyncTenant,
): { upn: string; discarded: DiscardedValue | null } {
  const ad = adText(source, 'userPrincipalName');
  const upn = ad ?? `${adText(source, 'sAMAccountName') ?? cloudAlias(source)}@${domainOfDn(source.dn)}`;
  const at = upn.lastIndexOf('@');
  const suffix = at < 0 ? '' : upn.slice(at + 1).toLowerCase();
  const initial = initialDomainOf(tenant);
  const verified = verifiedSet(tenant);
  if (initial === null || verified.size === 0 || verified.has(suffix)) return { upn, discarded: null };
  const prefix = at < 0 ? upn : upn.slice(0, at);
  const cloud = `${prefix}@${initial}`;
  return {
    upn: cloud,
    discarded: {
      adAttribute: 'userPrincipalName',
      value: upn,
      reason: `${suffix || 'The UPN'} is not a verified domain of the tenant, so the cloud user signs in as ${cloud} instead.`,
    },
  };
}

export function expectedCloudUser(
  source: SyncSource,
  tenant: SyncTenant,
  cloud: CloudBase | null,
): ExpectedUserResult {
  const exchange = exchangeAttributesFlow(source);
  const notes: string[] = [];
  const discarded: DiscardedValue[] = [];
  const user: Record<string, SyncValue> = {};
  for (const flow of PLAIN_FLOWS) {
    const value = adText(source, flow.ad);
    user[flow.graph] = flow.collection ? (value === null ? [] : [value]) : value;
  }
  const upn = cloudUpn(source, tenant);
  if (upn.discarded) discarded.push(upn.discarded);
  user.userPrincipalName = upn.upn;
  user.mailNickname = cloudAlias(source);
  const uac = adText(source, 'userAccountControl');
  if (uac !== null && /^-?\d+$/.test(uac)) user.accountEnabled = (Number(uac) & 2) === 0;
  const proxies = calculateProxyAddresses({
    adProxyAddresses: exchange ? adValues(source, 'proxyAddresses') : [],
    adMail: adText(source, 'mail'),
    alias: cloudAlias(source),
    initialDomain: initialDomainOf(tenant),
    verified: verifiedSet(tenant),
    cloud: cloud === null ? null : (cloud.proxyAddresses ?? []),
  });
  user.proxyAddresses = proxies.proxyAddresses;
  discarded.push(...proxies.discarded);
  notes.push(...proxies.notes);
  const extensions: Record<string, string | null> = {};
  for (const name of EXTENSION_ATTRIBUTES) extensions[name] = exchange ? adText(source, name) : null;
  if (!exchange) {
    const held = ['proxyAddresses', ...EXTENSION_ATTRIBUTES].filter((n) => adValues(source, n).length > 0);
    if (held.length > 0)
      notes.push(
        `mailNickname is not set, so Entra Connect does not flow the Exchange attributes (${held.join(', ')}): set an alias for them to reach the cloud.`,
      );
  }
  user.onPremisesImmutableId = sourceAnchor(source);
  user.onPremisesSyncEnabled = true;
  user.onPremisesSamAccountName = adText(source, 'sAMAccountName');
  user.onPremisesUserPrincipalName = adText(source, 'userPrincipalName');
  user.onPremisesDistinguishedName = source.dn;
  user.onPremisesDomainName = domainOfDn(source.dn) || null;
  return { user: { ...user, onPremisesExtensionAttributes: extensions }, discarded, notes };
}
