import { AppError } from '../../contract/errors.ts';
import { cloudDomainKind, PROXY_VALUE_MAX_LENGTH, validateSmtpAddress } from './address-validation.ts';
import { issue, type ValidationIssue } from './issues.ts';
import { validateMailNickname } from './mail-nickname.ts';
import { parseProxyAddress, type ProxyType } from './proxy-addresses.ts';

/**
 * targetAddress is where Exchange forwards mail for an object whose mailbox is elsewhere: the
 * remote routing address `SMTP:alias@tenant.mail.onmicrosoft.com` for remote mailboxes, the
 * external address for mail users and contacts. It carries a proxy-style prefix, always `SMTP:`
 * as Exchange writes it.
 */

// IdFix flags targetAddress over 255 even though the schema allows 1123; the cloud side follows
// the shorter limit, so beyond it is a warning rather than an error.
const TARGET_ADDRESS_SYNC_LIMIT = 255;
const TENANT_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Accepts `contoso`, `contoso.onmicrosoft.com` or `contoso.mail.onmicrosoft.com` and returns `contoso`,
 * so the wizard can take whatever the admin pastes from the Microsoft 365 admin center.
 */
export function tenantName(tenant: string): string {
  const name = tenant
    .trim()
    .toLowerCase()
    .replace(/(\.mail)?\.onmicrosoft\.com$/, '');
  if (!TENANT_NAME.test(name)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `"${tenant}" is not a tenant name. Give the part before .onmicrosoft.com of the tenant's initial domain, e.g. contoso.`,
      { tenant },
    );
  }
  return name;
}

/** The address part: `alias@tenant.mail.onmicrosoft.com`. */
export function remoteRoutingAddress(alias: string, tenant: string): string {
  const aliasIssues = validateMailNickname(alias);
  if (aliasIssues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Cannot build the remote routing address: ${aliasIssues[0]?.message}`,
      { alias },
    );
  }
  return `${alias}@${tenantName(tenant)}.mail.onmicrosoft.com`;
}

/** The targetAddress value of a remote mailbox: `SMTP:alias@tenant.mail.onmicrosoft.com`. */
export function remoteTargetAddress(alias: string, tenant: string): string {
  return `SMTP:${remoteRoutingAddress(alias, tenant)}`;
}

/** targetAddress value for a mail user or contact, from the external address with or without prefix. */
export function externalTargetAddress(address: string): string {
  const bare = address.trim().replace(/^smtp:/i, '');
  return `SMTP:${bare}`;
}

export interface ParsedTargetAddress {
  prefix: string;
  type: ProxyType;
  address: string;
  /** True when the address is in a `tenant.mail.onmicrosoft.com` routing domain. */
  remoteRouting: boolean;
  /** The tenant name of a routing address, e.g. `contoso`. */
  tenant?: string;
}

export function parseTargetAddress(value: string): ParsedTargetAddress {
  const p = parseProxyAddress(value.trim());
  // Some scripts write targetAddress without a prefix; Exchange reads that as SMTP.
  const address = p.type === 'invalid' ? value.trim() : p.address;
  const type: ProxyType = p.type === 'invalid' && address.includes('@') ? 'smtp' : p.type;
  const routing = type === 'smtp' && cloudDomainKind(address) === 'routing';
  const parsed: ParsedTargetAddress = { prefix: p.prefix, type, address, remoteRouting: routing };
  if (routing) {
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    parsed.tenant = domain.slice(0, -'.mail.onmicrosoft.com'.length);
  }
  return parsed;
}

export interface TargetAddressCheck {
  /** `remote` for remote mailboxes (must route to the tenant), `external` for mail users and contacts. */
  expect?: 'remote' | 'external';
  /** Tenant name; when given, a remote routing address must use it. */
  tenant?: string;
}

export function validateTargetAddress(value: string, check: TargetAddressCheck = {}): ValidationIssue[] {
  const field = 'targetAddress';
  if (value.trim() === '') return [issue('error', 'empty', field, 'The target address is empty.')];
  const parsed = parseTargetAddress(value);
  const issues: ValidationIssue[] = [];
  if (value.length > PROXY_VALUE_MAX_LENGTH)
    issues.push(
      issue(
        'error',
        'too-long',
        field,
        `The target address has ${value.length} characters; Active Directory accepts at most ${PROXY_VALUE_MAX_LENGTH}.`,
        value,
      ),
    );
  else if (value.length > TARGET_ADDRESS_SYNC_LIMIT)
    issues.push(
      issue(
        'warning',
        'long-for-sync',
        field,
        `The target address has ${value.length} characters; the sync checks limit it to ${TARGET_ADDRESS_SYNC_LIMIT}.`,
        value,
      ),
    );
  if (parsed.type !== 'smtp')
    return [
      ...issues,
      issue(
        'warning',
        'not-smtp',
        field,
        `The target address is of type "${parsed.prefix}", not SMTP; Exchange Online cannot route to it.`,
        value,
      ),
    ];
  if (parsed.prefix === '')
    issues.push(
      issue(
        'warning',
        'missing-prefix',
        field,
        'The target address has no "SMTP:" prefix; Exchange writes one, and some tools need it.',
        value,
      ),
    );
  issues.push(...validateSmtpAddress(parsed.address, { field, maxLength: PROXY_VALUE_MAX_LENGTH }));
  if (check.expect === 'remote' && !parsed.remoteRouting) {
    issues.push(
      issue(
        'warning',
        'not-remote-routing',
        field,
        `A remote mailbox should point at alias@<tenant>.mail.onmicrosoft.com; with ${parsed.address}, mail sent on-premises will not reach the cloud mailbox.`,
        value,
      ),
    );
  }
  if (
    check.expect === 'remote' &&
    parsed.remoteRouting &&
    check.tenant !== undefined &&
    parsed.tenant !== tenantName(check.tenant)
  ) {
    issues.push(
      issue(
        'warning',
        'other-tenant',
        field,
        `The routing address belongs to tenant "${parsed.tenant}", not "${tenantName(check.tenant)}".`,
        value,
      ),
    );
  }
  if (check.expect === 'external' && parsed.remoteRouting) {
    issues.push(
      issue(
        'warning',
        'routes-to-tenant',
        field,
        'This mail user or contact forwards to the tenant routing domain; that is the stamp of a remote mailbox. Is the recipient kind right?',
        value,
      ),
    );
  }
  return issues;
}
