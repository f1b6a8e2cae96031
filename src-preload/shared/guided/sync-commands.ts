import { psString } from '../cloud/action-check.ts';

/**
 * The sync cycle an admin starts on the Entra Connect server. Delta picks up what changed; Initial
 * is the full import and sync the service needs after a connector schema refresh (the Exchange
 * attributes added to AD after Entra Connect was installed: seed scenario 7).
 */
export type SyncPolicy = 'Delta' | 'Initial';

export function syncCycleCommand(policy: SyncPolicy): string {
  return `Start-ADSyncSyncCycle -PolicyType ${policy}`;
}

/** A host name or IPv4 address, as PowerShell remoting takes it (nothing a command line could use). */
const SERVER_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export function syncServerIssue(server: string): string | null {
  return SERVER_NAME.test(server)
    ? null
    : `"${server}" is not a server name: give the Entra Connect server's host name (aadconnect01.corp.contoso.com).`;
}

/**
 * What runs the cycle on the Entra Connect server from the admin's Windows machine: PowerShell
 * remoting (WinRM), the ADSync module being on that server only. The result object's Result
 * ("Success") is what the wizard shows.
 */
export function remoteSyncScript(server: string, policy: SyncPolicy): string {
  const issue = syncServerIssue(server);
  if (issue !== null) throw new Error(issue);
  return `Invoke-Command -ComputerName ${psString(server)} -ScriptBlock { Import-Module ADSync; ${syncCycleCommand(policy)} | Format-List Result }`;
}
