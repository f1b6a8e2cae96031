// Seed scenario 8 as a guided fix, through the hard match the Cloud tab uses (its checks, its
// write, its PowerShell); the check after the sync reads the cloud user again.

import { AppError } from '../../src-preload/contract/index.ts';
import { blockers, refusalText } from '../../src-preload/shared/cloud/action-check.ts';
import {
  TAKEOVER_TITLE,
  takeoverSteps,
  type TakeoverFacts,
} from '../../src-preload/shared/guided/takeover-steps.ts';
import { applyHardMatch, previewHardMatch } from '../cloud/actions/hard-match.ts';
import { hardMatchAd } from '../cloud/actions/hard-match-ad.ts';
import { GraphApiError, type GraphApi } from '../cloud/graph-api.ts';
import { guidDn } from '../changes/ports.ts';
import { first } from '../directory/entry.ts';
import type { FixKind, GuidedPorts } from './guided-ports.ts';

interface CloudUser {
  id: string;
  onPremisesImmutableId?: string | null;
  onPremisesSyncEnabled?: boolean | null;
}

async function cloudUser(api: GraphApi, id: string): Promise<CloudUser> {
  try {
    return await api.get<CloudUser>(
      `/users/${encodeURIComponent(id)}?$select=id,onPremisesImmutableId,onPremisesSyncEnabled`,
    );
  } catch (e) {
    if (e instanceof GraphApiError && e.status === 404)
      throw new AppError('NOT_FOUND', 'The cloud mailbox is gone (deleted?): the fix cannot go on.');
    throw e;
  }
}

export async function startTakeover(
  ports: GuidedPorts,
  input: { dn: string; cloudUserId: string },
): Promise<TakeoverFacts> {
  const entry = await ports.read(input.dn);
  const ad = hardMatchAd(entry);
  const api = await ports.api();
  const preview = await previewHardMatch(api, { cloudUserId: input.cloudUserId, ad }, await ports.tenant());
  if (blockers(preview.checks).length > 0)
    throw new AppError('VALIDATION_FAILED', refusalText('Take-over', preview.checks), {
      checks: preview.checks,
    });
  return {
    objectGuid: entry.guid,
    name: first(entry, 'displayName') ?? first(entry, 'cn') ?? ad.userPrincipalName,
    userPrincipalName: ad.userPrincipalName,
    cloudUserId: preview.before.id,
    cloudName: preview.before.displayName ?? preview.before.userPrincipalName,
    immutableId: preview.immutableId,
    powershell: preview.powershell.join('\n'),
  };
}

export const takeoverFix: FixKind<TakeoverFacts> = {
  title: TAKEOVER_TITLE,
  subject: (f) => `${f.cloudName} by ${f.name} (${f.userPrincipalName})`,
  steps: takeoverSteps,
  async act(step, facts, ports) {
    if (step !== 'hard-match')
      throw new AppError(
        'VALIDATION_FAILED',
        'This step is done on the Entra Connect server: run its command, then check.',
      );
    // The AD side is read again: the account may have changed since the fix started.
    const ad = hardMatchAd(await ports.read(guidDn(facts.objectGuid)));
    await applyHardMatch(await ports.api(), { cloudUserId: facts.cloudUserId, ad });
  },
  async check(step, facts, ports) {
    const user = await cloudUser(await ports.api(), facts.cloudUserId);
    const anchored = user.onPremisesImmutableId === facts.immutableId;
    if (step === 'hard-match')
      return anchored
        ? { ok: true, text: `${facts.cloudName} has the ImmutableId ${facts.immutableId}.` }
        : {
            ok: false,
            text: `${facts.cloudName} has the ImmutableId ${user.onPremisesImmutableId ?? '(none)'}, not ${facts.immutableId}.`,
          };
    if (step === 'sync-match') {
      if (!anchored)
        return {
          ok: false,
          text: `The ImmutableId changed since (${user.onPremisesImmutableId ?? 'none'}): set it again.`,
        };
      return user.onPremisesSyncEnabled === true
        ? { ok: true, text: `${facts.cloudName} is synced from ${facts.name} now.` }
        : {
            ok: false,
            text: 'Not synced from AD yet: run the delta sync (the account must be in the sync scope), then check again.',
          };
    }
    throw new AppError('INVALID_INPUT', `Unknown step ${step}.`);
  },
};
