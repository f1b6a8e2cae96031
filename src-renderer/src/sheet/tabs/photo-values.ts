// thumbnailPhoto facts for the Photo tab. Values travel as base64 text; the limits are on bytes.

/** The schema's rangeUpper for thumbnailPhoto; larger photos also fail Entra Connect export. */
export { THUMBNAIL_PHOTO_MAX_BYTES as PHOTO_LIMIT_BYTES } from '../../../../src-preload/shared/recipients/photo-rules.ts';

/** Decoded length of a base64 string, without decoding it. */
export function base64ByteLength(base64: string): number {
  const clean = base64.replace(/\s/g, '');
  if (clean === '') return 0;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

/** The image type from the first bytes: others' tools store PNG too, and the <img> should say so. */
export function photoMimeType(base64: string): string {
  if (base64.startsWith('iVBORw0KGgo')) return 'image/png';
  if (base64.startsWith('R0lGOD')) return 'image/gif';
  return 'image/jpeg';
}

export function photoDataUrl(base64: string): string {
  return `data:${photoMimeType(base64)};base64,${base64}`;
}

/** FileReader's data: URL → bare base64. */
export function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return `${(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString('en-US')} bytes)`;
}
