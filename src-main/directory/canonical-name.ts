/**
 * Canonical names as ADUC's Object tab and Find's "In Folder" column show them:
 * "OU=Staff,OU=Sales,DC=corp,DC=example,DC=com" → "corp.example.com/Sales/Staff".
 */

interface Rdn {
  type: string;
  value: string;
}

/** Splits a DN into its RDNs, honouring RFC 4514 escapes ("\,", "\2C") inside values. */
export function parseRdns(dn: string): Rdn[] {
  const rdns: Rdn[] = [];
  let type = '';
  let value = '';
  let inValue = false;
  for (let i = 0; i < dn.length; i++) {
    const char = dn[i] as string;
    if (char === '\\' && i + 1 < dn.length) {
      const hex = /^[0-9a-fA-F]{2}/.exec(dn.slice(i + 1, i + 3));
      // Hex escapes stand for UTF-8 bytes; collect them and decode the run at once.
      if (hex) {
        const bytes: number[] = [];
        while (dn[i] === '\\' && /^[0-9a-fA-F]{2}$/.test(dn.slice(i + 1, i + 3))) {
          bytes.push(parseInt(dn.slice(i + 1, i + 3), 16));
          i += 3;
        }
        i -= 1;
        value += Buffer.from(bytes).toString('utf8');
      } else {
        value += dn[i + 1];
        i += 1;
      }
    } else if (char === '=' && !inValue) {
      inValue = true;
    } else if ((char === ',' || char === '+') && inValue) {
      rdns.push({ type: type.trim(), value: value.trim() });
      type = '';
      value = '';
      inValue = false;
    } else if (inValue) {
      value += char;
    } else {
      type += char;
    }
  }
  if (inValue) rdns.push({ type: type.trim(), value: value.trim() });
  return rdns;
}

/** The canonical name of a DN; "/" inside a name is escaped as "\/", as AD writes it. */
export function canonicalName(dn: string): string {
  const rdns = parseRdns(dn);
  const domain = rdns
    .filter((r) => r.type.toLowerCase() === 'dc')
    .map((r) => r.value)
    .join('.');
  const path = rdns
    .filter((r) => r.type.toLowerCase() !== 'dc')
    .map((r) => r.value.replace(/\//g, '\\/'))
    .reverse();
  return [domain, ...path].join('/');
}

/** Canonical name of the object's parent: where it lives. */
export function canonicalParent(dn: string): string {
  const rdns = parseRdns(dn);
  if (rdns.length <= 1) return '';
  const rest = dn.slice(rdnEnd(dn) + 1);
  return canonicalName(rest);
}

/** Index of the comma that ends the first RDN (escapes skipped), or the DN's length. */
function rdnEnd(dn: string): number {
  for (let i = 0; i < dn.length; i++) {
    if (dn[i] === '\\') i += 1;
    else if (dn[i] === ',') return i;
  }
  return dn.length;
}
