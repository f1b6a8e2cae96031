import { execFile } from 'node:child_process';
import { AppError } from '../../src-preload/contract/index.ts';
import {
  remoteSyncScript,
  syncCycleCommand,
  syncServerIssue,
  type SyncPolicy,
} from '../../src-preload/shared/guided/sync-commands.ts';

export interface SyncNowResult {
  command: string;
  output: string;
}

/** Whether this machine can start the sync itself (PowerShell remoting is a Windows client's). */
export function canRunSyncHere(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32';
}

/**
 * Starts a sync cycle on the Entra Connect server through PowerShell remoting and returns what it
 * printed. The script is passed as one argument to powershell.exe (no shell in between), and the
 * server name is checked first, so nothing typed can become a command of its own.
 */
export function runSyncNow(
  server: string,
  policy: SyncPolicy,
  platform: NodeJS.Platform = process.platform,
): Promise<SyncNowResult> {
  const command = syncCycleCommand(policy);
  if (!canRunSyncHere(platform))
    return Promise.reject(
      new AppError(
        'VALIDATION_FAILED',
        `Starting the sync from here needs Windows (PowerShell remoting to the Entra Connect server). Run on the server: ${command}`,
      ),
    );
  const issue = syncServerIssue(server);
  if (issue !== null) return Promise.reject(new AppError('INVALID_INPUT', issue));
  const script = remoteSyncScript(server, policy);
  return new Promise((resolve, reject) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', script],
      { timeout: 5 * 60_000, windowsHide: true, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new AppError(
              'VALIDATION_FAILED',
              `The sync did not start on ${server}: ${(stderr || error.message).trim().slice(0, 2000)}`,
            ),
          );
        else resolve({ command, output: stdout.trim() });
      },
    );
  });
}
