// Licences of one cloud user: the tenant's SKUs with free counts, a preview of adding and removing
// (with the usage location set first when it is missing), and apply: PATCH usageLocation, then
// assignLicense, then the user read back. Apply re-reads user and SKUs and refuses when blocked.

import { AppError } from '../../../src-preload/contract/errors.ts';
import { blockers, refusalText } from '../../../src-preload/shared/cloud/action-check.ts';
import {
  licencePowerShell,
  planLicenceChange,
  type LicenceChangeInput,
  type LicensedUser,
  type TenantSku,
} from '../../../src-preload/shared/cloud/licence-rules.ts';
import { GraphApiError, type GraphApi } from '../graph-api.ts';
import type {
  LicenceView,
  LicencePreview,
  LicenceResult,
} from '../../../src-preload/shared/cloud/action-results.ts';
export type { LicenceView, LicencePreview, LicenceResult };

interface GraphSku {
  skuId?: string | null;
  skuPartNumber?: string | null;
  consumedUnits?: number | null;
  prepaidUnits?: { enabled?: number | null } | null;
}
interface GraphUser {
  id: string;
  userPrincipalName?: string | null;
  usageLocation?: string | null;
  assignedLicenses?: { skuId?: string | null }[] | null;
}

export async function listTenantSkus(api: GraphApi): Promise<TenantSku[]> {
  const skus = await api.list<GraphSku>(
    '/subscribedSkus?$select=skuId,skuPartNumber,consumedUnits,prepaidUnits',
  );
  return skus.map((s) => {
    const enabled = s.prepaidUnits?.enabled ?? 0;
    const consumed = s.consumedUnits ?? 0;
    return {
      skuId: s.skuId ?? '',
      skuPartNumber: s.skuPartNumber ?? '',
      enabled,
      consumed,
      free: Math.max(0, enabled - consumed),
    };
  });
}

const SELECT = 'id,userPrincipalName,usageLocation,assignedLicenses';

async function readUser(api: GraphApi, id: string, afterWrite = false): Promise<LicensedUser> {
  const path = `/users/${encodeURIComponent(id)}?$select=${SELECT}`;
  let u: GraphUser;
  try {
    u = afterWrite ? await api.getAfterWrite<GraphUser>(path) : await api.get<GraphUser>(path);
  } catch (e) {
    if (e instanceof GraphApiError && e.status === 404)
      throw new AppError('NOT_FOUND', `No cloud user with the id ${id}: it may have been deleted.`);
    throw e;
  }
  return {
    id: u.id,
    userPrincipalName: u.userPrincipalName ?? '',
    usageLocation: u.usageLocation ?? null,
    skuIds: (u.assignedLicenses ?? []).map((l) => l.skuId ?? '').filter(Boolean),
  };
}

function view(user: LicensedUser, skus: readonly TenantSku[]): LicenceView {
  return {
    userPrincipalName: user.userPrincipalName,
    usageLocation: user.usageLocation,
    licences: user.skuIds.map((skuId) => ({
      skuId,
      skuPartNumber: skus.find((s) => s.skuId === skuId)?.skuPartNumber ?? skuId,
    })),
  };
}

export async function previewLicenceChange(
  api: GraphApi,
  input: LicenceChangeInput,
): Promise<LicencePreview> {
  const [user, skus] = await Promise.all([readUser(api, input.cloudUserId), listTenantSkus(api)]);
  const plan = planLicenceChange(user, skus, input);
  return {
    before: view(user, skus),
    checks: plan.checks,
    needsUsageLocation: plan.needsUsageLocation,
    setUsageLocation: plan.setUsageLocation,
    add: plan.add,
    remove: plan.remove,
    powershell: licencePowerShell(user.id, plan),
  };
}

export async function applyLicenceChange(api: GraphApi, input: LicenceChangeInput): Promise<LicenceResult> {
  const preview = await previewLicenceChange(api, input);
  if (blockers(preview.checks).length > 0)
    throw new AppError('VALIDATION_FAILED', refusalText('Licence change', preview.checks), {
      checks: preview.checks,
    });
  const path = `/users/${encodeURIComponent(input.cloudUserId)}`;
  // The usage location goes first: the service refuses a licence without one.
  if (preview.setUsageLocation) await api.patch(path, { usageLocation: preview.setUsageLocation });
  if (preview.add.length > 0 || preview.remove.length > 0) {
    try {
      await api.post(`${path}/assignLicense`, {
        addLicenses: preview.add.map((skuId) => ({ skuId, disabledPlans: [] })),
        removeLicenses: preview.remove,
      });
    } catch (e) {
      if (e instanceof GraphApiError && e.status === 400)
        throw new AppError(
          'VALIDATION_FAILED',
          `Licence change refused by Microsoft 365: ${e.message}${
            preview.setUsageLocation ? ` The usage location was set to ${preview.setUsageLocation}.` : ''
          }`,
        );
      throw e;
    }
  }
  const [after, skus] = await Promise.all([readUser(api, input.cloudUserId, true), listTenantSkus(api)]);
  return { preview, after: view(after, skus) };
}
