/**
 * Guided fixes: the known sync problems that take several steps, some done here and some on the
 * Entra Connect server or in Exchange Online. A fix is plain data saved in the local store after
 * every step, so it survives a restart and is resumed where it stood; each step is checked against
 * what the directory or Microsoft 365 holds before the next one is offered.
 */

export type GuidedFixKind = 'missing-alias' | 'plain-text-invites' | 'cloud-takeover';
export type GuidedFixStatus = 'open' | 'done' | 'cancelled';

/** What a step's check found, in words; `ok` moves the fix on to the next step. */
export interface StepCheck {
  ok: boolean;
  text: string;
  /** ISO time of the check. */
  at: string;
}

/** One step as the wizard shows it. */
export interface GuidedStepDefinition {
  key: string;
  title: string;
  /** Why the step is needed and what it does, for an admin who has not done this before. */
  explain: string;
  /** What to copy and run elsewhere (the Entra Connect server, Exchange Online); null if nothing. */
  command: string | null;
  /** The button with which RecipientDesk does the step itself; null for a step done elsewhere. */
  action: string | null;
  /** The button that checks the step's result. */
  checkLabel: string;
}

export interface GuidedStepView extends GuidedStepDefinition {
  status: 'done' | 'current' | 'todo';
  lastCheck: StepCheck | null;
}

export interface GuidedFixView {
  id: number;
  kind: GuidedFixKind;
  title: string;
  /** What the fix is for, in a line ("Ada Lovelace (ada@contoso.com)", "12 mail users"). */
  subject: string;
  status: GuidedFixStatus;
  /** Index of the current step; equals steps.length once every step passed. */
  step: number;
  steps: GuidedStepView[];
  createdAt: string;
  updatedAt: string;
}

/** Per profile: where the sync does not reach, and which server runs Entra Connect. */
export interface GuidedSettings {
  /** An OU outside the Entra Connect scope (moving a user there makes the sync delete its cloud twin). */
  outOfScopeDn: string | null;
  /** The Entra Connect server, for "Sync now" through PowerShell remoting (Windows only). */
  syncServer: string | null;
}

/** The saved state of a fix: what it was started with, where it stands, each step's last check. */
export interface GuidedFixRecord<F = unknown> {
  id: number;
  kind: GuidedFixKind;
  status: GuidedFixStatus;
  step: number;
  facts: F;
  checks: (StepCheck | null)[];
  createdAt: string;
  updatedAt: string;
}

/**
 * The fix after a check of its current step: a passed check moves it on (and past the last step,
 * marks it done); a failed one keeps it where it is with the reason. A check of any other step is
 * refused by the caller, never recorded here.
 */
export function afterCheck<F>(
  fix: GuidedFixRecord<F>,
  stepCount: number,
  check: StepCheck,
): GuidedFixRecord<F> {
  const checks = [...fix.checks];
  while (checks.length < stepCount) checks.push(null);
  checks[fix.step] = check;
  const step = check.ok ? fix.step + 1 : fix.step;
  return {
    ...fix,
    checks,
    step,
    status: step >= stepCount ? 'done' : fix.status,
    updatedAt: check.at,
  };
}

/** The wizard's view of a saved fix, from its kind's step definitions. */
export function viewOfFix<F>(
  fix: GuidedFixRecord<F>,
  meta: { title: string; subject: string; steps: GuidedStepDefinition[] },
): GuidedFixView {
  return {
    id: fix.id,
    kind: fix.kind,
    title: meta.title,
    subject: meta.subject,
    status: fix.status,
    step: fix.step,
    createdAt: fix.createdAt,
    updatedAt: fix.updatedAt,
    steps: meta.steps.map((s, i) => ({
      ...s,
      status: i < fix.step ? 'done' : i === fix.step && fix.status === 'open' ? 'current' : 'todo',
      lastCheck: fix.checks[i] ?? null,
    })),
  };
}
