import { cloudDomainKind, validateSmtpAddress } from './address-validation.ts';
import { issue, type ValidationIssue } from './issues.ts';

/**
 * Checks on an address the admin is about to add to a recipient (primary, extra or external).
 * Stricter than the sheet's checks on existing data: a new address in a Microsoft-reserved domain
 * is refused, because the sync would drop it silently and the admin would believe it works.
 */
export function newAddressIssues(address: string, field: string): ValidationIssue[] {
  const bare = address.trim().replace(/^smtp:/i, '');
  const issues = validateSmtpAddress(bare, { field });
  const domainKind = cloudDomainKind(bare);
  if (field !== 'externalAddress' && (domainKind === 'initial' || domainKind === 'microsoftonline'))
    issues.push(reservedDomainIssue(bare, field));
  return issues;
}

/** Seed 003 (recipients.md, scenario 9): why an onmicrosoft.com address cannot be added here, and what works. */
export function reservedDomainIssue(address: string, field: string): ValidationIssue {
  return issue(
    'error',
    'reserved-cloud-domain',
    field,
    `${address} cannot be added on-premises: Entra Connect discards addresses ending in onmicrosoft.com or microsoftonline.com, so it would never reach the cloud. Microsoft 365 adds alias@<tenant>.onmicrosoft.com by itself. If a synced user lacks it: move the user out of sync scope, run a delta sync, restore the soft-deleted user in the cloud, add the address there, then move the user back into scope.`,
    address,
  );
}
