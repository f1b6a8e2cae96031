import type { GuidedStepDefinition } from './guided-fix.ts';
import { syncCycleCommand } from './sync-commands.ts';

/**
 * Seed scenario 8: a resource mailbox made in the cloud before the directory was synchronised,
 * taken over by a new AD account (same UPN and SMTP address, the room stamps): the cloud user gets
 * onPremisesImmutableId = base64(objectGUID), and the next sync joins the two (a hard match).
 */
export interface TakeoverFacts {
  objectGuid: string;
  name: string;
  userPrincipalName: string;
  cloudUserId: string;
  cloudName: string;
  immutableId: string;
  /** The Graph PowerShell that does the same as the action. */
  powershell: string;
}

export const TAKEOVER_TITLE = 'Take over a cloud-only mailbox with an AD account';

export function takeoverSteps(facts: TakeoverFacts): GuidedStepDefinition[] {
  return [
    {
      key: 'hard-match',
      title: "Give the cloud mailbox the AD account's ImmutableId",
      explain: `Sets onPremisesImmutableId of ${facts.cloudName} to ${facts.immutableId} (base64 of ${facts.name}'s objectGUID), so the next sync joins the two instead of refusing a second object with the same address.`,
      command: facts.powershell,
      action: 'Set the ImmutableId',
      checkLabel: 'Check Microsoft 365',
    },
    {
      key: 'sync-match',
      title: 'Run a delta sync: the AD account takes the mailbox over',
      explain:
        'The AD account must be in the sync scope. From then on its AD values (addresses, the room stamps) are what the mailbox has; edit them in AD, not in the cloud.',
      command: syncCycleCommand('Delta'),
      action: null,
      checkLabel: 'Check Microsoft 365',
    },
  ];
}
