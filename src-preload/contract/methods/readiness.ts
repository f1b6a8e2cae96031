import { z } from 'zod';
import { method } from '../define.ts';
import { DOMAIN_NAME_PATTERN, dnInput, loadIdInput } from '../schemas.ts';
import type { Finding } from '../../shared/readiness/finding.ts';

// Defined beside the rules that produce it; the contract only carries it.
export type { Finding };

/** Whether the Exchange attributes exist in the schema, and since when (seed scenario 7). */
export interface SchemaHealth {
  exchangeSchema: boolean;
  /** ISO time the schema got msExchRecipientTypeDetails, when it has it. */
  extendedAt: string | null;
  /** What it means for the sync, and what to run. */
  advice: string;
}

export interface ReadinessReport {
  health: SchemaHealth;
  findings: Finding[];
  /** Objects the rules ran over (in scope, not skipped). */
  checked: number;
  /** Objects left out as IdFix leaves them out (machine accounts, system objects...). */
  skipped: number;
  /** Objects under an excluded container (outside the sync scope): neither checked nor counted as duplicates. */
  outOfScope: number;
  /** Entries read from the DC for this scan: the whole scope, or for a re-scan only what changed. */
  read: number;
  /** True when only the changes since the last scan of the same scope on the same DC were read. */
  incremental: boolean;
  /** Stopped with readiness.cancel: nothing is reported (a partial read would hide duplicates). */
  cancelled: boolean;
  /** Users, groups and contacts read from Microsoft 365 for the comparison; null when not compared. */
  cloudCompared: number | null;
}

const domainName = z.string().min(1).max(253).regex(DOMAIN_NAME_PATTERN, 'a domain name');

export const readinessMethods = {
  /**
   * Checks every person and group under `baseDn` against the sync-readiness rules. Objects under
   * `excludeDns` (OUs outside the Entra Connect scope) are not checked, and their values do not
   * count as duplicates. `verifiedDomains`, when given, turns on the UPN-suffix rule.
   */
  'readiness.scan': method(
    z
      .object({
        /** The OU or domain to scan; not needed with `forest`. */
        baseDn: dnInput.optional(),
        /** The whole forest through the connected DC's global catalog (every domain's objects). */
        forest: z.boolean().optional(),
        excludeDns: z.array(dnInput).max(200).optional(),
        verifiedDomains: z.array(domainName).max(500).optional(),
        /** Read only what changed since the last scan of this scope (a full scan when there was none). */
        incremental: z.boolean().optional(),
        /** Also list mail users whose meeting invites arrive as plain text (seed scenario 6). */
        plainTextInvites: z.boolean().optional(),
        /**
         * Also compare with the signed-in tenant: the same UPN or address on a cloud object that is
         * not the AD object's twin, soft matches, the provisioning errors it reports, and Exchange
         * attributes that never reached it.
         */
        cloud: z.boolean().optional(),
        /** Chosen by the renderer: names the scan's progress events and its cancel. */
        scanId: loadIdInput.optional(),
      })
      .strict(),
  ).returns<ReadinessReport>(),
  /** Stops a running scan; it answers with `cancelled: true` at once. */
  'readiness.cancel': method(z.object({ scanId: loadIdInput }).strict()).returns<void>(),
};
