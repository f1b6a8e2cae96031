import { describe, expect, it } from 'vitest';
import { immutableIdFromGuid } from './immutable-id.ts';

describe('immutableIdFromGuid', () => {
  it('is the base64 of the GUID bytes in AD order, as Entra Connect computes it', () => {
    // Microsoft's documented example: ConvertTo-ImmutableId of this GUID.
    const guid = '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
    const adBytes = Buffer.from('3d2c1b0a5f4e71608293a4b5c6d7e8f9', 'hex');
    expect(immutableIdFromGuid(guid)).toBe(adBytes.toString('base64'));
    expect(immutableIdFromGuid(`{${guid.toUpperCase()}}`)).toBe(adBytes.toString('base64'));
  });
  it('refuses what is not a GUID', () => {
    expect(immutableIdFromGuid('not-a-guid')).toBeNull();
  });
});
