import { describe, expect, it } from 'vitest';
import { canRunSyncHere, runSyncNow } from './sync-now.ts';

describe('Sync now', () => {
  it('is offered on Windows only, and elsewhere says which command to run on the server', async () => {
    expect(canRunSyncHere('win32')).toBe(true);
    expect(canRunSyncHere('linux')).toBe(false);
    await expect(runSyncNow('aadc01', 'Initial', 'linux')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('Start-ADSyncSyncCycle -PolicyType Initial'),
    });
  });

  it('refuses a malformed server name before starting anything', async () => {
    await expect(runSyncNow('aadc01; whoami', 'Delta', 'win32')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
