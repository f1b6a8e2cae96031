// The Cloud tab's answer for one AD object: read what Entra Connect matches on from the directory
// (never from the renderer), then find the object in Microsoft 365 the way the sync does: users by
// ImmutableId, UPN, primary SMTP (cloud-lookup.ts); groups and contacts by proxy address only.

import type { CloudObjectView, TenantFactsView } from '../../src-preload/contract/index.ts';
import { immutableIdFromGuid } from '../../src-preload/shared/cloud/immutable-id.ts';
import {
  MATCH_BY_TEXT,
  matchFilter,
  provisioningErrorText,
  type AdAnchor,
  type ProvisioningError,
} from '../../src-preload/shared/cloud/match.ts';
import { strings, first, type Entry } from '../directory/entry.ts';
import { consistencyGuidOf } from './sync-source.ts';
import { lookUpCloudUsers } from './cloud-lookup.ts';
import { GraphApiError, type GraphApi } from './graph-api.ts';

export function cloudKindOf(entry: Entry): CloudObjectView['kind'] | null {
  const classes = entry.objectClass.map((c) => c.toLowerCase());
  if (classes.includes('computer')) return null;
  if (classes.includes('group')) return 'group';
  if (classes.includes('contact')) return 'contact';
  if (classes.includes('user')) return 'user';
  return null;
}

export function adAnchorOf(entry: Entry): AdAnchor {
  return {
    objectGuid: entry.guid,
    consistencyGuid: consistencyGuidOf(entry),
    userPrincipalName: first(entry, 'userPrincipalName') ?? null,
    proxyAddresses: strings(entry, 'proxyAddresses'),
  };
}

interface CloudGroupOrContact {
  id: string;
  onPremisesSyncEnabled?: boolean | null;
  onPremisesLastSyncDateTime?: string | null;
  onPremisesProvisioningErrors?: ProvisioningError[] | null;
}

export async function lookUpCloudObject(
  api: GraphApi,
  entry: Entry,
  facts: TenantFactsView | null,
): Promise<CloudObjectView> {
  const kind = cloudKindOf(entry);
  if (kind === null) throw new Error('Only users, groups and contacts are synchronised to Microsoft 365.');
  const anchor = adAnchorOf(entry);
  const fromConsistency = anchor.consistencyGuid ? immutableIdFromGuid(anchor.consistencyGuid) : null;
  const expectedImmutableId = fromConsistency ?? immutableIdFromGuid(anchor.objectGuid);
  const base = {
    kind,
    expectedImmutableId: kind === 'user' ? expectedImmutableId : null,
    anchorSource:
      kind !== 'user' || expectedImmutableId === null
        ? null
        : fromConsistency
          ? ('mS-DS-ConsistencyGuid' as const)
          : ('objectGUID' as const),
  };
  if (kind === 'user') {
    const skuNames = new Map((facts?.skus ?? []).map((s) => [s.skuId, s.skuPartNumber]));
    const [found] = await lookUpCloudUsers(api, [anchor], skuNames);
    if (!found) throw new Error('The look-up returned nothing.');
    const cloudManaged = found.id ? await readCloudManaged(api, 'users', found.id) : null;
    return {
      ...base,
      found: found.found,
      matchedBy: found.matchedBy,
      matchText: found.matchText,
      cloudId: found.id,
      synced: found.synced,
      lastSyncDateTime: found.lastSyncDateTime,
      provisioningErrors: found.provisioningErrors,
      licences: found.licences,
      usageLocation: found.usageLocation,
      cloudManaged,
    };
  }
  const primary = (anchor.proxyAddresses ?? []).find((p) => p.startsWith('SMTP:'));
  const set = kind === 'group' ? 'groups' : 'contacts';
  const hit = primary
    ? (
        await api.get<{ value: CloudGroupOrContact[] }>(
          `/${set}?$filter=${encodeURIComponent(matchFilter({ by: 'proxyAddress', value: `smtp:${primary.slice(5)}` }))}&$select=id,onPremisesSyncEnabled,onPremisesLastSyncDateTime,onPremisesProvisioningErrors`,
        )
      ).value[0]
    : undefined;
  return {
    ...base,
    found: hit !== undefined,
    matchedBy: hit ? 'proxyAddress' : null,
    matchText: hit
      ? MATCH_BY_TEXT.proxyAddress
      : primary
        ? 'Not found in Microsoft 365'
        : 'Not found in Microsoft 365: without a primary SMTP address a ' +
          (kind === 'group' ? 'group' : 'contact') +
          ' has nothing to match by.',
    cloudId: hit?.id ?? null,
    synced: hit?.onPremisesSyncEnabled === true,
    lastSyncDateTime: hit?.onPremisesLastSyncDateTime ?? null,
    provisioningErrors: (hit?.onPremisesProvisioningErrors ?? []).map(provisioningErrorText),
    licences: [],
    usageLocation: null,
    cloudManaged: hit && kind === 'group' ? await readCloudManaged(api, 'groups', hit.id) : null,
  };
}

/** onPremisesSyncBehavior.isCloudManaged; null when the service (or the account) does not say. */
async function readCloudManaged(api: GraphApi, set: 'users' | 'groups', id: string): Promise<boolean | null> {
  try {
    const b = await api.get<{ isCloudManaged?: boolean | null }>(
      `/${set}/${encodeURIComponent(id)}/onPremisesSyncBehavior?$select=isCloudManaged`,
    );
    return typeof b.isCloudManaged === 'boolean' ? b.isCloudManaged : null;
  } catch (e) {
    if (e instanceof GraphApiError && e.status >= 400 && e.status < 500) return null;
    throw e;
  }
}
