/**
 * What every cloud action's preview carries: its checks (ok, warning, blocked) in words, and the
 * Microsoft Graph PowerShell that would do the same. Pure, so the renderer shows the preview main
 * computed and main re-runs the same checks before it writes.
 */

export type CheckLevel = 'ok' | 'warning' | 'blocked';

export interface ActionCheck {
  level: CheckLevel;
  text: string;
}

export function ok(text: string): ActionCheck {
  return { level: 'ok', text };
}
export function warning(text: string): ActionCheck {
  return { level: 'warning', text };
}
export function blocked(text: string): ActionCheck {
  return { level: 'blocked', text };
}

export function blockers(checks: readonly ActionCheck[]): ActionCheck[] {
  return checks.filter((c) => c.level === 'blocked');
}

/** One sentence for a refusal: every blocking check, in order. */
export function refusalText(action: string, checks: readonly ActionCheck[]): string {
  return `${action} refused: ${blockers(checks)
    .map((c) => c.text)
    .join(' ')}`;
}

/** A PowerShell single-quoted string literal (a quote inside is doubled; nothing else expands). */
export function psString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The refusal the service gives for a cloud write to an object synced from AD (its own words). */
export const SYNCED_OBJECT_REFUSAL =
  'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.';

export const GRAPH_BASE = 'https://graph.microsoft.com/v1.0';
