import { describe, expect, it } from 'vitest';
import { guidToBytes, guidToString, sidToString } from './guid.ts';

describe('guid', () => {
  it('converts AD byte order to the usual text form and back', () => {
    const bytes = Buffer.from('33221100554477668899aabbccddeeff', 'hex');
    expect(guidToString(bytes)).toBe('00112233-4455-6677-8899-aabbccddeeff');
    expect(guidToBytes('{00112233-4455-6677-8899-AABBCCDDEEFF}').equals(bytes)).toBe(true);
  });
  it('formats a SID', () => {
    const sid = Buffer.from('010500000000000515000000a065cf7e784b9b5fe77c8770f4010000', 'hex');
    expect(sidToString(sid)).toBe('S-1-5-21-2127521184-1604012920-1887927527-500');
  });
});
