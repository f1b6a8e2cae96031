// Finds AD users in the cloud in Entra Connect's match order (shared/cloud/match.ts): every
// object's ImmutableId look-up first, in $batch requests of 20; only the unmatched ones go on to
// the UPN, then the primary SMTP address, so a directory of synced users costs one pass.

import {
  MATCH_BY_TEXT,
  matchCandidates,
  matchFilter,
  provisioningErrorText,
  type AdAnchor,
  type MatchBy,
  type ProvisioningError,
} from '../../src-preload/shared/cloud/match.ts';
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
  const results: CloudUserView[] = objects.map(() => NOT_FOUND);
  const candidates = objects.map((o) => matchCandidates(o));
  for (const by of ['immutableId', 'userPrincipalName', 'proxyAddress'] as const) {
    const pending = candidates
      .map((c, index) => ({ index, c: c.find((x) => x.by === by) }))
      .filter(
        (p): p is { index: number; c: NonNullable<typeof p.c> } =>
          p.c !== undefined && !results[p.index]?.found,
      );
    if (pending.length === 0) continue;
    const paths = pending.map(
      (p) => `/users?$filter=${encodeURIComponent(matchFilter(p.c))}&$select=${SELECT}`,
    );
    const answers = await api.getMany<{ value: CloudUser[] }>(paths, { advanced: true });
    answers.forEach((a, i) => {
      const u = a.body?.value[0];
      const index = pending[i]?.index;
      if (!u || index === undefined) return;
      results[index] = {
        found: true,
        matchedBy: by,
        matchText: MATCH_BY_TEXT[by],
        id: u.id,
        synced: u.onPremisesSyncEnabled === true,
        lastSyncDateTime: u.onPremisesLastSyncDateTime ?? null,
        provisioningErrors: (u.onPremisesProvisioningErrors ?? []).map(provisioningErrorText),
        licences: (u.assignedLicenses ?? []).map((l) => skuNames.get(l.skuId ?? '') ?? l.skuId ?? ''),
        usageLocation: u.usageLocation ?? null,
      };
    });
  }
  return results;
}
