/**
 * Hard match (seed scenario 8): a cloud-only user is given the ImmutableId of an AD account, so
 * the next sync joins the two instead of creating a second user. The checks the preview shows and
 * main re-runs before it writes, and the Microsoft Graph PowerShell that does the same.
 */

import { blocked, ok, psString, SYNCED_OBJECT_REFUSAL, warning, type ActionCheck } from './action-check.ts';
import { bytesToBase64, base64ByteLength } from './immutable-id.ts';

export interface HardMatchAd {
  /** objectGUID as base64 of its 16 bytes, or the bytes themselves. */
  objectGuidBase64?: string;
  objectGuidBytes?: readonly number[];
  /** mS-DS-ConsistencyGuid as base64, when set: Entra Connect anchors on it then. */
  consistencyGuidBase64?: string | null;
  userPrincipalName: string;
  primarySmtp?: string | null;
  dn: string;
  displayName?: string | null;
}

export interface HardMatchInput {
  cloudUserId: string;
  ad: HardMatchAd;
}

export interface CloudUserSummary {
  id: string;
  displayName: string | null;
  userPrincipalName: string;
  synced: boolean;
  onPremisesImmutableId: string | null;
  mail: string | null;
  proxyAddresses: string[];
}

export interface HardMatchFacts {
  immutableId: string;
  cloud: CloudUserSummary;
  /** blockCloudObjectTakeoverThroughHardMatchEnabled; null when it could not be read. */
  takeoverBlocked: boolean | null;
  /** Another cloud object that already carries this ImmutableId. */
  anchorHolder: { id: string; userPrincipalName: string } | null;
  verifiedDomains: readonly string[];
}

/** Entra Connect's anchor for the account: the consistency GUID where set, else the objectGUID. */
export function hardMatchImmutableId(ad: HardMatchAd): string {
  const consistency = ad.consistencyGuidBase64?.trim();
  if (consistency) return consistency;
  if (ad.objectGuidBase64) return ad.objectGuidBase64.trim();
  return bytesToBase64(ad.objectGuidBytes ?? []);
}

/** Why a value cannot be an ImmutableId, or null when it can (graph.md: no `$` or `_`). */
export function immutableIdProblem(id: string): string | null {
  if (id === '') return 'The AD account gave no objectGUID to build the ImmutableId from.';
  if (/[$_]/.test(id)) return `The ImmutableId "${id}" holds $ or _, which Microsoft 365 does not accept.`;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(id) || id.length % 4 !== 0)
    return `The ImmutableId "${id}" is not base64.`;
  if (base64ByteLength(id) !== 16)
    return `The ImmutableId "${id}" is ${base64ByteLength(id)} bytes, not the 16 of a GUID: the AD value it came from is not a GUID.`;
  return null;
}

const TAKEOVER_BLOCKED =
  'The tenant blocks cloud object takeover through hard match (blockCloudObjectTakeoverThroughHardMatchEnabled is on): even with the ImmutableId set, the next sync refuses to join this AD account to the cloud user and reports InvalidHardMatch. A Global Administrator turns the block off for the takeover (Update-MgDirectoryOnPremiseSynchronization -OnPremisesDirectorySynchronizationId <tenant id> -Features @{BlockCloudObjectTakeoverThroughHardMatchEnabled = $false}), runs the sync, and turns it back on.';

const TAKEOVER_UNKNOWN =
  'Whether the tenant blocks cloud object takeover through hard match is unknown: reading it needs a Global Administrator. If it is blocked, the next sync reports InvalidHardMatch and a Global Administrator must turn the block off for the takeover.';

function addressOf(proxy: string): string {
  return proxy.replace(/^smtp:/i, '').toLowerCase();
}

export function hardMatchChecks(ad: HardMatchAd, f: HardMatchFacts): ActionCheck[] {
  const checks: ActionCheck[] = [];
  const problem = immutableIdProblem(f.immutableId);
  checks.push(
    problem
      ? blocked(problem)
      : ok(
          `ImmutableId ${f.immutableId} (base64 of the ${ad.consistencyGuidBase64 ? 'mS-DS-ConsistencyGuid' : 'objectGUID'}).`,
        ),
  );
  if (f.cloud.synced)
    checks.push(
      blocked(
        `${f.cloud.userPrincipalName} is synced from on-premises AD, so it is not a cloud-only user to take over; the service refuses the change: "${SYNCED_OBJECT_REFUSAL}"`,
      ),
    );
  else checks.push(ok(`${f.cloud.userPrincipalName} is a cloud-only user.`));
  const current = f.cloud.onPremisesImmutableId;
  if (current && current !== f.immutableId)
    checks.push(
      blocked(
        `${f.cloud.userPrincipalName} already has another ImmutableId (${current}): it was matched to a different AD account before. Overwriting it would break that link; clear it deliberately first if that account is gone.`,
      ),
    );
  else if (current === f.immutableId)
    checks.push(
      ok(
        `${f.cloud.userPrincipalName} already carries this ImmutableId; nothing else is needed before the sync.`,
      ),
    );
  if (f.anchorHolder && f.anchorHolder.id !== f.cloud.id)
    checks.push(
      blocked(
        `Another cloud user, ${f.anchorHolder.userPrincipalName}, already has this ImmutableId: the AD account is already matched to it.`,
      ),
    );
  if (f.takeoverBlocked === true) checks.push(blocked(TAKEOVER_BLOCKED));
  else if (f.takeoverBlocked === null) checks.push(warning(TAKEOVER_UNKNOWN));
  else checks.push(ok('The tenant allows cloud object takeover through hard match.'));
  const adUpn = ad.userPrincipalName;
  if (adUpn.toLowerCase() !== f.cloud.userPrincipalName.toLowerCase()) {
    const suffix = adUpn.split('@')[1]?.toLowerCase() ?? '';
    if (!f.verifiedDomains.some((d) => d.toLowerCase() === suffix))
      checks.push(
        blocked(
          `The AD account's user principal name ${adUpn} ends in ${suffix || 'no domain'}, which is not a verified domain of the tenant: the cloud refuses it as a UPN.`,
        ),
      );
    else
      checks.push(
        warning(
          `The user principal names differ: the cloud user's ${f.cloud.userPrincipalName} is set to ${adUpn} in the same change, as the sync would do anyway; the user signs in with ${adUpn} from then on.`,
        ),
      );
  } else checks.push(ok(`Same user principal name on both sides: ${adUpn}.`));
  const primary = ad.primarySmtp?.replace(/^smtp:/i, '') ?? '';
  if (primary) {
    const cloudAddresses = [f.cloud.mail ?? '', ...f.cloud.proxyAddresses].map(addressOf);
    if (f.cloud.mail?.toLowerCase() === primary.toLowerCase())
      checks.push(ok(`Same primary SMTP address on both sides: ${primary}.`));
    else if (cloudAddresses.includes(primary.toLowerCase()))
      checks.push(
        warning(
          `${primary} is a secondary address in the cloud: after the sync it becomes the primary, as in AD.`,
        ),
      );
    else
      checks.push(
        warning(
          `The cloud user does not have ${primary}: after the sync the addresses follow AD, and cloud addresses not in AD are dropped (the onmicrosoft.com address stays).`,
        ),
      );
  }
  return checks;
}

export function hardMatchPowerShell(
  cloudUserId: string,
  immutableId: string,
  newUpn: string | null,
): string[] {
  return [
    'Connect-MgGraph -Scopes User.ReadWrite.All',
    `Update-MgUser -UserId ${psString(cloudUserId)} -OnPremisesImmutableId ${psString(immutableId)}${
      newUpn ? ` -UserPrincipalName ${psString(newUpn)}` : ''
    }`,
  ];
}

export const HARD_MATCH_FOLLOW_UP =
  'Then, on the Entra Connect server, run Start-ADSyncSyncCycle -PolicyType Delta (the AD account must be in sync scope): the AD account joins this cloud user, and its AD values (addresses, the room stamps) overwrite the cloud ones from then on.';
