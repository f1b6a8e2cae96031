// The sync preview across the Changes panel: every object an applied change touched since the
// tenant's last directory sync (organization.onPremisesLastSyncDateTime), each previewed as the
// Cloud tab previews one (sync-preview-lookup.ts, the shared reference sync rules): what the next
// Entra Connect sync will change in Microsoft 365 because of those edits.

import { AppError, type AuditView, type ChangesSyncPreview } from '../../src-preload/contract/index.ts';
import { cloudKindOf } from './cloud-object.ts';
import type { Entry } from '../directory/entry.ts';
import type { GraphApi } from './graph-api.ts';
import { previewSyncMany } from './sync-preview-lookup.ts';
import type { TenantFacts } from './tenant-facts.ts';

/** More than a panel can show usefully, and a bound on the look-ups one click sends. */
export const CHANGES_PREVIEW_CAP = 500;

export interface ChangesSyncPreviewInput {
  api: GraphApi;
  tenant: Pick<TenantFacts, 'verifiedDomains' | 'hardMatchTakeoverBlocked' | 'lastSyncDateTime'>;
  /** The local audit log: one entry per applied change. */
  audit: readonly AuditView[];
  /** The object as the directory holds it now, by objectGUID. */
  read(objectGuid: string): Promise<Entry>;
}

export async function previewChangesSync(input: ChangesSyncPreviewInput): Promise<ChangesSyncPreview> {
  const since = input.tenant.lastSyncDateTime;
  const after = since === null ? -Infinity : Date.parse(since);
  // Newest last in the log; one preview per object however many changes it had.
  const guids: string[] = [];
  const seen = new Set<string>();
  for (const a of input.audit) {
    const key = a.objectGuid.toLowerCase();
    if (Date.parse(a.appliedAt) <= after || seen.has(key)) continue;
    seen.add(key);
    guids.push(a.objectGuid);
  }
  const entries: Entry[] = [];
  let gone = 0;
  let notUsers = 0;
  for (const guid of guids.slice(0, CHANGES_PREVIEW_CAP)) {
    try {
      const entry = await input.read(guid);
      // The reference rules preview users (people, mailboxes, mail users); groups and contacts not yet.
      if (cloudKindOf(entry) === 'user') entries.push(entry);
      else notUsers++;
    } catch (e) {
      // Deleted since (or in another domain): nothing of it for the next sync to update.
      if (e instanceof AppError && e.code === 'NOT_FOUND') gone++;
      else throw e;
    }
  }
  const objects =
    entries.length === 0
      ? []
      : await previewSyncMany(input.api, entries, input.tenant, { sourceOfAuthority: true });
  return {
    lastSyncDateTime: since,
    objects,
    gone,
    notUsers,
    truncated: guids.length > CHANGES_PREVIEW_CAP,
  };
}
