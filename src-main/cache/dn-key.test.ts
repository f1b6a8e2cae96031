import { describe, expect, it } from 'vitest';
import { dnKey, parentKey } from './dn-key.ts';

describe('dnKey', () => {
  it('gives one key for the spellings AD treats as one DN, escaped or not', () => {
    expect(dnKey('CN=Pat Lee, OU=Sales,DC=Corp')).toBe(dnKey('cn=pat lee,ou=SALES, dc=corp'));
    expect(dnKey('CN=Walsh\\, Siobhán,OU=Sales,DC=corp')).toBe(
      dnKey('cn=walsh\\2C siobhán, ou=sales,dc=corp'),
    );
    expect(dnKey('CN=Walsh\\, Siobhán,OU=Sales,DC=corp')).not.toBe(dnKey('CN=Walsh,OU=Sales,DC=corp'));
    expect(dnKey('')).toBe('');
  });

  it('keys the parent of plain and escaped DNs alike', () => {
    expect(parentKey('CN=Pat Lee,OU=Sales,DC=corp')).toBe(dnKey('OU=Sales,DC=corp'));
    expect(parentKey('CN=Walsh\\, Siobhán,OU=Sales,DC=corp')).toBe(dnKey('OU=Sales,DC=corp'));
    expect(parentKey('DC=corp')).toBe('');
  });
});
