/**
 * Restoring a deleted user (kept 30 days): how long is left, what a live object now holds of its
 * UPN or addresses, the options Graph's restore action offers for that (autoReconcileProxyConflict,
 * newUserPrincipalName), and the Microsoft Graph PowerShell.
 */

import { blocked, GRAPH_BASE, ok, psString, warning, type ActionCheck } from './action-check.ts';

export const DELETED_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export function daysLeft(deletedDateTime: string | null, now: number): number {
  if (!deletedDateTime) return DELETED_RETENTION_DAYS;
  const end = Date.parse(deletedDateTime) + DELETED_RETENTION_DAYS * DAY_MS;
  return Math.max(0, Math.ceil((end - now) / DAY_MS));
}

/**
 * The UPN the user had: the directory prefixes a deleted user's UPN with its object id (no
 * hyphens), so the live UPN is what follows that prefix where present.
 */
export function originalUserPrincipalName(id: string, upn: string): string {
  const prefix = id.replace(/-/g, '').toLowerCase();
  return upn.toLowerCase().startsWith(prefix) && upn.length > prefix.length ? upn.slice(prefix.length) : upn;
}

export interface RestoreOptions {
  autoReconcileProxyConflict?: boolean;
  newUserPrincipalName?: string | null;
}

export interface LiveHolder {
  id: string;
  displayName: string | null;
  kind: 'user' | 'group' | 'contact';
}

export interface RestoreFacts {
  userPrincipalName: string;
  deletedDateTime: string | null;
  wasSynced: boolean;
  upnHolder: LiveHolder | null;
  newUpnHolder: LiveHolder | null;
  /** Each address of the deleted user a live object holds now. */
  addressHolders: { address: string; holder: LiveHolder }[];
}

export type RestoreOption = 'autoReconcileProxyConflict' | 'newUserPrincipalName';

const holderText = (h: LiveHolder) => `${h.displayName ?? h.id} (a live ${h.kind})`;

export function restoreChecks(
  f: RestoreFacts,
  options: RestoreOptions,
  now: number,
): { checks: ActionCheck[]; offered: RestoreOption[] } {
  const checks: ActionCheck[] = [];
  const offered: RestoreOption[] = [];
  const left = daysLeft(f.deletedDateTime, now);
  checks.push(
    ok(
      `Deleted ${f.deletedDateTime?.slice(0, 10) ?? 'recently'}; ${left} ${left === 1 ? 'day' : 'days'} left before it is gone for good.`,
    ),
  );
  const newUpn = options.newUserPrincipalName?.trim() || null;
  if (f.upnHolder) {
    offered.push('newUserPrincipalName');
    if (!newUpn)
      checks.push(
        blocked(
          `The user principal name ${f.userPrincipalName} is now held by ${holderText(f.upnHolder)}: restore it under a new user principal name, or free the name first.`,
        ),
      );
  }
  if (newUpn) {
    if (f.newUpnHolder)
      checks.push(
        blocked(`The new user principal name ${newUpn} is held by ${holderText(f.newUpnHolder)} too.`),
      );
    else checks.push(ok(`Restored as ${newUpn}.`));
  }
  if (f.addressHolders.length > 0) {
    offered.push('autoReconcileProxyConflict');
    const list = f.addressHolders
      .map((a) => `${a.address} is now held by ${holderText(a.holder)}`)
      .join('; ');
    checks.push(
      options.autoReconcileProxyConflict
        ? warning(`Restored without the addresses others hold now: ${list}.`)
        : blocked(
            `${list}. Restore it with those addresses removed from the restored user, or free them on the other object first.`,
          ),
    );
  }
  if (f.wasSynced)
    checks.push(
      warning(
        'It was synced from AD: once restored it stays cloud-only while its AD account is out of sync scope; when the account is back in scope, the next sync joins the two again (by ImmutableId, or by UPN or address).',
      ),
    );
  return { checks, offered };
}

export function restorePowerShell(id: string, options: RestoreOptions): string[] {
  const body: string[] = [];
  if (options.autoReconcileProxyConflict) body.push('autoReconcileProxyConflict = $true');
  if (options.newUserPrincipalName)
    body.push(`newUserPrincipalName = ${psString(options.newUserPrincipalName)}`);
  if (body.length === 0)
    return [
      'Connect-MgGraph -Scopes User.ReadWrite.All',
      `Restore-MgDirectoryDeletedItem -DirectoryObjectId ${psString(id)}`,
    ];
  return [
    'Connect-MgGraph -Scopes User.ReadWrite.All',
    '# Restore-MgDirectoryDeletedItem sends no body in current releases, so the options go in a raw request.',
    `Invoke-MgGraphRequest -Method POST -Uri ${psString(`${GRAPH_BASE}/directory/deletedItems/${id}/restore`)} -Body @{${body.join('; ')}}`,
  ];
}
