// Seed scenario 9, step by step (see shared/guided/missing-alias-steps.ts for the why of each).
// Every check reads the truth again: the AD object by its GUID (a move renames its DN), the cloud
// user by its id (kept through deletion and restore).

import { AppError } from '../../src-preload/contract/index.ts';
import { isWithinDn, parentDnOf, sameDn } from '../../src-preload/shared/dn.ts';
import {
  MISSING_ALIAS_TITLE,
  missingAliasSteps,
  type MissingAliasFacts,
} from '../../src-preload/shared/guided/missing-alias-steps.ts';
import { baseClassOf, classifyRecipient } from '../../src-preload/shared/recipients/recipient-kind.ts';
import { applyRestore } from '../cloud/actions/deleted-users.ts';
import { lookUpCloudObject } from '../cloud/cloud-object.ts';
import { GraphApiError, type GraphApi } from '../cloud/graph-api.ts';
import { guidDn } from '../changes/ports.ts';
import { first, strings } from '../directory/entry.ts';
import { notAppliedText } from './change-outcome-text.ts';
import type { FixKind, GuidedPorts } from './guided-ports.ts';

interface CloudUser {
  id: string;
  userPrincipalName?: string | null;
  proxyAddresses?: string[] | null;
  onPremisesSyncEnabled?: boolean | null;
  onPremisesLastSyncDateTime?: string | null;
  assignedLicenses?: { skuId: string }[] | null;
  deletedDateTime?: string | null;
}

const USER_SELECT =
  'id,userPrincipalName,proxyAddresses,onPremisesSyncEnabled,onPremisesLastSyncDateTime,assignedLicenses';

/** The cloud user, or null when Graph says it is not (live) there. */
async function liveUser(api: GraphApi, id: string): Promise<CloudUser | null> {
  try {
    return await api.get<CloudUser>(`/users/${encodeURIComponent(id)}?$select=${USER_SELECT}`);
  } catch (e) {
    if (e instanceof GraphApiError && e.status === 404) return null;
    throw e;
  }
}

async function deletedUser(api: GraphApi, id: string): Promise<CloudUser | null> {
  try {
    return await api.get<CloudUser>(
      `/directory/deletedItems/${encodeURIComponent(id)}?$select=id,userPrincipalName,deletedDateTime`,
    );
  } catch (e) {
    if (e instanceof GraphApiError && e.status === 404) return null;
    throw e;
  }
}

const hasAddress = (user: CloudUser, address: string) =>
  (user.proxyAddresses ?? []).some((p) => p.toLowerCase() === `smtp:${address.toLowerCase()}`);

/** Where the object is now, by GUID. */
async function whereNow(ports: GuidedPorts, facts: MissingAliasFacts): Promise<string> {
  return parentDnOf((await ports.read(guidDn(facts.objectGuid))).dn);
}

async function moveTo(ports: GuidedPorts, facts: MissingAliasFacts, parentDn: string): Promise<void> {
  const entry = await ports.read(guidDn(facts.objectGuid));
  if (sameDn(parentDnOf(entry.dn), parentDn)) return;
  const change = await ports.move({ objectGuid: facts.objectGuid, dn: entry.dn, newParentDn: parentDn });
  const text = notAppliedText(change);
  if (text !== null && change.status !== 'pending' && change.status !== 'retryable')
    throw new AppError('VALIDATION_FAILED', text);
}

async function checkPlace(ports: GuidedPorts, facts: MissingAliasFacts, parentDn: string, what: string) {
  const now = await whereNow(ports, facts);
  return sameDn(now, parentDn)
    ? { ok: true, text: `${facts.name} is in ${parentDn} (${what}).` }
    : { ok: false, text: `${facts.name} is still in ${now}, not in ${parentDn}. Move it first.` };
}

/** Checks the object and the cloud user before anything is saved, and works out the address. */
export async function startMissingAlias(
  ports: GuidedPorts,
  input: { dn: string; outOfScopeDn: string },
): Promise<MissingAliasFacts> {
  const entry = await ports.read(input.dn);
  if (baseClassOf(entry.objectClass) !== 'user')
    throw new AppError('VALIDATION_FAILED', 'This fix is for a user: choose the user who lacks the address.');
  const upn = first(entry, 'userPrincipalName');
  if (!upn)
    throw new AppError(
      'VALIDATION_FAILED',
      'The user has no user logon name (UPN): the soft match back needs one.',
    );
  const target = await ports.read(input.outOfScopeDn);
  if (isWithinDn(entry.dn, target.dn))
    throw new AppError(
      'VALIDATION_FAILED',
      `${entry.dn} is already under ${target.dn}: choose an OU outside the sync scope that the user is not in.`,
    );
  const api = await ports.api();
  const tenant = await ports.tenant();
  const initial = tenant.verifiedDomains.find((d) => d.isInitial)?.name;
  if (!initial) throw new AppError('CLOUD_ERROR', 'The tenant reports no initial (onmicrosoft.com) domain.');
  const view = await lookUpCloudObject(api, entry, tenant);
  if (!view.found || view.cloudId === null)
    throw new AppError(
      'NOT_FOUND',
      `${upn} is not in Microsoft 365: there is no cloud user to give the address to.`,
    );
  if (!view.synced)
    throw new AppError(
      'VALIDATION_FAILED',
      `${upn} is a cloud user, not synced from AD: add the address in Exchange Online directly.`,
    );
  const user = await liveUser(api, view.cloudId);
  const suffix = `@${initial.toLowerCase()}`;
  const held = (user?.proxyAddresses ?? []).find((p) => p.toLowerCase().endsWith(suffix));
  if (held)
    throw new AppError(
      'VALIDATION_FAILED',
      `${upn} already has ${held.replace(/^smtp:/i, '')}: nothing to fix.`,
    );
  const alias = first(entry, 'mailNickname') ?? upn.split('@')[0] ?? upn;
  const { kind } = classifyRecipient({
    objectClass: entry.objectClass,
    msExchRecipientTypeDetails: strings(entry, 'msExchRecipientTypeDetails'),
    msExchRemoteRecipientType: strings(entry, 'msExchRemoteRecipientType'),
    mail: strings(entry, 'mail'),
    mailNickname: strings(entry, 'mailNickname'),
    targetAddress: strings(entry, 'targetAddress'),
  });
  return {
    objectGuid: entry.guid,
    name: first(entry, 'displayName') ?? first(entry, 'cn') ?? upn,
    userPrincipalName: upn,
    homeParentDn: parentDnOf(entry.dn),
    outOfScopeDn: target.dn,
    cloudUserId: view.cloudId,
    address: `${alias}@${initial}`,
    exchangeCmdlet: kind === 'mailUser' ? 'Set-MailUser' : 'Set-Mailbox',
  };
}

export const missingAliasFix: FixKind<MissingAliasFacts> = {
  title: MISSING_ALIAS_TITLE,
  subject: (f) => `${f.name} (${f.userPrincipalName}): ${f.address}`,
  steps: missingAliasSteps,
  async act(step, facts, ports) {
    if (step === 'move-out') return moveTo(ports, facts, facts.outOfScopeDn);
    if (step === 'move-back') return moveTo(ports, facts, facts.homeParentDn);
    if (step === 'restore') {
      await applyRestore(await ports.api(), { deletedUserId: facts.cloudUserId });
      return;
    }
    throw new AppError(
      'VALIDATION_FAILED',
      'This step is done outside RecipientDesk: run its command, then check.',
    );
  },
  async check(step, facts, ports, checks) {
    if (step === 'move-out') return checkPlace(ports, facts, facts.outOfScopeDn, 'out of the sync scope');
    if (step === 'move-back') return checkPlace(ports, facts, facts.homeParentDn, 'back in the sync scope');
    const api = await ports.api();
    const live = await liveUser(api, facts.cloudUserId);
    if (step === 'sync-delete') {
      if (live !== null)
        return {
          ok: false,
          text: `Microsoft 365 still holds ${facts.userPrincipalName} (last synced ${live.onPremisesLastSyncDateTime ?? 'never'}): run the delta sync, then check again.`,
        };
      const deleted = await deletedUser(api, facts.cloudUserId);
      return deleted
        ? {
            ok: true,
            text: `Deleted in Microsoft 365 at ${deleted.deletedDateTime ?? 'an unknown time'}; restorable for 30 days from then.`,
          }
        : {
            ok: false,
            text: 'The user is neither live nor in Deleted users: it was purged, so there is nothing to restore.',
          };
    }
    if (step === 'restore')
      return live
        ? { ok: true, text: `Restored: ${live.userPrincipalName ?? facts.userPrincipalName} is live again.` }
        : {
            ok: false,
            text: 'The user is not live yet: restore it (or wait a minute for Microsoft 365), then check again.',
          };
    if (live === null)
      return {
        ok: false,
        text: `${facts.userPrincipalName} is not live in Microsoft 365: was it deleted again?`,
      };
    if (step === 'add-alias')
      return hasAddress(live, facts.address)
        ? { ok: true, text: `${facts.address} is on the user.` }
        : {
            ok: false,
            text: `${facts.address} is not on the user yet (it has ${(live.proxyAddresses ?? []).join(', ') || 'no addresses'}). Run the command; Exchange Online can take a few minutes.`,
          };
    if (step === 'sync-match') {
      const movedBack = checks[4]?.at ?? '';
      const synced =
        live.onPremisesSyncEnabled === true && (live.onPremisesLastSyncDateTime ?? '') > movedBack;
      if (!synced)
        return {
          ok: false,
          text: `Not synced from AD since the move back (last sync ${live.onPremisesLastSyncDateTime ?? 'never'}): run the delta sync, then check again.`,
        };
      if (!hasAddress(live, facts.address))
        return {
          ok: false,
          text: `Synced again, but ${facts.address} is gone: add it in Exchange Online once more.`,
        };
      const licences = (live.assignedLicenses ?? []).length;
      return {
        ok: true,
        text: `Synced from AD again with ${facts.address}. Licences: ${licences === 0 ? 'none (assign them on the Cloud tab)' : licences}.`,
      };
    }
    throw new AppError('INVALID_INPUT', `Unknown step ${step}.`);
  },
};
