/**
 * The signed-in tenant's domains as the directory-side checks use them: the UPN suffix rule
 * (unverified suffix), readiness, and the routing domain of new remote mailboxes. Undefined while
 * nobody is signed in to Microsoft 365: those checks then stay as they are without the cloud.
 */
export type TenantDomains = () =>
  | {
      verified: readonly string[];
      initial: string | null;
      /** The tenant's default domain (new cloud addresses are made in it). */
      default: string | null;
    }
  | undefined;

export const NO_TENANT: TenantDomains = () => undefined;

/** The UPN check's option for the tenant's verified domains, present only when they are known. */
export function verifiedOption(tenant: TenantDomains): { verifiedDomains?: readonly string[] } {
  const verified = tenant()?.verified;
  return verified ? { verifiedDomains: verified } : {};
}
