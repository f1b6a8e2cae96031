// Hard match (seed scenario 8): take over a cloud-only user with an AD account by giving it the
// account's ImmutableId (and UPN), so the next sync joins them. Preview reads the cloud user and
// whoever already holds the anchor; apply re-reads everything (tenant facts included), refuses
// when a check blocks, writes one PATCH and reads the user back. Inputs and results are plain data.

import { AppError } from '../../../src-preload/contract/errors.ts';
import {
  blockers,
  refusalText,
  SYNCED_OBJECT_REFUSAL,
} from '../../../src-preload/shared/cloud/action-check.ts';
import {
  HARD_MATCH_FOLLOW_UP,
  hardMatchChecks,
  hardMatchImmutableId,
  hardMatchPowerShell,
  type CloudUserSummary,
  type HardMatchAd,
  type HardMatchInput,
} from '../../../src-preload/shared/cloud/hard-match-rules.ts';
import { odataString } from '../../../src-preload/shared/cloud/match.ts';
import { rdnOf, rdnValue } from '../../../src-preload/shared/dn.ts';
import { GraphApiError, type GraphApi } from '../graph-api.ts';
import { readTenantFacts, type TenantFacts } from '../tenant-facts.ts';
import type {
  HardMatchPreview,
  HardMatchResult,
  HardMatchCandidate,
} from '../../../src-preload/shared/cloud/action-results.ts';
export type { HardMatchPreview, HardMatchResult, HardMatchCandidate };

const USER_SELECT =
  'id,displayName,userPrincipalName,onPremisesSyncEnabled,onPremisesImmutableId,mail,proxyAddresses';

interface GraphUser {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  onPremisesSyncEnabled?: boolean | null;
  onPremisesImmutableId?: string | null;
  mail?: string | null;
  proxyAddresses?: string[] | null;
}

function summary(u: GraphUser): CloudUserSummary {
  return {
    id: u.id,
    displayName: u.displayName ?? null,
    userPrincipalName: u.userPrincipalName ?? '',
    synced: u.onPremisesSyncEnabled === true,
    onPremisesImmutableId: u.onPremisesImmutableId ?? null,
    mail: u.mail ?? null,
    proxyAddresses: u.proxyAddresses ?? [],
  };
}

async function readCloudUser(api: GraphApi, id: string, afterWrite = false): Promise<CloudUserSummary> {
  const path = `/users/${encodeURIComponent(id)}?$select=${USER_SELECT}`;
  try {
    return summary(afterWrite ? await api.getAfterWrite<GraphUser>(path) : await api.get<GraphUser>(path));
  } catch (e) {
    if (e instanceof GraphApiError && e.status === 404)
      throw new AppError('NOT_FOUND', `No cloud user with the id ${id}: it may have been deleted.`);
    throw e;
  }
}

export async function previewHardMatch(
  api: GraphApi,
  input: HardMatchInput,
  facts: Pick<TenantFacts, 'hardMatchTakeoverBlocked' | 'verifiedDomains'>,
): Promise<HardMatchPreview> {
  const immutableId = hardMatchImmutableId(input.ad);
  const [cloud, holders] = await Promise.all([
    readCloudUser(api, input.cloudUserId),
    immutableId === ''
      ? Promise.resolve([])
      : api.list<GraphUser>(
          `/users?$filter=${encodeURIComponent(`onPremisesImmutableId eq ${odataString(immutableId)}`)}&$select=id,userPrincipalName`,
          { advanced: true },
        ),
  ]);
  const holder = holders.find((h) => h.id !== cloud.id) ?? null;
  const checks = hardMatchChecks(input.ad, {
    immutableId,
    cloud,
    takeoverBlocked: facts.hardMatchTakeoverBlocked,
    anchorHolder: holder ? { id: holder.id, userPrincipalName: holder.userPrincipalName ?? '' } : null,
    verifiedDomains: facts.verifiedDomains.map((d) => d.name),
  });
  const newUpn =
    input.ad.userPrincipalName.toLowerCase() === cloud.userPrincipalName.toLowerCase()
      ? null
      : input.ad.userPrincipalName;
  return {
    immutableId,
    before: cloud,
    checks,
    newUserPrincipalName: newUpn,
    powershell: hardMatchPowerShell(cloud.id, immutableId, newUpn),
    followUp: HARD_MATCH_FOLLOW_UP,
  };
}

/** Re-reads the tenant facts and the cloud user, refuses when a check blocks, then writes. */
export async function applyHardMatch(api: GraphApi, input: HardMatchInput): Promise<HardMatchResult> {
  const facts = await readTenantFacts(api);
  const preview = await previewHardMatch(api, input, facts);
  if (blockers(preview.checks).length > 0)
    throw new AppError('VALIDATION_FAILED', refusalText('Hard match', preview.checks), {
      checks: preview.checks,
    });
  const body: Record<string, string> = { onPremisesImmutableId: preview.immutableId };
  if (preview.newUserPrincipalName) body.userPrincipalName = preview.newUserPrincipalName;
  try {
    await api.patch(`/users/${encodeURIComponent(preview.before.id)}`, body);
  } catch (e) {
    if (
      e instanceof GraphApiError &&
      e.detailCode === 'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService'
    )
      throw new AppError(
        'VALIDATION_FAILED',
        `Hard match refused by Microsoft 365: ${SYNCED_OBJECT_REFUSAL}`,
      );
    throw e;
  }
  const after = await readCloudUser(api, preview.before.id, true);
  return { preview, after };
}

/**
 * Cloud-only users an AD account could take over: the same UPN or primary address first (what a
 * soft match would have hit), then users whose display name starts like the account's.
 */
export async function listHardMatchCandidates(api: GraphApi, ad: HardMatchAd): Promise<HardMatchCandidate[]> {
  const name = (ad.displayName ?? rdnValue(rdnOf(ad.dn))).trim();
  const primary = ad.primarySmtp?.replace(/^smtp:/i, '') ?? '';
  const queries: { by: HardMatchCandidate['foundBy']; filter: string }[] = [
    { by: 'userPrincipalName', filter: `userPrincipalName eq ${odataString(ad.userPrincipalName)}` },
    ...(primary
      ? [
          {
            by: 'proxyAddress' as const,
            filter: `proxyAddresses/any(p:p eq ${odataString(`smtp:${primary}`)})`,
          },
        ]
      : []),
    ...(name
      ? [{ by: 'displayName' as const, filter: `startsWith(displayName,${odataString(name.slice(0, 32))})` }]
      : []),
  ];
  const answers = await api.getMany<{ value: GraphUser[] }>(
    queries.map((q) => `/users?$filter=${encodeURIComponent(q.filter)}&$select=${USER_SELECT}&$top=25`),
    { advanced: true },
  );
  const seen = new Set<string>();
  const out: HardMatchCandidate[] = [];
  answers.forEach((a, i) => {
    for (const u of a.body?.value ?? []) {
      if (seen.has(u.id) || u.onPremisesSyncEnabled === true) continue;
      seen.add(u.id);
      out.push({
        id: u.id,
        displayName: u.displayName ?? null,
        userPrincipalName: u.userPrincipalName ?? '',
        mail: u.mail ?? null,
        onPremisesImmutableId: u.onPremisesImmutableId ?? null,
        foundBy: queries[i]?.by ?? 'displayName',
      });
    }
  });
  return out;
}
