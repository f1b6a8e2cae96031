/**
 * objectGUID and objectSid in the forms admins and other tools use. AD stores a GUID as 16 bytes
 * whose first three groups are little-endian, so the text form is not a plain hex dump.
 */

const GUID_TEXT = /^\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Runs for every entry of every search: plain table lookups, no regex or intermediate arrays.
export function guidToString(b: Buffer): string {
  if (b.length !== 16) return '';
  const h = (i: number): string => HEX[b[i] ?? 0] ?? '00';
  return `${h(3)}${h(2)}${h(1)}${h(0)}-${h(5)}${h(4)}-${h(7)}${h(6)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

export function isGuidString(text: string): boolean {
  return GUID_TEXT.test(text.trim());
}

/** The 16 bytes to put in a filter object (never in a string filter: see filter-parser.ts). */
export function guidToBytes(text: string): Buffer {
  const m = GUID_TEXT.exec(text.trim());
  if (m === null) throw new Error(`Not a GUID: ${text}`);
  const swap = (s: string): string => (s.match(/../g) ?? []).reverse().join('');
  return Buffer.from(
    `${swap(m[1] ?? '')}${swap(m[2] ?? '')}${swap(m[3] ?? '')}${m[4] ?? ''}${m[5] ?? ''}`,
    'hex',
  );
}

/** S-1-5-21-… form of a binary SID. */
export function sidToString(bytes: Buffer): string {
  if (bytes.length < 8) return '';
  const count = bytes[1] ?? 0;
  if (bytes.length < 8 + count * 4) return '';
  const authority = bytes.readUIntBE(2, 6);
  const parts = [`S-${bytes[0] ?? 0}-${authority}`];
  for (let i = 0; i < count; i++) parts.push(String(bytes.readUInt32LE(8 + i * 4)));
  return parts.join('-');
}
