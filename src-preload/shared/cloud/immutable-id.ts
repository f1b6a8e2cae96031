/**
 * Entra Connect's source anchor: onPremisesImmutableId is the base64 of the objectGUID's 16 bytes
 * in AD's storage order (first three groups little-endian), or of mS-DS-ConsistencyGuid where set.
 * Pure (no Buffer) so the renderer can show the value an object will match by.
 */

const GUID_TEXT = /^\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes (an objectGUID's 16 bytes give its ImmutableId). */
export function bytesToBase64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63] ?? '';
    out += B64[(n >> 12) & 63] ?? '';
    out += b === undefined ? '=' : (B64[(n >> 6) & 63] ?? '');
    out += c === undefined ? '=' : (B64[n & 63] ?? '');
  }
  return out;
}

/** The ImmutableId of a GUID in its text form ("{...}" braces allowed); null when not a GUID. */
export function immutableIdFromGuid(guidText: string): string | null {
  const m = GUID_TEXT.exec(guidText.trim());
  if (m === null) return null;
  const hex = (s: string): number[] => (s.match(/../g) ?? []).map((h) => parseInt(h, 16));
  const bytes = [
    ...hex(m[1] ?? '').reverse(),
    ...hex(m[2] ?? '').reverse(),
    ...hex(m[3] ?? '').reverse(),
    ...hex(m[4] ?? ''),
    ...hex(m[5] ?? ''),
  ];
  return bytesToBase64(bytes);
}

/** How many bytes a base64 text decodes to. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
