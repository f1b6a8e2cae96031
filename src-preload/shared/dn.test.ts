import { describe, expect, it } from 'vitest';
import {
  dnIssues,
  isWithinDn,
  objectNameIssues,
  parentDnOf,
  rdn,
  rdnOf,
  rdnValue,
  sameDn,
  splitDn,
} from './dn.ts';

describe('DN text', () => {
  it('splits at unescaped commas only, an escaped backslash before a comma included', () => {
    expect(splitDn('CN=Walsh\\, Siobhán,OU=Staff,DC=corp')).toEqual([
      'CN=Walsh\\, Siobhán',
      'OU=Staff',
      'DC=corp',
    ]);
    expect(splitDn('CN=back\\\\,OU=x')).toEqual(['CN=back\\\\', 'OU=x']);
    expect(rdnOf('CN=a\\,b,OU=x')).toBe('CN=a\\,b');
    expect(parentDnOf('CN=a\\,b,OU=x,DC=y')).toBe('OU=x,DC=y');
  });

  it('round-trips a typed name through an RDN', () => {
    for (const name of ['Walsh, Siobhán', ' lead', 'trail ', '#1', 'a+b=c', 'x\\y', 'Test (Star*) "q" <t>;'])
      expect(rdnValue(rdn('CN', name))).toBe(name);
  });

  it('compares DNs as AD does: no case, escapes resolved', () => {
    expect(sameDn('CN=A\\2C B,OU=X', 'cn=a\\, b, ou=x')).toBe(true);
    expect(sameDn('CN=A,OU=X', 'CN=A,OU=Y')).toBe(false);
    expect(isWithinDn('OU=In,CN=Obj,OU=X', 'CN=obj,OU=X')).toBe(true);
    expect(isWithinDn('OU=X', 'CN=Obj,OU=X')).toBe(false);
  });

  it('says what is wrong with a DN that AD would misread', () => {
    expect(dnIssues('CN=Walsh\\, Siobhán,OU=Staff,DC=corp')).toEqual([]);
    expect(dnIssues('CN=a+b,OU=x')[0]?.message).toMatch(/multi-valued RDN/);
    expect(dnIssues('CN=a\\q,OU=x')[0]?.message).toMatch(/backslash/);
    expect(dnIssues('OU=x,,DC=y')[0]?.message).toMatch(/name=value/);
    expect(dnIssues('<GUID=2f5c9d7e-1c1a-4d6b-9c53-0d2f0e6f8a11>')[0]?.message).toMatch(/extended DN/);
    expect(dnIssues('CN=a"b')[0]?.message).toMatch(/must be escaped/);
  });

  it('refuses names AD refuses or that are a typing slip', () => {
    expect(objectNameIssues('Pat Lee')).toEqual([]);
    expect(objectNameIssues('Pat ')[0]?.message).toMatch(/space/);
    expect(objectNameIssues('Pat\nLee')[0]?.message).toMatch(/control character/);
    expect(objectNameIssues('x'.repeat(65))[0]?.message).toMatch(/at most 64/);
  });
});
