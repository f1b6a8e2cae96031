/**
 * Sync readiness: the IdFix rule set and Entra Connect's export errors as pure functions over
 * scanned entries. Here (not in main) because the results grid applies the same fixes and the
 * offline scan runs the same rules over the cache.
 */
export type { DuplicateHolder, Finding, IdFixKind, SuggestedFix } from './finding.ts';
export { READINESS_ATTRIBUTES, READINESS_FILTER, type ScanEntry } from './scan-entry.ts';
export { skipReason } from './skip-rules.ts';
export { objectFindings, type ObjectRuleOptions } from './object-findings.ts';
export { duplicateFindings } from './duplicate-findings.ts';
export { checkReadiness, type ReadinessResult } from './check-readiness.ts';
export { findingsCsv } from './idfix-csv.ts';
export { fixChanges, fixedValues } from './fix-edit.ts';
