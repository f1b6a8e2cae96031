// Source of authority of one user, group or contact: read onPremisesSyncBehavior.isCloudManaged
// with the object's sync state, preview a switch (meaning in words, checks, PowerShell), and
// apply: re-check, PATCH /{set}/{id}/onPremisesSyncBehavior, read back.

import { AppError } from '../../../src-preload/contract/errors.ts';
import { blockers, refusalText } from '../../../src-preload/shared/cloud/action-check.ts';
import {
  GRAPH_SET,
  sourceOfAuthorityChecks,
  sourceOfAuthorityMeaning,
  sourceOfAuthorityPowerShell,
  sourceText,
  type SourceOfAuthorityState,
  type SyncObjectKind,
} from '../../../src-preload/shared/cloud/source-of-authority-rules.ts';
import { GraphApiError, type GraphApi } from '../graph-api.ts';
import type {
  SyncObjectRef,
  SourceOfAuthorityView,
  SourceOfAuthorityPreview,
} from '../../../src-preload/shared/cloud/action-results.ts';
export type { SyncObjectRef, SourceOfAuthorityView, SourceOfAuthorityPreview };

const SELECT: Record<SyncObjectKind, string> = {
  user: 'id,displayName,onPremisesSyncEnabled',
  group: 'id,displayName,onPremisesSyncEnabled,mailEnabled',
  contact: 'id,displayName,onPremisesSyncEnabled',
};

function base(ref: SyncObjectRef): string {
  return `/${GRAPH_SET[ref.kind]}/${encodeURIComponent(ref.id)}`;
}

export async function readSourceOfAuthority(
  api: GraphApi,
  ref: SyncObjectRef,
  afterWrite = false,
): Promise<SourceOfAuthorityView> {
  const behaviourPath = `${base(ref)}/onPremisesSyncBehavior?$select=isCloudManaged`;
  let o: {
    id: string;
    displayName?: string | null;
    onPremisesSyncEnabled?: boolean | null;
    mailEnabled?: boolean | null;
  };
  let b: { isCloudManaged?: boolean | null };
  try {
    [o, b] = await Promise.all([
      api.get<typeof o>(`${base(ref)}?$select=${SELECT[ref.kind]}`),
      afterWrite ? api.getAfterWrite<typeof b>(behaviourPath) : api.get<typeof b>(behaviourPath),
    ]);
  } catch (e) {
    if (e instanceof GraphApiError && e.status === 404)
      throw new AppError('NOT_FOUND', `No cloud ${ref.kind} with the id ${ref.id}.`);
    throw e;
  }
  const state: SourceOfAuthorityState = {
    kind: ref.kind,
    id: o.id,
    displayName: o.displayName ?? null,
    synced: o.onPremisesSyncEnabled === true,
    mailEnabled: o.mailEnabled === true,
    isCloudManaged: b.isCloudManaged === true,
  };
  return { ...state, text: sourceText(state) };
}

export async function previewSourceOfAuthority(
  api: GraphApi,
  input: SyncObjectRef & { isCloudManaged: boolean },
): Promise<SourceOfAuthorityPreview> {
  const current = await readSourceOfAuthority(api, input);
  return {
    current,
    checks: sourceOfAuthorityChecks(current, input.isCloudManaged),
    meaning: sourceOfAuthorityMeaning(current.displayName ?? current.id, input.isCloudManaged),
    powershell: sourceOfAuthorityPowerShell(input.kind, current.id, input.isCloudManaged),
  };
}

export async function applySourceOfAuthority(
  api: GraphApi,
  input: SyncObjectRef & { isCloudManaged: boolean },
): Promise<{ preview: SourceOfAuthorityPreview; after: SourceOfAuthorityView }> {
  const preview = await previewSourceOfAuthority(api, input);
  if (blockers(preview.checks).length > 0)
    throw new AppError('VALIDATION_FAILED', refusalText('Source of authority switch', preview.checks), {
      checks: preview.checks,
    });
  try {
    await api.patch(`${base(input)}/onPremisesSyncBehavior`, { isCloudManaged: input.isCloudManaged });
  } catch (e) {
    if (e instanceof GraphApiError && e.status === 400)
      throw new AppError(
        'VALIDATION_FAILED',
        `Source of authority switch refused by Microsoft 365: ${e.message}`,
      );
    throw e;
  }
  return { preview, after: await readSourceOfAuthority(api, input, true) };
}
