import { parentDnOf, sameDn, unescapeDnValue } from '../../../src-preload/shared/dn.ts';

// The DN rules themselves (escaping, comparing, the parent) are shared/dn.ts's; the display below
// only picks the name to show.
export { sameDn, unescapeDnValue };
/** The DN without its first RDN: where the object lives, for a secondary line or a tooltip. */
export const parentDn = parentDnOf;

// Display helpers for distinguished names. Lists of DN-valued attributes (member, publicDelegates,
// authOrig…) are shown by their first RDN's value, the way ADUC shows "Name" in its pickers.

/** Index of the first `sep` not escaped by a backslash (RFC 4514), or -1. */
function indexOfUnescaped(text: string, sep: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === sep) return i;
  }
  return -1;
}

/** "CN=Smith\, Anna,OU=Staff,DC=corp" → "Smith, Anna". Falls back to the DN when it is not one. */
export function firstRdnValue(dn: string): string {
  const comma = indexOfUnescaped(dn, ',');
  const rdn = comma < 0 ? dn : dn.slice(0, comma);
  // A multi-valued RDN (CN=a+UID=b) is shown by its first part.
  const plus = indexOfUnescaped(rdn, '+');
  const ava = plus < 0 ? rdn : rdn.slice(0, plus);
  const eq = indexOfUnescaped(ava, '=');
  if (eq < 0) return dn;
  return unescapeDnValue(ava.slice(eq + 1).trim());
}
