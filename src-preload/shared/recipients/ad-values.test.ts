import { describe, expect, it } from 'vitest';
import { readAdBoolean, readBigInt, readInt32, writeAdBoolean } from './ad-values.ts';

describe('ad-values', () => {
  it('reads large integers exactly', () => {
    expect(readBigInt(['34359738368'])).toBe(34359738368n);
    expect(readBigInt(['88218628259840'])).toBe(88218628259840n);
    expect(readBigInt('-2147483642')).toBe(-2147483642n);
    expect(readBigInt(['12abc'])).toBeUndefined();
    expect(readBigInt([])).toBeUndefined();
  });

  it('reads groupType signed or unsigned as int32', () => {
    expect(readInt32(['-2147483640'])).toBe(-2147483640);
    expect(readInt32(['2147483656'])).toBe(-2147483640);
    expect(readInt32(['8'])).toBe(8);
  });

  it('reads and writes AD booleans', () => {
    expect(readAdBoolean(['TRUE'])).toBe(true);
    expect(readAdBoolean(['false'])).toBe(false);
    expect(readAdBoolean(['yes'])).toBeUndefined();
    expect(readAdBoolean(undefined)).toBeUndefined();
    expect([writeAdBoolean(true), writeAdBoolean(false)]).toEqual(['TRUE', 'FALSE']);
  });
});
