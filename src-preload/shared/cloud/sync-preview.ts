/**
 * What the next Entra Connect sync will change in the cloud for one AD user: each Graph property's
 * value now against its value after the sync (expected-cloud-user.ts), with the reason in words,
 * and how the AD object meets its cloud object (created, updated, soft or hard matched, blocked).
 * The result is plain JSON, so main can send it to the Cloud tab as it is.
 */

import type { MatchBy } from './match.ts';
import {
  EXTENSION_ATTRIBUTES,
  extensionPath,
  NOT_IN_GRAPH,
  PLAIN_FLOWS,
  adValues,
  exchangeAttributesFlow,
  outOfSyncScope,
  type SyncSource,
  type SyncTenant,
} from './sync-attributes.ts';
import { expectedCloudUser, sourceAnchor, type SyncValue } from './expected-cloud-user.ts';
import type { DiscardedValue } from './sync-proxy.ts';
import { proxyChangeDetails } from './sync-proxy-diff.ts';

export type SyncOutcome =
  'create' | 'update' | 'soft-match' | 'hard-match' | 'blocked' | 'cloud-managed' | 'out-of-scope';

export interface CloudSide {
  /** The Graph user as the look-up returned it; null when none was found. */
  user: Readonly<Record<string, unknown>> | null;
  matchedBy: MatchBy | null;
  /** onPremisesSyncBehavior.isCloudManaged; null or absent when not read. */
  cloudManaged?: boolean | null;
}

export interface SyncPropertyChange {
  /** Graph property; a custom attribute as onPremisesExtensionAttributes/extensionAttributeN. */
  property: string;
  /** The AD attribute it comes from (null for what the sync itself sets). */
  adAttribute: string | null;
  before: SyncValue;
  after: SyncValue;
  reason: string;
  /** Address by address, for proxyAddresses. */
  details: string[];
}

export interface SyncPreview {
  outcome: SyncOutcome;
  outcomeText: string;
  /** False when nothing of it will reach the cloud (blocked, cloud-managed, out of scope). */
  flows: boolean;
  changes: SyncPropertyChange[];
  discarded: DiscardedValue[];
  /** Synced AD values Graph does not show, so they cannot be compared. */
  notInGraph: { adAttribute: string; values: string[]; text: string }[];
  notes: string[];
}

const SOURCE_OF: Record<string, string | null> = {
  ...Object.fromEntries(PLAIN_FLOWS.map((f) => [f.graph, f.ad])),
  ...Object.fromEntries(EXTENSION_ATTRIBUTES.map((n) => [extensionPath(n), n])),
  userPrincipalName: 'userPrincipalName',
  mailNickname: 'mailNickname',
  proxyAddresses: 'proxyAddresses',
  accountEnabled: 'userAccountControl',
  onPremisesImmutableId: null,
  onPremisesSyncEnabled: null,
  onPremisesSamAccountName: 'sAMAccountName',
  onPremisesUserPrincipalName: 'userPrincipalName',
  onPremisesDistinguishedName: 'distinguishedName',
  onPremisesDomainName: null,
};

const COLLECTIONS = new Set(['proxyAddresses', 'businessPhones']);

function outcomeOf(
  source: SyncSource,
  tenant: SyncTenant,
  cloud: CloudSide,
): { outcome: SyncOutcome; text: string } {
  const scope = outOfSyncScope(source);
  if (scope !== null) return { outcome: 'out-of-scope', text: `Not synced: ${scope}` };
  const user = cloud.user;
  if (user === null)
    return {
      outcome: 'create',
      text: 'Not in Microsoft 365 yet: the next sync creates the cloud user (unless a cloud-only user with the same UPN or primary SMTP address is there by then: that one is soft matched).',
    };
  const anchor = sourceAnchor(source);
  const cloudAnchor = typeof user.onPremisesImmutableId === 'string' ? user.onPremisesImmutableId : null;
  const synced = user.onPremisesSyncEnabled === true;
  const upn = typeof user.userPrincipalName === 'string' ? user.userPrincipalName : 'the cloud user';
  if (cloudAnchor !== null && cloudAnchor === anchor) {
    if (synced && cloud.cloudManaged === true)
      return {
        outcome: 'cloud-managed',
        text: 'The cloud is the source of authority for this user (onPremisesSyncBehavior.isCloudManaged): AD edits of its attributes do not flow; the changes below stay in AD only.',
      };
    if (synced) return { outcome: 'update', text: 'Synced: the next sync updates the cloud user.' };
    if (tenant.hardMatchTakeoverBlocked === true)
      return {
        outcome: 'blocked',
        text: `${upn} is a cloud-only user carrying this object's ImmutableId, but the tenant blocks cloud object takeover through hard match: the sync reports InvalidHardMatch and changes nothing.`,
      };
    const unknown =
      tenant.hardMatchTakeoverBlocked == null
        ? ' (unless the tenant blocks hard-match takeover; reading that setting needs Global Administrator)'
        : '';
    return {
      outcome: 'hard-match',
      text: `${upn} is a cloud-only user carrying this object's ImmutableId: the next sync takes it over (hard match)${unknown} and on-premises values overwrite the cloud's.`,
    };
  }
  if (cloudAnchor !== null || synced)
    return {
      outcome: 'blocked',
      text: `${upn} matches by ${cloud.matchedBy === 'proxyAddress' ? 'primary SMTP address' : 'user principal name'} but already belongs to another on-premises object (ImmutableId ${cloudAnchor ?? 'unknown'}): the sync reports InvalidSoftMatch and changes nothing.`,
    };
  const by = cloud.matchedBy === 'proxyAddress' ? 'primary SMTP address' : 'user principal name';
  return {
    outcome: 'soft-match',
    text: `${upn} is a cloud-only user with the same ${by}: the next sync joins it to this AD object (soft match) and on-premises values overwrite the cloud's. Entra ID refuses a soft match onto a user holding an admin role.`,
  };
}

function cloudValue(user: Readonly<Record<string, unknown>> | null, property: string): SyncValue {
  if (user === null) return COLLECTIONS.has(property) ? [] : null;
  let v: unknown;
  if (property.startsWith('onPremisesExtensionAttributes/')) {
    const ext = user.onPremisesExtensionAttributes as Record<string, unknown> | null | undefined;
    v = ext?.[property.slice(property.indexOf('/') + 1)];
  } else v = user[property];
  if (COLLECTIONS.has(property)) return Array.isArray(v) ? v.map(String) : [];
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return null;
}

function same(a: SyncValue, b: SyncValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sa = [...a].sort();
    const sb = [...b].sort();
    return sa.length === sb.length && sa.every((v, i) => v === sb[i]);
  }
  return a === b;
}

function reasonFor(
  property: string,
  before: SyncValue,
  after: SyncValue,
  outcome: SyncOutcome,
  discarded: readonly DiscardedValue[],
): string {
  const ad = SOURCE_OF[property] ?? null;
  if (property === 'onPremisesImmutableId')
    return 'The sync stamps the source anchor: base64 of mS-DS-ConsistencyGuid where set, else of objectGUID.';
  if (property === 'onPremisesSyncEnabled') return 'The cloud user becomes synced from AD.';
  const overridden = discarded.find((d) => d.adAttribute === ad && property === 'userPrincipalName');
  if (overridden) return overridden.reason;
  if (outcome === 'create') return ad ? `New cloud user: from ${ad}.` : 'New cloud user.';
  const empty = before === null || (Array.isArray(before) && before.length === 0);
  const cleared = after === null || (Array.isArray(after) && after.length === 0);
  const from = ad ?? 'AD';
  const match = outcome === 'soft-match' || outcome === 'hard-match' ? ' On a match, AD wins.' : '';
  if (empty) return `${from} is set in AD; the cloud has none.${match}`;
  if (cleared) return `${from} is empty in AD: the sync clears the cloud value.${match}`;
  return `${from} differs in AD: the sync writes the AD value.${match}`;
}

export function syncPreview(source: SyncSource, tenant: SyncTenant, cloud: CloudSide): SyncPreview {
  const { outcome, text } = outcomeOf(source, tenant, cloud);
  const flows = outcome !== 'blocked' && outcome !== 'cloud-managed' && outcome !== 'out-of-scope';
  const base =
    cloud.user === null ? null : { proxyAddresses: cloudValue(cloud.user, 'proxyAddresses') as string[] };
  const expected = expectedCloudUser(source, tenant, base);
  const exchange = exchangeAttributesFlow(source);
  const notInGraph = NOT_IN_GRAPH.flatMap((n) => {
    const values = [...adValues(source, n.ad)];
    return exchange && values.length > 0 ? [{ adAttribute: n.ad, values, text: n.text(values) }] : [];
  });
  if (outcome === 'out-of-scope' || outcome === 'blocked')
    return { outcome, outcomeText: text, flows, changes: [], discarded: [], notInGraph: [], notes: [] };
  const changes: SyncPropertyChange[] = [];
  const properties = [
    ...Object.keys(expected.user).filter((p) => p !== 'onPremisesExtensionAttributes'),
    ...EXTENSION_ATTRIBUTES.map(extensionPath),
  ];
  for (const property of properties) {
    const after = property.startsWith('onPremisesExtensionAttributes/')
      ? (expected.user.onPremisesExtensionAttributes[property.slice(property.indexOf('/') + 1)] ?? null)
      : (expected.user[property] as SyncValue);
    const before = cloudValue(cloud.user, property);
    if (same(before, after)) continue;
    changes.push({
      property,
      adAttribute: SOURCE_OF[property] ?? null,
      before,
      after,
      reason: reasonFor(property, before, after, outcome, expected.discarded),
      details: property === 'proxyAddresses' ? proxyChangeDetails(before as string[], after as string[]) : [],
    });
  }
  return {
    outcome,
    outcomeText: text,
    flows,
    changes,
    discarded: expected.discarded,
    notInGraph,
    notes: expected.notes,
  };
}
