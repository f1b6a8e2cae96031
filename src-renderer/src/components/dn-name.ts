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

/**
 * Undoes RFC 4514 escaping: `\,` `\+` `\"` `\\` `\<` `\>` `\;` `\=` `\ ` `\#` and `\XX` hex pairs,
 * which encode UTF-8 bytes (so `\C3\A9` is é).
 */
export function unescapeDnValue(value: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (c === '\\' && i + 1 < value.length) {
      const pair = value.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(pair)) {
        bytes.push(parseInt(pair, 16));
        i += 2;
      } else {
        bytes.push(...encoder.encode(value[i + 1]));
        i += 1;
      }
    } else {
      const code = value.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(code);
      bytes.push(...encoder.encode(char));
      i += char.length - 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
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

/** The DN without its first RDN: where the object lives, for a secondary line or a tooltip. */
export function parentDn(dn: string): string {
  const comma = indexOfUnescaped(dn, ',');
  return comma < 0 ? '' : dn.slice(comma + 1);
}

/** AD compares DNs without regard to case; the server may also return a DN in a different case. */
export function sameDn(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
