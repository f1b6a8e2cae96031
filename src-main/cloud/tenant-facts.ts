// What the rest of the app needs to know about the signed-in tenant: verified domains (initial,
// default), directory sync and its last run, whether hard-match takeover is blocked, the licences
// it owns. The sync features need Global Administrator: without it, "unknown", not an error.

import { GraphApiError, type GraphApi } from './graph-api.ts';

export interface TenantFacts {
  displayName: string;
  verifiedDomains: { name: string; isInitial: boolean; isDefault: boolean }[];
  syncEnabled: boolean;
  lastSyncDateTime: string | null;
  /** null when the signed-in account may not read the tenant's sync features. */
  hardMatchTakeoverBlocked: boolean | null;
  skus: { skuId: string; skuPartNumber: string; enabled: number; consumed: number }[];
}

interface Org {
  displayName?: string | null;
  onPremisesSyncEnabled?: boolean | null;
  onPremisesLastSyncDateTime?: string | null;
  verifiedDomains: { name?: string | null; isInitial?: boolean | null; isDefault?: boolean | null }[];
}
interface Sku {
  skuId?: string | null;
  skuPartNumber?: string | null;
  consumedUnits?: number | null;
  prepaidUnits?: { enabled?: number | null } | null;
}

export async function readTenantFacts(api: GraphApi): Promise<TenantFacts> {
  const [org, skus, sync] = await Promise.all([
    api.get<{ value: Org[] }>(
      '/organization?$select=displayName,onPremisesSyncEnabled,onPremisesLastSyncDateTime,verifiedDomains',
    ),
    api.list<Sku>('/subscribedSkus?$select=skuId,skuPartNumber,consumedUnits,prepaidUnits'),
    api
      .get<{
        value: { features?: { blockCloudObjectTakeoverThroughHardMatchEnabled?: boolean | null } | null }[];
      }>('/directory/onPremisesSynchronization')
      .catch((e: unknown) => {
        if (e instanceof GraphApiError && (e.status === 403 || e.status === 401)) return null;
        throw e;
      }),
  ]);
  const o = org.value[0];
  return {
    displayName: o?.displayName ?? '',
    verifiedDomains: (o?.verifiedDomains ?? []).map((d) => ({
      name: d.name ?? '',
      isInitial: d.isInitial === true,
      isDefault: d.isDefault === true,
    })),
    syncEnabled: o?.onPremisesSyncEnabled === true,
    lastSyncDateTime: o?.onPremisesLastSyncDateTime ?? null,
    hardMatchTakeoverBlocked: sync
      ? (sync.value[0]?.features?.blockCloudObjectTakeoverThroughHardMatchEnabled ?? false)
      : null,
    skus: skus.map((s) => ({
      skuId: s.skuId ?? '',
      skuPartNumber: s.skuPartNumber ?? '',
      enabled: s.prepaidUnits?.enabled ?? 0,
      consumed: s.consumedUnits ?? 0,
    })),
  };
}
