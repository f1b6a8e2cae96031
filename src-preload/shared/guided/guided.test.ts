import { describe, expect, it } from 'vitest';
import { afterCheck, viewOfFix, type GuidedFixRecord } from './guided-fix.ts';
import { addAliasCommand } from './missing-alias-steps.ts';
import { remoteSyncScript, syncCycleCommand, syncServerIssue } from './sync-commands.ts';

const fix: GuidedFixRecord<object> = {
  id: 7,
  kind: 'plain-text-invites',
  status: 'open',
  step: 0,
  facts: {},
  checks: [],
  createdAt: '2026-12-04T06:00:00.000Z',
  updatedAt: '2026-12-04T06:00:00.000Z',
};
const steps = ['a', 'b'].map((key) => ({
  key,
  title: key,
  explain: '',
  command: null,
  action: null,
  checkLabel: 'Check',
}));

describe('guided fix progress', () => {
  it('stays on a step whose check failed, with the reason, and moves on when it passes', () => {
    const failed = afterCheck(fix, 2, { ok: false, text: 'not yet', at: '2026-12-04T06:01:00.000Z' });
    expect(failed).toMatchObject({ step: 0, status: 'open', checks: [{ ok: false, text: 'not yet' }, null] });
    const passed = afterCheck(failed, 2, { ok: true, text: 'there', at: '2026-12-04T06:02:00.000Z' });
    expect(passed).toMatchObject({ step: 1, status: 'open', updatedAt: '2026-12-04T06:02:00.000Z' });
    const done = afterCheck(passed, 2, { ok: true, text: 'done', at: '2026-12-04T06:03:00.000Z' });
    expect(done).toMatchObject({ step: 2, status: 'done' });
    // Every step passed: none is current any more.
    expect(viewOfFix(done, { title: 't', subject: 's', steps }).steps.map((s) => s.status)).toEqual([
      'done',
      'done',
    ]);
    expect(viewOfFix(failed, { title: 't', subject: 's', steps }).steps.map((s) => s.status)).toEqual([
      'current',
      'todo',
    ]);
  });

  it('shows no current step on a cancelled fix', () => {
    const view = viewOfFix({ ...fix, status: 'cancelled' }, { title: 't', subject: 's', steps });
    expect(view.steps.map((s) => s.status)).toEqual(['todo', 'todo']);
  });
});

describe('sync and Exchange Online commands', () => {
  it('names the cycle exactly as the ADSync module takes it', () => {
    expect(syncCycleCommand('Delta')).toBe('Start-ADSyncSyncCycle -PolicyType Delta');
    expect(syncCycleCommand('Initial')).toBe('Start-ADSyncSyncCycle -PolicyType Initial');
    expect(remoteSyncScript('aadc01.corp.contoso.com', 'Delta')).toBe(
      "Invoke-Command -ComputerName 'aadc01.corp.contoso.com' -ScriptBlock { Import-Module ADSync; Start-ADSyncSyncCycle -PolicyType Delta | Format-List Result }",
    );
  });

  it('refuses a server name that could carry a command of its own', () => {
    for (const bad of ["aadc'; Remove-Item C:\\ -Recurse; '", 'aadc01 -Credential x', '', '-aadc'])
      expect(syncServerIssue(bad)).toMatch(/not a server name/);
    expect(() => remoteSyncScript('a;b', 'Delta')).toThrow(/not a server name/);
    expect(syncServerIssue('AADC01')).toBeNull();
  });

  it('quotes the identity and the address for PowerShell', () => {
    expect(
      addAliasCommand({
        userPrincipalName: "o'neil@contoso.com",
        address: 'oneil@contoso.onmicrosoft.com',
        exchangeCmdlet: 'Set-Mailbox',
      }),
    ).toBe(
      "Set-Mailbox -Identity 'o''neil@contoso.com' -EmailAddresses @{Add='smtp:oneil@contoso.onmicrosoft.com'}",
    );
  });
});
