/**
 * Assigning and removing licences: the checks the preview shows and main re-runs (a usage location
 * is required, and can be set in the same action; a SKU with no free unit; already assigned or not
 * assigned at all), the effective request, and the Microsoft Graph PowerShell.
 */

import { blocked, ok, psString, warning, type ActionCheck } from './action-check.ts';

export interface TenantSku {
  skuId: string;
  skuPartNumber: string;
  enabled: number;
  consumed: number;
  free: number;
}

export interface LicenceChangeInput {
  cloudUserId: string;
  add: string[];
  remove: string[];
  /** Two-letter country code to set first, when the user has none (or another is wanted). */
  usageLocation?: string | null;
}

export interface LicensedUser {
  id: string;
  userPrincipalName: string;
  usageLocation: string | null;
  skuIds: string[];
}

export interface LicencePlan {
  checks: ActionCheck[];
  /** The usage location the action sets first, or null. */
  setUsageLocation: string | null;
  /** True when the only thing missing is a usage location: the sheet offers to set one. */
  needsUsageLocation: boolean;
  add: string[];
  remove: string[];
}

const COUNTRY = /^[A-Z]{2}$/;

export function planLicenceChange(
  user: LicensedUser,
  skus: readonly TenantSku[],
  input: LicenceChangeInput,
): LicencePlan {
  const checks: ActionCheck[] = [];
  const name = (id: string) => skus.find((s) => s.skuId === id)?.skuPartNumber ?? id;
  const wanted = input.usageLocation?.trim().toUpperCase() || null;
  let setUsageLocation: string | null = null;
  let needsUsageLocation = false;
  const add: string[] = [];
  const remove: string[] = [];

  for (const id of input.add.filter((x) => input.remove.includes(x)))
    checks.push(blocked(`${name(id)} is both added and removed: choose one.`));
  for (const id of input.add) {
    if (input.remove.includes(id)) continue;
    const sku = skus.find((s) => s.skuId === id);
    if (!sku) checks.push(blocked(`The tenant has no licence with the id ${id}.`));
    else if (user.skuIds.includes(id))
      checks.push(
        warning(
          `${sku.skuPartNumber} is already assigned to ${user.userPrincipalName}; it is left as it is.`,
        ),
      );
    else if (sku.free <= 0)
      checks.push(
        blocked(
          `No free ${sku.skuPartNumber} licences: all ${sku.enabled} are in use. Remove one from someone else, or buy more, first.`,
        ),
      );
    else {
      add.push(id);
      checks.push(ok(`${sku.skuPartNumber} is assigned (${sku.free} of ${sku.enabled} free now).`));
    }
  }
  for (const id of input.remove) {
    if (input.add.includes(id)) continue;
    if (!user.skuIds.includes(id))
      checks.push(
        warning(`${name(id)} is not assigned to ${user.userPrincipalName}; there is nothing to remove.`),
      );
    else {
      remove.push(id);
      checks.push(
        ok(
          `${name(id)} is removed: the services it gave stop; a mailbox it gave is kept for 30 days and comes back if a licence is assigned again.`,
        ),
      );
    }
  }

  if (wanted !== null && !COUNTRY.test(wanted))
    checks.push(
      blocked(
        `"${input.usageLocation ?? ''}" is not a two-letter country code (ISO 3166-1, such as GB or US).`,
      ),
    );
  else if (wanted !== null && wanted !== user.usageLocation) {
    setUsageLocation = wanted;
    checks.push(
      user.usageLocation
        ? warning(
            `The usage location changes from ${user.usageLocation} to ${wanted} first; the services offered follow the country.`,
          )
        : ok(`The usage location is set to ${wanted} first, then the licences change.`),
    );
  } else if (add.length > 0 && !user.usageLocation) {
    needsUsageLocation = true;
    checks.push(
      blocked(
        `Licences need a usage location, and ${user.userPrincipalName} has none: choose the country (its two-letter code, such as GB) and it is set first, in the same action.`,
      ),
    );
  }
  if (
    add.length === 0 &&
    remove.length === 0 &&
    setUsageLocation === null &&
    !checks.some((c) => c.level === 'blocked')
  )
    checks.push(blocked('Nothing to change: every licence asked for is already as wanted.'));
  return { checks, setUsageLocation, needsUsageLocation, add, remove };
}

export function licencePowerShell(
  userId: string,
  plan: Pick<LicencePlan, 'setUsageLocation' | 'add' | 'remove'>,
): string[] {
  const lines = ['Connect-MgGraph -Scopes User.ReadWrite.All'];
  if (plan.setUsageLocation)
    lines.push(`Update-MgUser -UserId ${psString(userId)} -UsageLocation ${psString(plan.setUsageLocation)}`);
  if (plan.add.length > 0 || plan.remove.length > 0) {
    const adds = plan.add.map((id) => `@{SkuId = ${psString(id)}}`).join(', ');
    const removes = plan.remove.map(psString).join(', ');
    lines.push(
      `Set-MgUserLicense -UserId ${psString(userId)} -AddLicenses @(${adds}) -RemoveLicenses @(${removes})`,
    );
  }
  return lines;
}
