import { cloudDomainKind } from './address-validation.ts';
import { MAIL_NICKNAME_MAX_LENGTH, suggestMailNickname } from './mail-nickname.ts';

/**
 * The names a New Object wizard derives as the admin types, the way ADUC and Exchange derive them,
 * so the renderer can show them live and main can check the same values before it creates anything.
 */

export interface PersonName {
  givenName: string;
  initials: string;
  sn: string;
}

/** ADUC's "Full name": first, initials with a dot, last, single-spaced. */
export function fullName({ givenName, initials, sn }: PersonName): string {
  const initial = initials.trim() === '' ? '' : `${initials.trim().replace(/\.$/, '')}.`;
  return [givenName.trim(), initial, sn.trim()].filter((part) => part !== '').join(' ');
}

export const SAM_ACCOUNT_NAME_MAX_LENGTH = 20;
/** What sAMAccountName may not contain (ADUC refuses these); spaces are allowed but unusual. */
const SAM_FORBIDDEN = /["/\\[\]:;|=,+*?<>@]/g;

/** The pre-Windows 2000 logon name from the UPN's prefix: forbidden characters out, at most 20. */
export function samAccountNameFrom(upnPrefix: string): string {
  return upnPrefix
    .replace(SAM_FORBIDDEN, '')
    .replace(/\s+/g, '')
    .slice(0, SAM_ACCOUNT_NAME_MAX_LENGTH)
    .replace(/\.+$/, '');
}

/** A group's pre-Windows 2000 name from its name, as ADUC offers it: forbidden characters out, not shortened. */
export function groupSamAccountNameFrom(name: string): string {
  return name.replace(SAM_FORBIDDEN, '').trim();
}

/**
 * Letters an SMTP local part cannot carry, replaced as Exchange's address policies do: accents
 * dropped (é → e), ligatures and sharp s spelled out. Anything else outside the alias set goes.
 */
const SPELLED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
};

export function asciiFold(text: string): string {
  return [...text]
    .map((c) => SPELLED[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * An e-mail address policy template (%g given name, %s surname, %i initials, %m alias, %<n>g / %<n>s
 * the first n letters) applied to a person, lower-cased, with what an address cannot hold removed.
 * Returns '' when the template names parts the person does not have.
 */
export function applyAddressTemplate(template: string, person: PersonName & { alias?: string }): string {
  const at = template.lastIndexOf('@');
  if (at < 0) return '';
  const parts: Record<string, string> = {
    g: person.givenName,
    s: person.sn,
    i: person.initials,
    m: person.alias ?? '',
  };
  let missing = false;
  const local = template.slice(0, at).replace(/%(\d*)([gsim])/g, (_match, count: string, key: string) => {
    const value = asciiFold(parts[key] ?? '').replace(/\s+/g, '');
    if (value === '') missing = true;
    return count === '' ? value : value.slice(0, Number(count));
  });
  if (missing) return '';
  const cleaned = suggestMailNickname(local).toLowerCase();
  return cleaned === '' ? '' : `${cleaned}@${template.slice(at + 1).toLowerCase()}`;
}

/** The alias for a new recipient: from the address's local part, else from the name. */
export function aliasFor(address: string, person: PersonName): string {
  const fromAddress = suggestMailNickname(asciiFold(address));
  if (fromAddress !== '') return fromAddress;
  return suggestMailNickname(asciiFold(`${person.givenName}.${person.sn}`)).slice(
    0,
    MAIL_NICKNAME_MAX_LENGTH,
  );
}

/**
 * The domain new recipients' primary addresses are made in when the profile has no template of its
 * own: the signed-in tenant's default domain, as Exchange Online's default address policy uses it,
 * unless that is a Microsoft-reserved one (a new onmicrosoft.com address is refused on-premises);
 * else the AD domain's DNS name.
 */
export function addressTemplateDomain(
  tenantDefaultDomain: string | null | undefined,
  domainDnsName: string,
): string {
  const tenantDomain = tenantDefaultDomain?.trim().toLowerCase() ?? '';
  if (tenantDomain !== '' && cloudDomainKind(`x@${tenantDomain}`) === 'none') return tenantDomain;
  return domainDnsName.toLowerCase();
}

/** The address template a New Object wizard starts from: the profile's own, else %g.%s@<domain>. */
export function defaultAddressTemplate(saved: string | null, mailDomain: string): string {
  return saved ?? `%g.%s@${mailDomain.toLowerCase()}`;
}
