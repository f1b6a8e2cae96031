import { z } from 'zod';
import { method } from '../define.ts';
import { GUID_PATTERN, dnInput } from '../schemas.ts';
import type { GuidedFixView, GuidedSettings } from '../../shared/guided/guided-fix.ts';
import type { SyncPolicy } from '../../shared/guided/sync-commands.ts';

// Defined beside the rules that produce them; the contract only carries them.
export type { GuidedFixView, GuidedSettings, SyncPolicy };

export interface GuidedFixesView {
  fixes: GuidedFixView[];
  settings: GuidedSettings;
  /** True where main can start the sync itself (Windows: PowerShell remoting). */
  canRunSync: boolean;
}

const id = z.number().int().positive();
const serverName = z.string().min(1).max(253);
const policy = z.enum(['Delta', 'Initial']);

export const guidedMethods = {
  /** The connected directory's open fixes and its recent finished ones, with the profile's settings. */
  'guided.list': method(z.object({}).strict()).returns<GuidedFixesView>(),
  'guided.saveSettings': method(
    z.object({ outOfScopeDn: dnInput.nullable(), syncServer: serverName.nullable() }).strict(),
  ).returns<GuidedSettings>(),
  /**
   * Seed scenario 9: a synced user without its onmicrosoft.com address. Main checks the user, its
   * cloud twin and the OU before anything is saved; the OU becomes the profile's out-of-scope OU.
   */
  'guided.startMissingAlias': method(
    z.object({ dn: dnInput, outOfScopeDn: dnInput }).strict(),
  ).returns<GuidedFixView>(),
  /** Seed scenario 6: every mail user under baseDn whose meeting invites arrive as plain text. */
  'guided.startPlainText': method(z.object({ baseDn: dnInput }).strict()).returns<GuidedFixView>(),
  /** Seed scenario 8: a cloud-only resource mailbox taken over by the AD account at dn (a hard match). */
  'guided.startTakeover': method(
    z
      .object({ dn: dnInput, cloudUserId: z.string().regex(GUID_PATTERN, 'a Microsoft Graph object id') })
      .strict(),
  ).returns<GuidedFixView>(),
  /** Does the current step where RecipientDesk can (a move through the journal, a restore), then checks it. */
  'guided.run': method(z.object({ id }).strict()).returns<GuidedFixView>(),
  /** Checks the current step against the directory and Microsoft 365; a pass moves the fix on. */
  'guided.check': method(z.object({ id }).strict()).returns<GuidedFixView>(),
  'guided.cancel': method(z.object({ id }).strict()).returns<GuidedFixView>(),
  /** Starts a sync cycle on the Entra Connect server (Windows only) and returns what it printed. */
  'guided.syncNow': method(z.object({ server: serverName, policy }).strict()).returns<{
    command: string;
    output: string;
  }>(),
};
