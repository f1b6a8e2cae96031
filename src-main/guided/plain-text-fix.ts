// Seed scenario 6 as a guided fix: the readiness rule finds the mail users, the journal stamps
// them, a re-scan checks AD, and the admin confirms the Exchange Online side (Graph cannot read it).

import { AppError } from '../../src-preload/contract/index.ts';
import { fixChanges } from '../../src-preload/shared/readiness/fix-edit.ts';
import {
  PLAIN_TEXT_TITLE,
  plainTextSteps,
  type PlainTextFacts,
} from '../../src-preload/shared/guided/plain-text-steps.ts';
import type { FixKind, GuidedPorts } from './guided-ports.ts';
import { notAppliedText } from './change-outcome-text.ts';

/** More than this in one fix is a job for a scoped OU at a time (and for one journal submit). */
const MAX_OBJECTS = 5000;

export async function startPlainText(ports: GuidedPorts, input: { baseDn: string }): Promise<PlainTextFacts> {
  const findings = await ports.plainTextFindings(input.baseDn);
  if (findings.length === 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `No mail user under ${input.baseDn} receives meeting invites as plain text: every one is set to Never already.`,
    );
  if (findings.length > MAX_OBJECTS)
    throw new AppError(
      'VALIDATION_FAILED',
      `${findings.length} mail users need it: start the fix on one OU at a time (at most ${MAX_OBJECTS}).`,
    );
  return {
    baseDn: input.baseDn,
    objects: findings.map((f) => ({ objectGuid: f.objectGuid, dn: f.dn, identity: f.identity ?? f.dn })),
  };
}

/** The fix's own mail users that still are not Never, as the scan finds them now. */
async function stillPlain(ports: GuidedPorts, facts: PlainTextFacts) {
  const mine = new Set(facts.objects.map((o) => o.objectGuid));
  return (await ports.plainTextFindings(facts.baseDn)).filter((f) => mine.has(f.objectGuid));
}

export const plainTextFix: FixKind<PlainTextFacts> = {
  title: PLAIN_TEXT_TITLE,
  subject: (f) =>
    `${f.objects.length === 1 ? '1 mail user' : `${f.objects.length.toLocaleString('en-US')} mail users`} under ${f.baseDn}`,
  steps: plainTextSteps,
  async act(step, facts, ports) {
    if (step !== 'stamp')
      throw new AppError(
        'VALIDATION_FAILED',
        'This step is done in Exchange Online: run its commands, then confirm.',
      );
    // From what the scan reads now: the compare-and-swap base is current, and a user set
    // meanwhile is not written again.
    const changes = fixChanges(await stillPlain(ports, facts));
    if (changes.length === 0) return;
    const sent = await ports.submit(changes);
    const failed = sent
      .map(notAppliedText)
      .filter((t): t is string => t !== null && !t.includes('is queued'));
    if (failed.length > 0)
      throw new AppError(
        'VALIDATION_FAILED',
        `${failed.length} of ${sent.length} did not apply. ${failed[0]}`,
      );
  },
  async check(step, facts, ports) {
    if (step === 'stamp') {
      const left = await stillPlain(ports, facts);
      return left.length === 0
        ? { ok: true, text: `All ${facts.objects.length} are set to Never in AD.` }
        : {
            ok: false,
            text: `${left.length} of ${facts.objects.length} are not Never yet (${left
              .slice(0, 3)
              .map((f) => f.identity ?? f.dn)
              .join(', ')}${left.length > 3 ? '…' : ''}). Set them, or see the Changes panel for conflicts.`,
          };
    }
    if (step === 'cloud')
      return {
        ok: true,
        text: 'Confirmed by you. Microsoft Graph does not expose UseMapiRichTextFormat, so it was not read back.',
      };
    throw new AppError('INVALID_INPUT', `Unknown step ${step}.`);
  },
};
