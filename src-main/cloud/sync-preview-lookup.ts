// The sync preview of AD users against the cloud: each one found with the Cloud tab's look-up
// (Entra Connect's match order, $batch of 20), its synced properties read in a second batched
// pass, then the shared rules (shared/cloud/sync-preview.ts) say what the next sync changes.
// Two round trips per 20 objects, whether one object's sheet asks or the Changes panel does.

import { SYNCED_GRAPH_PROPERTIES } from '../../src-preload/shared/cloud/expected-cloud-user.ts';
import type { SyncTenant } from '../../src-preload/shared/cloud/sync-attributes.ts';
import { syncPreview, type SyncPreview } from '../../src-preload/shared/cloud/sync-preview.ts';
import { adValues } from '../../src-preload/shared/cloud/sync-attributes.ts';
import type { Entry } from '../directory/entry.ts';
import { lookUpCloudUsers } from './cloud-lookup.ts';
import type { GraphApi } from './graph-api.ts';
import { syncSourceOf } from './sync-source.ts';

/** One object's preview as the contract can carry it: plain, serialisable. */
export interface CloudSyncPreview {
  objectGuid: string;
  dn: string;
  /** The matched cloud user's id; null when the sync would create one. */
  cloudId: string | null;
  /** How the look-up found it, in words ("Matched by ImmutableId (hard match)"...). */
  matchText: string;
  preview: SyncPreview;
}

const SELECT = ['id', ...SYNCED_GRAPH_PROPERTIES].join(',');

export async function previewSyncMany(
  api: GraphApi,
  entries: readonly Entry[],
  tenant: SyncTenant,
): Promise<CloudSyncPreview[]> {
  const sources = entries.map(syncSourceOf);
  const views = await lookUpCloudUsers(
    api,
    sources.map((s) => ({
      objectGuid: s.objectGuid,
      consistencyGuid: s.consistencyGuid ?? null,
      userPrincipalName: adValues(s, 'userPrincipalName')[0] ?? null,
      proxyAddresses: adValues(s, 'proxyAddresses'),
    })),
  );
  const found = views.flatMap((v, index) => (v.id === null ? [] : [{ index, id: v.id }]));
  const reads = await api.getMany<Record<string, unknown>>(
    found.map((f) => `/users/${encodeURIComponent(f.id)}?$select=${SELECT}`),
  );
  const users = new Map(found.map((f, i) => [f.index, reads[i]?.body ?? null]));
  return sources.map((source, index) => {
    const view = views[index]!;
    // A user deleted between the two passes is "not in the cloud" again, as the next sync sees it.
    const user = users.get(index) ?? null;
    return {
      objectGuid: source.objectGuid,
      dn: source.dn,
      cloudId: user === null ? null : view.id,
      matchText: user === null ? 'Not found in Microsoft 365' : view.matchText,
      preview: syncPreview(source, tenant, { user, matchedBy: user === null ? null : view.matchedBy }),
    };
  });
}

export async function previewSync(
  api: GraphApi,
  entry: Entry,
  tenant: SyncTenant,
): Promise<CloudSyncPreview> {
  const [one] = await previewSyncMany(api, [entry], tenant);
  return one!;
}
