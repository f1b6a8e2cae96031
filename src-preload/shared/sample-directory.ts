/**
 * The bundled sample directory, as both sides know it. Its changes are journaled for this profile
 * and domain, which no real connection can have: the profile store never saves a profile under
 * this id, and `.invalid` is a top-level domain reserved never to exist (RFC 2606), so no domain
 * controller serves it. A drain only sends a change to its own profile and domain.
 */
export const SAMPLE_PROFILE_ID = 'sample-directory';
export const SAMPLE_DOMAIN_DN = 'DC=sample,DC=contoso,DC=invalid';
export const SAMPLE_DNS_NAME = 'sample.contoso.invalid';

/** A change (or a profile) of the sample: it never leaves this computer. */
export function isSampleProfile(profileId: string | null | undefined): boolean {
  return profileId === SAMPLE_PROFILE_ID;
}
