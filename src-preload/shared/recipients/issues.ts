/**
 * A finding about a value the admin typed or that was read from AD. Errors block Apply (the DC or
 * the sync would refuse the value); warnings are shown but never block, because existing data in
 * a live directory is often imperfect and the admin must still be able to edit something else.
 * Plain data only: these objects cross IPC.
 */
export interface ValidationIssue {
  /** Stable machine-readable code, e.g. `missing-at`; the UI and tests match on it. */
  code: string;
  severity: 'error' | 'warning';
  /** The AD attribute (or form field) the issue belongs to. */
  field: string;
  /** Written for an AD admin: what is wrong and, where useful, what will happen. */
  message: string;
  /** The offending value, when there is one, so a list can point at the right row. */
  value?: string;
}

export interface ValidationReport {
  issues: ValidationIssue[];
  /** True when no issue has severity `error`. */
  canApply: boolean;
}

export function issue(
  severity: ValidationIssue['severity'],
  code: string,
  field: string,
  message: string,
  value?: string,
): ValidationIssue {
  return value === undefined ? { code, severity, field, message } : { code, severity, field, message, value };
}

export function report(issues: ValidationIssue[]): ValidationReport {
  return { issues, canApply: !issues.some((i) => i.severity === 'error') };
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
