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

export interface PreviewOptions {
  /**
   * Also read each synced match's onPremisesSyncBehavior (in $batch requests of 20), so a user the
   * cloud manages is previewed as "nothing flows" rather than as an update that will not happen.
   */
  sourceOfAuthority?: boolean;
}

export async function previewSyncMany(
  api: GraphApi,
  entries: readonly Entry[],
  tenant: SyncTenant,
  options: PreviewOptions = {},
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
  const managed = options.sourceOfAuthority ? await cloudManagedOf(api, matches) : new Map<string, boolean>();
  return sources.map((source, index) => {
    const m = matches[index] ?? null;
    return {
      objectGuid: source.objectGuid,
      dn: source.dn,
      cloudId: m?.user.id ?? null,
      matchText: m ? MATCH_BY_TEXT[m.by] : 'Not found in Microsoft 365',
      preview: syncPreview(source, tenant, {
        user: m?.user ?? null,
        matchedBy: m?.by ?? null,
        cloudManaged: m ? (managed.get(m.user.id) ?? null) : null,
      }),
    };
  });
}

export async function previewSync(
  api: GraphApi,
  entry: Entry,
  tenant: SyncTenant,
  options: PreviewOptions = {},
): Promise<CloudSyncPreview> {
  const [one] = await previewSyncMany(api, [entry], tenant, options);
  return one!;
}

/** isCloudManaged of each synced match, by cloud id; a part the account may not read is left out. */
async function cloudManagedOf(
  api: GraphApi,
  matches: readonly ({ user: { id: string } & Record<string, unknown> } | null | undefined)[],
): Promise<Map<string, boolean>> {
  const ids = [
    ...new Set(matches.filter((m) => m && m.user.onPremisesSyncEnabled === true).map((m) => m!.user.id)),
  ];
  const parts = await api.getMany<{ isCloudManaged?: boolean | null }>(
    ids.map((id) => `/users/${encodeURIComponent(id)}/onPremisesSyncBehavior?$select=isCloudManaged`),
  );
  const managed = new Map<string, boolean>();
  parts.forEach((p, i) => {
    if (p.status === 200 && typeof p.body?.isCloudManaged === 'boolean')
      managed.set(ids[i]!, p.body.isCloudManaged);
  });
  return managed;
}
