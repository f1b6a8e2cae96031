/**
 * Source of authority of one synced object (onPremisesSyncBehavior.isCloudManaged): what switching
 * means in words, the checks, and the Microsoft Graph PowerShell. The AD-edit warning is here too,
 * so the property sheet says before Apply that an AD edit of a cloud-managed object will not flow.
 */

import { blocked, GRAPH_BASE, ok, psString, warning, type ActionCheck } from './action-check.ts';

export type SyncObjectKind = 'user' | 'group' | 'contact';

export const GRAPH_SET: Record<SyncObjectKind, string> = {
  user: 'users',
  group: 'groups',
  contact: 'contacts',
};

/** The delegated permission each kind's onPremisesSyncBehavior needs (Graph's reference). */
export const SOA_SCOPE: Record<SyncObjectKind, string> = {
  user: 'User-OnPremisesSyncBehavior.ReadWrite.All',
  group: 'Group-OnPremisesSyncBehavior.ReadWrite.All',
  contact: 'Contacts-OnPremisesSyncBehavior.ReadWrite.All',
};

export interface SourceOfAuthorityState {
  kind: SyncObjectKind;
  id: string;
  displayName: string | null;
  synced: boolean;
  mailEnabled: boolean;
  isCloudManaged: boolean;
}

export function sourceText(s: Pick<SourceOfAuthorityState, 'synced' | 'isCloudManaged'>): string {
  if (s.isCloudManaged) return 'Managed in the cloud: AD edits of it do not reach Microsoft 365.';
  return s.synced
    ? 'Managed in Active Directory: synced to Microsoft 365.'
    : 'Cloud-only: not synced from AD.';
}

/** Shown on the AD property sheet before Apply, for an object the cloud manages. */
export const AD_EDIT_WILL_NOT_FLOW =
  'Microsoft 365 manages this object (its source of authority is the cloud): this AD edit is saved in AD but will not reach Microsoft 365 at the next sync.';

export function sourceOfAuthorityMeaning(name: string, toCloud: boolean): string {
  return toCloud
    ? `The cloud then owns the attributes of ${name}: edits made in AD stop flowing to Microsoft 365 (the sync leaves the object alone), and it is edited in the cloud instead. The AD object stays as it is. Reversible: switch the source back to AD and the next sync takes the AD values again, overwriting what was changed in the cloud.`
    : `AD owns the attributes of ${name} again: at the next sync, the AD values overwrite whatever was changed in the cloud meanwhile, and cloud edits are refused from then on. Reversible: switch to the cloud again at any time.`;
}

export function sourceOfAuthorityChecks(s: SourceOfAuthorityState, toCloud: boolean): ActionCheck[] {
  const name = s.displayName ?? s.id;
  if (s.isCloudManaged === toCloud)
    return [
      blocked(`Nothing to change: ${name} is already ${toCloud ? 'managed in the cloud' : 'managed in AD'}.`),
    ];
  const checks: ActionCheck[] = [];
  if (toCloud && !s.synced)
    checks.push(blocked(`${name} is cloud-only: it is not synced from AD, so the cloud already owns it.`));
  else if (toCloud) checks.push(ok(`${name} is synced from AD today.`));
  else checks.push(ok(`${name} is managed in the cloud today.`));
  if (toCloud && s.kind === 'group' && s.mailEnabled)
    checks.push(
      warning(
        `${name} is mail-enabled: Microsoft's group source-of-authority conversion is for groups that are not mail-enabled (no distribution lists or mail-enabled security groups), so the service may refuse it.`,
      ),
    );
  return checks;
}

export function sourceOfAuthorityPowerShell(kind: SyncObjectKind, id: string, toCloud: boolean): string[] {
  return [
    `Connect-MgGraph -Scopes ${SOA_SCOPE[kind]}`,
    `Invoke-MgGraphRequest -Method PATCH -Uri ${psString(`${GRAPH_BASE}/${GRAPH_SET[kind]}/${id}/onPremisesSyncBehavior`)} -Body @{isCloudManaged = $${toCloud}}`,
  ];
}
