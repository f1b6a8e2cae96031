// RFC 4514 escaping of one RDN value, for the fixture's DNs ("Walsh, Siobhán", "Test (Star*) Back\slash").

export function escapeRdnValue(value: string): string {
  let escaped = value.replace(/[\\,+"<>;=]/g, (c) => `\\${c}`);
  if (escaped.startsWith(' ') || escaped.startsWith('#')) escaped = `\\${escaped}`;
  if (escaped.endsWith(' ')) escaped = `${escaped.slice(0, -1)}\\ `;
  return escaped;
}

export function cnDn(cn: string, parentDn: string): string {
  return `CN=${escapeRdnValue(cn)},${parentDn}`;
}
