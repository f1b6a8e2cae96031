import { cloudDomainKind, validateSmtpAddress } from './address-validation.ts';
import { issue, report, type ValidationIssue, type ValidationReport } from './issues.ts';
import { validateMailNickname } from './mail-nickname.ts';
import { validateProxyAddressValue } from './proxy-address-validation.ts';
import { findDuplicateProxyValues, parseProxyAddress } from './proxy-addresses.ts';
import { validateUpn, type UpnCheckOptions } from './upn.ts';

export const DISPLAY_NAME_MAX_LENGTH = 256; // schema rangeUpper; Entra ID has the same limit

/** The fields of the Exchange "General" and "Email addresses" pages, as they would be written. */
export interface GeneralEdit {
  mail?: string;
  proxyAddresses: readonly string[];
  mailNickname?: string;
  displayName?: string;
  /** Users only. */
  userPrincipalName?: string;
}

/**
 * Validates a whole General edit the way Exchange's cmdlets would, plus what Entra Connect would
 * refuse or silently change. Errors are what AD or the sync rejects; warnings are what Exchange
 * would have done differently but still works.
 */
export function validateGeneralEdit(edit: GeneralEdit, upnOptions: UpnCheckOptions = {}): ValidationReport {
  const issues: ValidationIssue[] = [];
  const mail = edit.mail ?? '';
  const alias = edit.mailNickname ?? '';
  const mailEnabled = mail !== '' || alias !== '' || edit.proxyAddresses.length > 0;

  if (mail !== '') issues.push(...validateSmtpAddress(mail));
  for (const value of edit.proxyAddresses) issues.push(...validateProxyAddressValue(value));
  issues.push(...checkDuplicates(edit.proxyAddresses));
  issues.push(...checkPrimary(edit.proxyAddresses, mail));
  issues.push(...checkCloudDomains(mail, edit.proxyAddresses));

  if (alias !== '') issues.push(...validateMailNickname(alias));
  else if (mailEnabled) {
    issues.push(
      issue(
        'warning',
        'missing-alias',
        'mailNickname',
        'The object has addresses but no alias (mailNickname): Entra Connect ignores all its Exchange attributes until an alias is set.',
      ),
    );
  }
  issues.push(...checkDisplayName(edit.displayName, mailEnabled));
  if (edit.userPrincipalName !== undefined) issues.push(...validateUpn(edit.userPrincipalName, upnOptions));
  return report(issues);
}

function checkDuplicates(list: readonly string[]): ValidationIssue[] {
  return findDuplicateProxyValues(list).map((group) =>
    issue(
      'error',
      'duplicate-proxy',
      'proxyAddresses',
      `${group.map((v) => `"${v}"`).join(' and ')} are the same address to Active Directory, which ignores case; keep only one.`,
      group[0],
    ),
  );
}

function checkPrimary(list: readonly string[], mail: string): ValidationIssue[] {
  const smtp = list.map(parseProxyAddress).filter((p) => p.type === 'smtp');
  const primaries = smtp.filter((p) => p.primary);
  const issues: ValidationIssue[] = [];
  if (primaries.length > 1) {
    issues.push(
      issue(
        'error',
        'multiple-primaries',
        'proxyAddresses',
        `${primaries.length} addresses are marked primary (SMTP:): ${primaries.map((p) => p.address).join(', ')}. Exactly one may be; make the others smtp:.`,
      ),
    );
  }
  if (primaries.length === 0 && smtp.length > 0) {
    issues.push(
      issue(
        'error',
        'no-primary',
        'proxyAddresses',
        'None of the SMTP addresses is marked primary (SMTP: in capitals); Microsoft 365 would pick one at random as the reply address.',
      ),
    );
  }
  if (smtp.length === 0 && mail !== '') {
    // Entra Connect falls back to mail for users, but contacts need an SMTP: proxy to sync as mail contacts.
    issues.push(
      issue(
        'warning',
        'no-proxy-addresses',
        'proxyAddresses',
        `There is no SMTP address in the list; Exchange would add SMTP:${mail}. Contacts are not synced as mail contacts without one.`,
      ),
    );
  }
  const primary = primaries[0]?.address;
  if (mail === '' && primary !== undefined) {
    issues.push(
      issue(
        'warning',
        'missing-mail',
        'mail',
        `The E-mail field (mail) is empty; Exchange sets it to the primary address ${primary}. Entra ID's mail property will stay empty.`,
      ),
    );
  }
  if (mail !== '' && primary !== undefined && mail.toLowerCase() !== primary.toLowerCase()) {
    // Exchange keeps mail (WindowsEmailAddress) equal to the primary SMTP; AD and the sync accept a
    // mismatch, but the cloud then shows one address as "email" and replies from the other.
    const inList = smtp.some((p) => p.address.toLowerCase() === mail.toLowerCase());
    issues.push(
      issue(
        'warning',
        'mail-differs-from-primary',
        'mail',
        inList
          ? `The E-mail field (${mail}) is a secondary address; Exchange would make it the primary or set it to ${primary}.`
          : `The E-mail field (${mail}) is not in the address list and differs from the primary ${primary}; Exchange keeps them equal.`,
        mail,
      ),
    );
  }
  return issues;
}

function checkCloudDomains(mail: string, list: readonly string[]): ValidationIssue[] {
  const addresses = [...(mail === '' ? [] : [{ field: 'mail', value: mail, address: mail }])];
  for (const value of list) {
    const p = parseProxyAddress(value);
    if (p.type === 'smtp') addresses.push({ field: 'proxyAddresses', value, address: p.address });
  }
  return addresses
    .filter(
      (a) => cloudDomainKind(a.address) === 'initial' || cloudDomainKind(a.address) === 'microsoftonline',
    )
    .map((a) =>
      issue(
        'warning',
        'reserved-cloud-domain',
        a.field,
        `${a.address} is in a Microsoft-reserved domain: Entra Connect discards on-premises addresses ending in onmicrosoft.com or microsoftonline.com, so it will not reach the cloud. Microsoft 365 adds alias@<tenant>.onmicrosoft.com by itself; if it is missing, it has to be added in the cloud while the user is out of sync scope.`,
        a.value,
      ),
    );
}

function checkDisplayName(displayName: string | undefined, mailEnabled: boolean): ValidationIssue[] {
  const name = displayName ?? '';
  const field = 'displayName';
  if (name.trim() === '') {
    return mailEnabled
      ? [
          issue(
            'warning',
            'empty',
            field,
            'The display name is empty: the address book and the cloud will show the alias instead. Distribution groups need one.',
          ),
        ]
      : [];
  }
  const issues: ValidationIssue[] = [];
  if (name.length > DISPLAY_NAME_MAX_LENGTH)
    issues.push(
      issue(
        'error',
        'too-long',
        field,
        `The display name has ${name.length} characters; at most ${DISPLAY_NAME_MAX_LENGTH} are allowed.`,
        name,
      ),
    );
  if (name !== name.trim())
    issues.push(
      issue(
        'warning',
        'surrounding-space',
        field,
        'The display name starts or ends with a space, which sorts it oddly in the address book.',
        name,
      ),
    );
  return issues;
}
