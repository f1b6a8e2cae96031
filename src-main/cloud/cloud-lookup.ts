// The Cloud tab's view of AD users in the cloud: found in Entra Connect's match order by
// cloud-find.ts (per-object $batch or one listing, whichever costs fewer requests), with synced or
// cloud-only, last sync, provisioning errors in words, licences by name and usage location.

import {
  MATCH_BY_TEXT,
  provisioningErrorText,
  type AdAnchor,
  type MatchBy,
  type ProvisioningError,
} from '../../src-preload/shared/cloud/match.ts';
import { findCloudUsers } from './cloud-find.ts';
import type { GraphApi } from './graph-api.ts';

export interface CloudUserView {
  found: boolean;
  matchedBy: MatchBy | null;
  matchText: string;
  id: string | null;
  synced: boolean;
  lastSyncDateTime: string | null;
  provisioningErrors: string[];
  licences: string[];
  usageLocation: string | null;
}

const SELECT =
  'id,userPrincipalName,onPremisesImmutableId,onPremisesSyncEnabled,onPremisesLastSyncDateTime,onPremisesProvisioningErrors,assignedLicenses,usageLocation';

interface CloudUser {
  id: string;
  onPremisesSyncEnabled?: boolean | null;
  onPremisesLastSyncDateTime?: string | null;
  onPremisesProvisioningErrors?: ProvisioningError[] | null;
  assignedLicenses?: { skuId?: string | null }[];
  usageLocation?: string | null;
}

const NOT_FOUND: CloudUserView = {
  found: false,
  matchedBy: null,
  matchText: 'Not found in Microsoft 365',
  id: null,
  synced: false,
  lastSyncDateTime: null,
  provisioningErrors: [],
  licences: [],
  usageLocation: null,
};

/** skuNames: skuId → part number from the tenant facts, so licences read as names. */
export async function lookUpCloudUsers(
  api: GraphApi,
  objects: readonly AdAnchor[],
  skuNames: ReadonlyMap<string, string> = new Map(),
): Promise<CloudUserView[]> {
  const matches = await findCloudUsers<CloudUser>(api, objects, SELECT);
  return matches.map((m) => {
    if (m === null) return NOT_FOUND;
    const u = m.user;
    return {
      found: true,
      matchedBy: m.by,
      matchText: MATCH_BY_TEXT[m.by],
      id: u.id,
      synced: u.onPremisesSyncEnabled === true,
      lastSyncDateTime: u.onPremisesLastSyncDateTime ?? null,
      provisioningErrors: (u.onPremisesProvisioningErrors ?? []).map(provisioningErrorText),
      licences: (u.assignedLicenses ?? []).map((l) => skuNames.get(l.skuId ?? '') ?? l.skuId ?? ''),
      usageLocation: u.usageLocation ?? null,
    };
  });
}
