// Deleted users (kept 30 days) and their restore: the list with days left; a preview that finds
// the live objects now holding the user's UPN or addresses and offers Graph's restore options;
// apply re-checks, POSTs /directory/deletedItems/{id}/restore with the options chosen, reads back.

import { AppError } from '../../../src-preload/contract/errors.ts';
import { blockers, refusalText } from '../../../src-preload/shared/cloud/action-check.ts';
import { odataString } from '../../../src-preload/shared/cloud/match.ts';
import {
  daysLeft,
  originalUserPrincipalName,
  restoreChecks,
  restorePowerShell,
  type LiveHolder,
  type RestoreOptions,
} from '../../../src-preload/shared/cloud/restore-rules.ts';
import { GraphApiError, type GraphApi } from '../graph-api.ts';
import type {
  DeletedUser,
  RestoreInput,
  RestorePreview,
  RestoreResult,
} from '../../../src-preload/shared/cloud/action-results.ts';
export type { DeletedUser, RestoreInput, RestorePreview, RestoreResult };

interface GraphDeleted {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  deletedDateTime?: string | null;
  onPremisesSyncEnabled?: boolean | null;
  onPremisesImmutableId?: string | null;
  proxyAddresses?: string[] | null;
}

const SELECT =
  'id,displayName,userPrincipalName,mail,deletedDateTime,onPremisesSyncEnabled,onPremisesImmutableId,proxyAddresses';

function toDeletedUser(d: GraphDeleted, now: number): DeletedUser {
  return {
    id: d.id,
    displayName: d.displayName ?? null,
    userPrincipalName: originalUserPrincipalName(d.id, d.userPrincipalName ?? ''),
    mail: d.mail ?? null,
    deletedDateTime: d.deletedDateTime ?? null,
    daysLeft: daysLeft(d.deletedDateTime ?? null, now),
    wasSynced: d.onPremisesSyncEnabled === true || !!d.onPremisesImmutableId,
  };
}

/** Deleted users, most recently deleted first. */
export async function listDeletedUsers(api: GraphApi, now = Date.now()): Promise<DeletedUser[]> {
  const items = await api.list<GraphDeleted>(
    `/directory/deletedItems/microsoft.graph.user?$select=${SELECT}`,
  );
  return items
    .map((d) => toDeletedUser(d, now))
    .sort((a, b) => (b.deletedDateTime ?? '').localeCompare(a.deletedDateTime ?? ''));
}

const KINDS = [
  { set: 'users', kind: 'user' },
  { set: 'groups', kind: 'group' },
  { set: 'contacts', kind: 'contact' },
] as const;

export async function previewRestore(
  api: GraphApi,
  input: RestoreInput,
  now = Date.now(),
): Promise<RestorePreview> {
  let item: GraphDeleted;
  try {
    item = await api.get<GraphDeleted>(
      `/directory/deletedItems/${encodeURIComponent(input.deletedUserId)}?$select=${SELECT}`,
    );
  } catch (e) {
    if (e instanceof GraphApiError && e.status === 404)
      throw new AppError(
        'NOT_FOUND',
        `No deleted user with the id ${input.deletedUserId}: it was restored already, or its 30 days are over.`,
      );
    throw e;
  }
  const user = toDeletedUser(item, now);
  const newUpn = input.newUserPrincipalName?.trim() || null;
  const addresses = (item.proxyAddresses ?? []).filter((p) => /^smtp:/i.test(p));
  // One $batch: who holds the UPN (and the new one), and each address, among users, groups, contacts.
  const queries: { what: 'upn' | 'newUpn' | string; set: (typeof KINDS)[number]; filter: string }[] = [
    { what: 'upn', set: KINDS[0], filter: `userPrincipalName eq ${odataString(user.userPrincipalName)}` },
    ...(newUpn
      ? [{ what: 'newUpn', set: KINDS[0], filter: `userPrincipalName eq ${odataString(newUpn)}` }]
      : []),
    ...addresses.flatMap((a) =>
      KINDS.map((set) => ({ what: a, set, filter: `proxyAddresses/any(p:p eq ${odataString(a)})` })),
    ),
  ];
  const answers = await api.getMany<{ value: { id: string; displayName?: string | null }[] }>(
    queries.map((q) => `/${q.set.set}?$filter=${encodeURIComponent(q.filter)}&$select=id,displayName`),
    { advanced: true },
  );
  let upnHolder: LiveHolder | null = null;
  let newUpnHolder: LiveHolder | null = null;
  const addressHolders: { address: string; holder: LiveHolder }[] = [];
  answers.forEach((a, i) => {
    const q = queries[i];
    const hit = a.body?.value.find((v) => v.id !== item.id);
    if (!q || !hit) return;
    const holder: LiveHolder = { id: hit.id, displayName: hit.displayName ?? null, kind: q.set.kind };
    if (q.what === 'upn') upnHolder = holder;
    else if (q.what === 'newUpn') newUpnHolder = holder;
    else {
      const address = q.what.replace(/^smtp:/i, '');
      if (!addressHolders.some((h) => h.address === address)) addressHolders.push({ address, holder });
    }
  });
  const options: RestoreOptions = {
    autoReconcileProxyConflict: input.autoReconcileProxyConflict === true,
    newUserPrincipalName: newUpn,
  };
  const { checks, offered } = restoreChecks(
    {
      userPrincipalName: user.userPrincipalName,
      deletedDateTime: user.deletedDateTime,
      wasSynced: user.wasSynced,
      upnHolder,
      newUpnHolder,
      addressHolders,
    },
    options,
    now,
  );
  return { user, checks, offered, powershell: restorePowerShell(user.id, options) };
}

export async function applyRestore(api: GraphApi, input: RestoreInput): Promise<RestoreResult> {
  const preview = await previewRestore(api, input);
  if (blockers(preview.checks).length > 0)
    throw new AppError('VALIDATION_FAILED', refusalText('Restore', preview.checks), {
      checks: preview.checks,
    });
  const body: Record<string, unknown> = {};
  if (input.autoReconcileProxyConflict) body.autoReconcileProxyConflict = true;
  const newUpn = input.newUserPrincipalName?.trim();
  if (newUpn) body.newUserPrincipalName = newUpn;
  try {
    await api.post(`/directory/deletedItems/${encodeURIComponent(preview.user.id)}/restore`, body);
  } catch (e) {
    // Someone took the name or an address between preview and restore: the service's own words.
    if (e instanceof GraphApiError && e.status === 400)
      throw new AppError('VALIDATION_FAILED', `Restore refused by Microsoft 365: ${e.message}`);
    throw e;
  }
  const u = await api.getAfterWrite<{
    id: string;
    userPrincipalName?: string | null;
    proxyAddresses?: string[] | null;
  }>(`/users/${encodeURIComponent(preview.user.id)}?$select=id,userPrincipalName,proxyAddresses`);
  return {
    preview,
    restored: {
      id: u.id,
      userPrincipalName: u.userPrincipalName ?? '',
      proxyAddresses: u.proxyAddresses ?? [],
    },
  };
}
