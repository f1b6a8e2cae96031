import { describe, expect, it } from 'vitest';
import {
  base64ByteLength,
  base64FromDataUrl,
  formatBytes,
  photoDataUrl,
  photoMimeType,
} from './photo-values.ts';

const b64 = (bytes: number[]) => btoa(bytes.map((b) => String.fromCharCode(b)).join(''));

describe('photo values', () => {
  it('computes decoded sizes for every padding case', () => {
    for (let n = 0; n < 8; n++) {
      const text = b64(Array.from({ length: n }, (_, i) => i));
      expect(base64ByteLength(text)).toBe(n);
    }
    expect(base64ByteLength(b64(new Array(102_401).fill(7)))).toBe(102_401);
  });
  it('recognises PNG and defaults to JPEG', () => {
    expect(photoMimeType(b64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(photoMimeType(b64([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(photoDataUrl('/9j/4A==')).toBe('data:image/jpeg;base64,/9j/4A==');
  });
  it('strips the data: URL prefix', () => {
    expect(base64FromDataUrl('data:image/png;base64,AAAA')).toBe('AAAA');
    expect(base64FromDataUrl('nonsense')).toBe('');
  });
  it('formats sizes for the admin', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(102_400)).toBe('100.0 KB (102,400 bytes)');
  });
});
