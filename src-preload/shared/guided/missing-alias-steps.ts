import { psString } from '../cloud/action-check.ts';
import { restorePowerShell } from '../cloud/restore-rules.ts';
import { rdnValue, rdnOf } from '../dn.ts';
import type { GuidedStepDefinition } from './guided-fix.ts';
import { syncCycleCommand } from './sync-commands.ts';

/**
 * Seed scenario 9: a synced user without its alias@tenant.onmicrosoft.com address. The address
 * cannot come from AD (the sync discards onmicrosoft.com suffixes in proxyAddresses), so the user
 * leaves the sync scope, is restored as a cloud user, gets the address in Exchange Online, and
 * comes back into scope, where the sync soft-matches it on its UPN.
 */
export interface MissingAliasFacts {
  objectGuid: string;
  name: string;
  userPrincipalName: string;
  /** Where the user was when the fix started: it goes back there. */
  homeParentDn: string;
  /** An OU Entra Connect does not sync. */
  outOfScopeDn: string;
  /** The cloud user the sync made of it (kept through deletion and restore). */
  cloudUserId: string;
  /** The address to add: alias@<initial domain>. */
  address: string;
  /** Exchange Online's cmdlet for the recipient: a mailbox, or a mail user. */
  exchangeCmdlet: 'Set-Mailbox' | 'Set-MailUser';
}

export const MISSING_ALIAS_TITLE = 'Add the missing onmicrosoft.com address';

function ouName(dn: string): string {
  return rdnValue(rdnOf(dn));
}

/** The Exchange Online command that adds the address as a secondary (lowercase smtp:). */
export function addAliasCommand(
  facts: Pick<MissingAliasFacts, 'userPrincipalName' | 'address' | 'exchangeCmdlet'>,
): string {
  return `${facts.exchangeCmdlet} -Identity ${psString(facts.userPrincipalName)} -EmailAddresses @{Add=${psString(`smtp:${facts.address}`)}}`;
}

export function missingAliasSteps(facts: MissingAliasFacts): GuidedStepDefinition[] {
  return [
    {
      key: 'move-out',
      title: 'Move the user out of the sync scope',
      explain: `Entra Connect discards onmicrosoft.com addresses in proxyAddresses, so ${facts.address} cannot be added from AD. Moved to ${ouName(facts.outOfScopeDn)}, an OU the sync does not read, the user is deleted in Microsoft 365 by the next sync and kept for 30 days with its mailbox.`,
      command: null,
      action: `Move to ${ouName(facts.outOfScopeDn)}`,
      checkLabel: 'Check the move',
    },
    {
      key: 'sync-delete',
      title: 'Run a delta sync: Microsoft 365 deletes the user',
      explain:
        'On the Entra Connect server, run the delta sync (or wait for the next one, every 30 minutes). Then check: the user must be in Deleted users.',
      command: syncCycleCommand('Delta'),
      action: null,
      checkLabel: 'Check Microsoft 365',
    },
    {
      key: 'restore',
      title: 'Restore the deleted user',
      explain:
        'Restored, the user is a cloud user for now, with its mailbox and licences. Nothing in AD changes.',
      command: restorePowerShell(facts.cloudUserId, {
        autoReconcileProxyConflict: false,
        newUserPrincipalName: null,
      }).join('\n'),
      action: 'Restore in Microsoft 365',
      checkLabel: 'Check the restore',
    },
    {
      key: 'add-alias',
      title: 'Add the address in Exchange Online',
      explain: `Microsoft Graph cannot write proxyAddresses, so add ${facts.address} in Exchange Online PowerShell (Connect-ExchangeOnline first). While the user is out of the sync scope it is the cloud's to edit.`,
      command: addAliasCommand(facts),
      action: null,
      checkLabel: 'Check the address',
    },
    {
      key: 'move-back',
      title: 'Move the user back into the sync scope',
      explain: `Back in ${ouName(facts.homeParentDn)}, the next sync finds the cloud user by its UPN (${facts.userPrincipalName}) and joins the two again (a soft match); the address stays, because the cloud keeps the addresses it made itself.`,
      command: null,
      action: `Move back to ${ouName(facts.homeParentDn)}`,
      checkLabel: 'Check the move',
    },
    {
      key: 'sync-match',
      title: 'Run a delta sync: the user is synced again',
      explain:
        'Run the delta sync once more. The check confirms the user is synced from AD again, still has the address, and shows its licences (re-check them: a restore keeps them, a new user would have none).',
      command: syncCycleCommand('Delta'),
      action: null,
      checkLabel: 'Check Microsoft 365',
    },
  ];
}
