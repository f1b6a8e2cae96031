import type { Change, ChangeOutcome } from './change.ts';
import { classifyFailure } from './classify-failure.ts';
import { setStatus, type JournalContext } from './journal-context.ts';
import { computeChangeModifications } from './modifications.ts';
import type { PasswordSecrets } from './password-secrets.ts';
import { guidDn, type DirectoryWriter } from './ports.ts';
import { recordApplied, type ReadBefore } from './record-applied.ts';

/**
 * Sends a password change: the password held in memory and the change's options in one modify.
 * A change whose password is gone (the app restarted since it was made) is not sent: it says the
 * password must be entered again. Once the domain has answered, the password is forgotten, whether
 * it took it or refused it; a lost connection keeps it for the retry.
 */
export async function applyPassword(
  ctx: JournalContext,
  change: Change,
  writer: DirectoryWriter,
  secrets: PasswordSecrets,
): Promise<Change> {
  const password = secrets.get(change.id);
  if (password === undefined) return setStatus(ctx, change, 'rejected', passwordNeeded(ctx.now()));
  const target = guidDn(change.objectGuid);
  let before: ReadBefore = { values: {} };
  try {
    // The options replace blindly: the audit keeps what they replaced.
    if (change.edits.length > 0)
      before = {
        values: await writer.readAttributes(
          target,
          change.edits.map((edit) => edit.attr),
        ),
      };
    await writer.resetPassword(target, password, computeChangeModifications(change.edits));
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.kind === 'retryable') {
      return setStatus(ctx, change, 'retryable', {
        kind: 'retryable',
        at: ctx.now(),
        code: failure.code,
        message: failure.message,
      });
    }
    secrets.forget(change.id);
    return setStatus(ctx, change, 'rejected', {
      kind: 'rejected',
      at: ctx.now(),
      code: failure.code,
      ...(failure.resultCode === undefined ? {} : { resultCode: failure.resultCode }),
      message: failure.message,
    });
  }
  secrets.forget(change.id);
  return recordApplied(ctx, change, before, false);
}

export function passwordNeeded(at: string): ChangeOutcome {
  return {
    kind: 'rejected',
    at,
    code: 'PASSWORD_NEEDED',
    message:
      'Not sent: RecipientDesk does not keep passwords, and this one was lost when the app closed. Enter the password again to send it, or discard the change.',
  };
}
