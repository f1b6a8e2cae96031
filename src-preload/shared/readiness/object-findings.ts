import { validateGeneralEdit } from '../recipients/general-edit-validation.ts';
import { validateSmtpAddress } from '../recipients/address-validation.ts';
import { suggestMailNickname } from '../recipients/mail-nickname.ts';
import { parseProxyAddress, smtpProxy } from '../recipients/proxy-addresses.ts';
import { baseClassOf, classifyRecipient } from '../recipients/recipient-kind.ts';
import type { ValidationIssue } from '../recipients/issues.ts';
import { THUMBNAIL_PHOTO_MAX_BYTES } from '../recipients/photo-rules.ts';
import {
  cloudMapiRichTextCommand,
  mapiRichTextFormatFromAd,
  mapiRichTextFormatToAd,
} from '../recipients/mapi-recipient.ts';
import type { Finding, SuggestedFix } from './finding.ts';
import { idFixKind } from './idfix-kind.ts';
import { firstValue, valuesOf, type ScanEntry } from './scan-entry.ts';

export interface ObjectRuleOptions {
  /** The tenant's verified domains, when known: a UPN suffix outside them is reported. */
  verifiedDomains?: readonly string[];
  /**
   * Seed scenario 6, asked for explicitly (it is a setting, not a sync error): mail users whose
   * meeting invites arrive as plain text because UseMapiRichTextFormat is not Never.
   */
  plainTextInvites?: boolean;
}

// Entra Connect's size limits (sync-rules.md, LargeObject / ExceededAllowedLength).
export const PROXY_ADDRESSES_SAFE_MAX = 300;
export const USER_CERTIFICATE_MAX = 15;
const SAM_MAX_USER = 20;
const GIVEN_NAME_MAX = 63;
const SAM_FORBIDDEN = /["\\/|,[\]:<>+=;?*]/;

/**
 * Every per-object finding: the same rules the property sheet checks as the admin types
 * (validateGeneralEdit), applied to what is stored, plus the sync's own limits. Duplicates across
 * objects are found separately (duplicate-findings.ts), since they need the whole scan.
 */
export function objectFindings(entry: ScanEntry, options: ObjectRuleOptions = {}): Finding[] {
  const base = baseClassOf(entry.objectClass);
  const proxies = valuesOf(entry, 'proxyAddresses');
  const mail = firstValue(entry, 'mail');
  const upn = firstValue(entry, 'userPrincipalName');
  const edit = {
    mail,
    proxyAddresses: proxies,
    mailNickname: firstValue(entry, 'mailNickname'),
    displayName: valuesOf(entry, 'displayName').length > 0 ? firstValue(entry, 'displayName') : undefined,
    ...(base === 'user' && upn !== '' ? { userPrincipalName: upn } : {}),
  };
  const upnOptions = options.verifiedDomains ? { verifiedDomains: options.verifiedDomains } : {};
  const issues = validateGeneralEdit(edit, upnOptions).issues;
  const findings = issues.flatMap((i) => toFindings(entry, base, i));

  const target = firstValue(entry, 'targetAddress');
  if (target !== '') {
    const parsed = parseProxyAddress(target);
    const address = parsed.type === 'smtp' ? parsed.address : target;
    for (const i of validateSmtpAddress(address, { field: 'targetAddress', maxLength: 255 }))
      findings.push(finding(entry, base, { ...i, value: target }));
  }
  findings.push(
    ...accountFindings(entry, base),
    ...sizeFindings(entry, base, proxies),
    ...recipientTypeFindings(entry, base),
    ...(options.plainTextInvites ? plainTextInviteFindings(entry, base) : []),
  );
  if (base === 'contact' && (mail !== '' || proxies.length > 0) && !proxies.some((p) => /^SMTP:/.test(p)))
    findings.push(
      finding(entry, base, {
        code: 'contact-without-primary',
        severity: 'error',
        field: 'proxyAddresses',
        message:
          'The contact has no SMTP: (primary) address: Entra Connect syncs it as a contact without mail, so it cannot receive messages in Microsoft 365.',
      }),
    );
  return findings;
}

function finding(entry: ScanEntry, base: string, i: ValidationIssue, fix?: SuggestedFix): Finding {
  return {
    rule: i.code,
    kind: idFixKind(i.code),
    severity: i.severity,
    dn: entry.dn,
    objectGuid: entry.objectGuid,
    objectClass: entry.objectClass,
    objectKind: base,
    attribute: i.field,
    current: valuesOf(entry, i.field),
    ...(i.value !== undefined ? { value: i.value } : {}),
    problem: i.message,
    ...(fix ? { fix } : {}),
  };
}

/** One issue as findings with their fixes; list-wide issues become one finding per value to change. */
function toFindings(entry: ScanEntry, base: string, found: ValidationIssue): Finding[] {
  const proxies = valuesOf(entry, 'proxyAddresses');
  // The address checks report the address without its prefix; the finding names the stored value.
  const raw =
    found.field === 'proxyAddresses' && found.value !== undefined && !proxies.includes(found.value)
      ? proxies.find((v) => parseProxyAddress(v).address === found.value)
      : undefined;
  const i = raw === undefined ? found : { ...found, value: raw };
  const mail = firstValue(entry, 'mail');
  const smtp = proxies.map((raw) => ({ raw, p: parseProxyAddress(raw) })).filter((x) => x.p.type === 'smtp');
  const primary = smtp.find((x) => x.p.primary)?.p.address;
  switch (`${i.field}/${i.code}`) {
    case 'proxyAddresses/multiple-primaries': {
      // Keep as primary the one mail names (what the cloud shows as the address), else the first.
      const primaries = smtp.filter((x) => x.p.primary);
      const keep = primaries.find((x) => x.p.address.toLowerCase() === mail.toLowerCase()) ?? primaries[0];
      return primaries
        .filter((x) => x !== keep)
        .map((x) =>
          finding(
            entry,
            base,
            { ...i, value: x.raw },
            { action: 'replace', value: smtpProxy(x.p.address, false) },
          ),
        );
    }
    case 'proxyAddresses/no-primary': {
      const pick = smtp.find((x) => x.p.address.toLowerCase() === mail.toLowerCase()) ?? smtp[0];
      return pick
        ? [
            finding(
              entry,
              base,
              { ...i, value: pick.raw },
              { action: 'replace', value: smtpProxy(pick.p.address, true) },
            ),
          ]
        : [finding(entry, base, i)];
    }
    case 'proxyAddresses/duplicate-proxy':
      return [finding(entry, base, i, { action: 'remove' })];
    case 'mail/mail-differs-from-primary':
    case 'mail/missing-mail':
      return [
        finding(
          entry,
          base,
          { ...i, value: mail },
          primary ? { action: 'replace', value: primary } : undefined,
        ),
      ];
    case 'mailNickname/missing-alias': {
      const alias = suggestMailNickname(primary ?? mail);
      return [finding(entry, base, i, alias ? { action: 'replace', value: alias } : undefined)];
    }
    case 'displayName/surrounding-space':
      return [finding(entry, base, i, { action: 'replace', value: (i.value ?? '').trim() })];
    case 'displayName/empty': {
      const cn = firstValue(entry, 'cn');
      return [finding(entry, base, i, cn ? { action: 'replace', value: cn } : undefined)];
    }
  }
  if (i.field === 'mailNickname' && i.value !== undefined) {
    const alias = suggestMailNickname(i.value.replace(/\s+/g, '.'));
    return [
      finding(entry, base, i, alias && alias !== i.value ? { action: 'replace', value: alias } : undefined),
    ];
  }
  // A proxy address the sync refuses or discards is removed; the admin adds a corrected one if wanted.
  if (i.field === 'proxyAddresses' && i.value !== undefined && i.severity === 'error')
    return [finding(entry, base, i, { action: 'remove' })];
  if (i.field === 'proxyAddresses' && i.code === 'reserved-cloud-domain')
    return [finding(entry, base, i, { action: 'remove' })];
  return [finding(entry, base, i)];
}

function accountFindings(entry: ScanEntry, base: string): Finding[] {
  const found: Finding[] = [];
  const sam = firstValue(entry, 'sAMAccountName');
  if (base === 'user' && sam.length > SAM_MAX_USER)
    found.push(
      finding(entry, base, {
        code: 'too-long',
        severity: 'error',
        field: 'sAMAccountName',
        message: `The pre-Windows 2000 logon name has ${sam.length} characters; at most ${SAM_MAX_USER} are allowed for users.`,
        value: sam,
      }),
    );
  if (SAM_FORBIDDEN.test(sam))
    found.push(
      finding(entry, base, {
        code: 'sam-character',
        severity: 'error',
        field: 'sAMAccountName',
        message:
          'The pre-Windows 2000 logon name contains a character Windows does not allow: " \\ / | , [ ] : < > + = ; ? *',
        value: sam,
      }),
    );
  const given = firstValue(entry, 'givenName');
  if (given.length > GIVEN_NAME_MAX)
    found.push(
      finding(entry, base, {
        code: 'too-long',
        severity: 'error',
        field: 'givenName',
        message: `The first name has ${given.length} characters; Entra ID accepts at most ${GIVEN_NAME_MAX}.`,
        value: given,
      }),
    );
  return found;
}

function sizeFindings(entry: ScanEntry, base: string, proxies: readonly string[]): Finding[] {
  const found: Finding[] = [];
  const large = (field: string, message: string) =>
    found.push(finding(entry, base, { code: 'too-large', severity: 'error', field, message }));
  if (proxies.length >= PROXY_ADDRESSES_SAFE_MAX)
    large(
      'proxyAddresses',
      `${proxies.length} addresses: near the size at which Entra Connect stops exporting the object (LargeObject). Remove addresses no longer used.`,
    );
  const certs = entry.sizes?.userCertificate ?? 0;
  if (certs > USER_CERTIFICATE_MAX)
    large(
      'userCertificate',
      `${certs} certificates: Entra Connect exports at most ${USER_CERTIFICATE_MAX} (LargeObject). Remove expired ones.`,
    );
  const photo = entry.sizes?.thumbnailPhoto ?? 0;
  if (photo > THUMBNAIL_PHOTO_MAX_BYTES)
    large(
      'thumbnailPhoto',
      `The photo has ${Math.round(photo / 1024)} KB; Entra Connect exports at most ${THUMBNAIL_PHOTO_MAX_BYTES / 1024} KB.`,
    );
  return found;
}

// Entra Connect's out-of-box rules drop users whose msExchRecipientTypeDetails has any of these
// bits (recipients.md: typeDetails AND 0x21C07000), and linked mailboxes (2) get no source anchor.
const DROPPED_TYPE_BITS = 0x21c07000n;
const LINKED_MAILBOX = 2n;

/** Stamps the sync drops or that do not add up to a known kind (the classifier's own anomalies). */
function recipientTypeFindings(entry: ScanEntry, base: string): Finding[] {
  const attr = (name: string) => valuesOf(entry, name);
  const classification = classifyRecipient({
    objectClass: entry.objectClass,
    msExchRecipientTypeDetails: attr('msExchRecipientTypeDetails'),
    msExchRemoteRecipientType: attr('msExchRemoteRecipientType'),
    msExchRecipientDisplayType: attr('msExchRecipientDisplayType'),
    groupType: attr('groupType'),
    mail: attr('mail'),
    mailNickname: attr('mailNickname'),
    targetAddress: attr('targetAddress'),
  });
  const found = classification.anomalies.map((i) => finding(entry, base, i));
  const text = firstValue(entry, 'msExchRecipientTypeDetails');
  let details: bigint | undefined;
  try {
    details = text === '' ? undefined : BigInt(text);
  } catch {
    details = undefined;
  }
  if (
    base === 'user' &&
    details !== undefined &&
    ((details & DROPPED_TYPE_BITS) !== 0n || details === LINKED_MAILBOX)
  )
    found.push(
      finding(entry, base, {
        code: 'dropped-recipient-type',
        severity: 'error',
        field: 'msExchRecipientTypeDetails',
        message: `Recipient type ${text} is one Entra Connect does not export (a linked, system or arbitration kind): the user will not reach Microsoft 365. Convert it to a remote mailbox or mail user.`,
        value: text,
      }),
    );
  return found;
}

/** A mail user whose UseMapiRichTextFormat is not Never: the fix stamps Never and names the cloud command. */
function plainTextInviteFindings(entry: ScanEntry, base: string): Finding[] {
  if (base !== 'user') return [];
  const attr = (name: string) => valuesOf(entry, name);
  const { kind } = classifyRecipient({
    objectClass: entry.objectClass,
    msExchRecipientTypeDetails: attr('msExchRecipientTypeDetails'),
    msExchRemoteRecipientType: attr('msExchRemoteRecipientType'),
    msExchRecipientDisplayType: attr('msExchRecipientDisplayType'),
    mail: attr('mail'),
    mailNickname: attr('mailNickname'),
    targetAddress: attr('targetAddress'),
  });
  if (kind !== 'mailUser') return [];
  const stored = attr('mAPIRecipient');
  let setting: string;
  try {
    setting = mapiRichTextFormatFromAd(stored);
  } catch {
    setting = 'unreadable';
  }
  if (setting === 'Never') return [];
  const identity =
    firstValue(entry, 'mail') || firstValue(entry, 'userPrincipalName') || firstValue(entry, 'cn');
  const never = mapiRichTextFormatToAd('Never')[0] ?? 'FALSE';
  return [
    {
      ...finding(
        entry,
        base,
        {
          code: 'plain-text-invites',
          severity: 'warning',
          field: 'mAPIRecipient',
          message: `Meeting invites from Outlook reach this mail user as plain text with a winmail.dat (UseMapiRichTextFormat is ${setting}). The fix sets Never here; the sync does not carry it, so also run in Exchange Online: ${cloudMapiRichTextCommand(identity, 'Never')}`,
          ...(stored[0] !== undefined ? { value: stored[0] } : {}),
        },
        { action: 'replace', value: never },
      ),
      identity,
    },
  ];
}
