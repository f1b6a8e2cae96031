import { cloudMapiRichTextCommand } from '../recipients/mapi-recipient.ts';
import type { GuidedStepDefinition } from './guided-fix.ts';

/**
 * Seed scenario 6: staged-migration mail users receive meeting invites as plain text. AD holds
 * the setting as mAPIRecipient (FALSE = UseMapiRichTextFormat Never); the sync does not carry it,
 * so Exchange Online needs the same setting by its own command.
 */
export interface PlainTextFacts {
  baseDn: string;
  /** The mail users found when the fix started: the ones it sets and checks. */
  objects: { objectGuid: string; dn: string; identity: string }[];
}

export const PLAIN_TEXT_TITLE = 'Meeting invites arrive as plain text';

/** One line per mail user; a long list is better run from a file, so it stays one command each. */
export function exchangeOnlineCommands(facts: PlainTextFacts): string {
  return facts.objects.map((o) => cloudMapiRichTextCommand(o.identity, 'Never')).join('\n');
}

export function plainTextSteps(facts: PlainTextFacts): GuidedStepDefinition[] {
  const n = facts.objects.length;
  const them = n === 1 ? 'the mail user' : `the ${n.toLocaleString('en-US')} mail users`;
  return [
    {
      key: 'stamp',
      title: 'Set UseMapiRichTextFormat Never in AD',
      explain: `Writes mAPIRecipient FALSE on ${them} through the change journal (one change each, with undo). A mail user someone changed since the scan is reported as a conflict, not overwritten.`,
      command: null,
      action: n === 1 ? 'Set Never on 1 mail user' : `Set Never on ${n.toLocaleString('en-US')} mail users`,
      checkLabel: 'Check AD',
    },
    {
      key: 'cloud',
      title: 'Set the same in Exchange Online',
      explain:
        'mAPIRecipient does not sync, so run these in Exchange Online PowerShell (Connect-ExchangeOnline first). Microsoft Graph does not expose UseMapiRichTextFormat, so RecipientDesk cannot read it back: confirm when the commands ran without errors.',
      command: exchangeOnlineCommands(facts),
      action: null,
      checkLabel: 'Confirm: the commands ran',
    },
  ];
}
