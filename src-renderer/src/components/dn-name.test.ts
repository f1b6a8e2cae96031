import { describe, expect, it } from 'vitest';
import { firstRdnValue, parentDn, sameDn, unescapeDnValue } from './dn-name.ts';
import { addDn, hasDn, removeDn, sortAndFilterDns } from './dn-values.ts';

describe('firstRdnValue', () => {
  it('returns the value of the first RDN', () => {
    expect(firstRdnValue('CN=Anna Smith,OU=Staff,DC=corp,DC=example')).toBe('Anna Smith');
  });
  it('unescapes an escaped comma and does not split on it', () => {
    expect(firstRdnValue('CN=Smith\\, Anna,OU=Staff,DC=corp')).toBe('Smith, Anna');
  });
  it('decodes hex pairs as UTF-8', () => {
    expect(firstRdnValue('CN=Ren\\C3\\A9e Dupont,DC=corp')).toBe('Renée Dupont');
  });
  it('keeps non-ASCII characters that were not escaped', () => {
    expect(firstRdnValue('CN=Zoë 😀,DC=corp')).toBe('Zoë 😀');
  });
  it('unescapes backslash, plus, quotes and a leading hash', () => {
    expect(unescapeDnValue('a\\\\b\\+c\\"d\\#e')).toBe('a\\b+c"d#e');
  });
  it('shows the first part of a multi-valued RDN', () => {
    expect(firstRdnValue('CN=Anna+UID=anna,DC=corp')).toBe('Anna');
  });
  it('falls back to the text when it is not a DN', () => {
    expect(firstRdnValue('not a dn')).toBe('not a dn');
  });
});

describe('parentDn and sameDn', () => {
  it('drops the first RDN, honouring escapes', () => {
    expect(parentDn('CN=Smith\\, Anna,OU=Staff,DC=corp')).toBe('OU=Staff,DC=corp');
    expect(parentDn('DC=corp')).toBe('');
  });
  it('compares DNs without case', () => {
    expect(sameDn('CN=A,DC=corp', 'cn=a,dc=CORP')).toBe(true);
    expect(sameDn('CN=A,DC=corp', 'CN=B,DC=corp')).toBe(false);
  });
});

describe('DN lists', () => {
  const list = ['CN=Bob,DC=corp', 'CN=alice,DC=corp'];
  it('adds a DN once, whatever its case', () => {
    expect(addDn(list, 'cn=BOB,dc=corp')).toEqual(list);
    expect(addDn(list, 'CN=Carol,DC=corp')).toEqual([...list, 'CN=Carol,DC=corp']);
  });
  it('removes a DN given in another case', () => {
    expect(removeDn(list, 'cn=bob,dc=CORP')).toEqual(['CN=alice,DC=corp']);
    expect(hasDn(list, 'CN=ALICE,DC=corp')).toBe(true);
  });
  it('sorts by display name and filters on name or DN', () => {
    expect(sortAndFilterDns(list, '')).toEqual(['CN=alice,DC=corp', 'CN=Bob,DC=corp']);
    expect(sortAndFilterDns(list, 'BO')).toEqual(['CN=Bob,DC=corp']);
    // The unescaped name matches too, not only the DN text.
    expect(sortAndFilterDns(['CN=Smith\\, Anna,DC=corp'], 'smith, a')).toHaveLength(1);
  });
});
