// Objects a sync-readiness checker must flag (expect 'flag') and tricky but valid objects it
// must leave alone (expect 'ok'). Their DNs go into facts.json (seed.cases) so readiness tests
// can check each one without copying this list.

import { addBrokenCases } from './broken-cases.ts';
import { createCaseBuilder, type SeedCase } from './case-builder.ts';
import type { SeedEntry } from './entries.ts';
import { addValidCases } from './valid-cases.ts';

export type { SeedCase } from './case-builder.ts';
export { UNVERIFIED_UPN_SUFFIX } from './broken-cases.ts';

export function buildCases(
  corpDn: string,
  notSyncedDn: string,
  takenSams: Set<string>,
): { entries: SeedEntry[]; cases: SeedCase[] } {
  const builder = createCaseBuilder(corpDn, takenSams);
  addBrokenCases(builder, notSyncedDn);
  addValidCases(builder);
  return { entries: builder.entries, cases: builder.cases };
}
