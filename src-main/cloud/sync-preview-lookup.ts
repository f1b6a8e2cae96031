// The sync preview of AD users against the cloud: each one found as the Cloud tab finds it
// (cloud-find.ts: Entra Connect's match order, per-object $batch or one listing), the look-up
// selecting the synced properties themselves, then the shared rules (shared/cloud/sync-preview.ts)
// say what the next sync changes. One round trip for one object's sheet.

import { SYNCED_GRAPH_PROPERTIES } from '../../src-preload/shared/cloud/expected-cloud-user.ts';
import type { SyncTenant } from '../../src-preload/shared/cloud/sync-attributes.ts';
import type { CloudSyncPreviewView } from '../../src-preload/contract/index.ts';
import { syncPreview } from '../../src-preload/shared/cloud/sync-preview.ts';
import { adValues } from '../../src-preload/shared/cloud/sync-attributes.ts';
import { MATCH_BY_TEXT } from '../../src-preload/shared/cloud/match.ts';
import type { Entry } from '../directory/entry.ts';
import { findCloudUsers } from './cloud-find.ts';
import type { GraphApi } from './graph-api.ts';
import { syncSourceOf } from './sync-source.ts';

/** One object's preview as the contract carries it: plain, serialisable. */
export type CloudSyncPreview = CloudSyncPreviewView;

const SELECT = ['id', ...SYNCED_GRAPH_PROPERTIES].join(',');

export async function previewSyncMany(
  api: GraphApi,
  entries: readonly Entry[],
  tenant: SyncTenant,
): Promise<CloudSyncPreview[]> {
  const sources = entries.map(syncSourceOf);
  const matches = await findCloudUsers<{ id: string } & Record<string, unknown>>(
    api,
    sources.map((s) => ({
      objectGuid: s.objectGuid,
      consistencyGuid: s.consistencyGuid ?? null,
      userPrincipalName: adValues(s, 'userPrincipalName')[0] ?? null,
      proxyAddresses: adValues(s, 'proxyAddresses'),
    })),
    SELECT,
  );
  return sources.map((source, index) => {
    const m = matches[index] ?? null;
    return {
      objectGuid: source.objectGuid,
      dn: source.dn,
      cloudId: m?.user.id ?? null,
      matchText: m ? MATCH_BY_TEXT[m.by] : 'Not found in Microsoft 365',
      preview: syncPreview(source, tenant, { user: m?.user ?? null, matchedBy: m?.by ?? null }),
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
