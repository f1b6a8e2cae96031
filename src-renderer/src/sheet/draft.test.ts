import { describe, expect, it } from 'vitest';
import { diffEdits, sameValues } from './draft.ts';
import { makePrimary, normalizeNewValue } from './proxy-list.ts';

describe('diffEdits', () => {
  it('ignores order but not case', () => {
    expect(sameValues(['a', 'B'], ['B', 'a'])).toBe(true);
    expect(sameValues(['smtp:a@x'], ['SMTP:a@x'])).toBe(false);
  });
  it('emits one edit per changed attribute with the read values as base', () => {
    const base = { mail: ['a@x.com'], proxyAddresses: ['SMTP:a@x.com'], description: ['same'] };
    const draft = {
      mail: ['b@x.com'],
      proxyAddresses: ['smtp:a@x.com', 'SMTP:b@x.com'],
      description: ['same'],
      extensionAttribute1: [''],
    };
    expect(diffEdits(base, draft)).toEqual([
      { attr: 'mail', base: ['a@x.com'], desired: ['b@x.com'] },
      { attr: 'proxyAddresses', base: ['SMTP:a@x.com'], desired: ['smtp:a@x.com', 'SMTP:b@x.com'] },
    ]);
  });
  it('sends only the difference for a large member list, marked as a delta', () => {
    const members = Array.from({ length: 300 }, (_, i) => `CN=U${i},OU=X`);
    const draft = { member: [...members.filter((m) => m !== 'CN=U7,OU=X'), 'CN=New,OU=X'] };
    expect(diffEdits({ member: members }, draft)).toEqual([
      { attr: 'member', mode: 'delta', remove: ['CN=U7,OU=X'], add: ['CN=New,OU=X'] },
    ]);
  });
  it('clearing a field is an edit to no values', () => {
    expect(diffEdits({ description: ['x'] }, { description: [''] })).toEqual([
      { attr: 'description', base: ['x'], desired: [] },
    ]);
  });
});

describe('makePrimary', () => {
  it('leaves exactly one SMTP: and keeps other address types', () => {
    expect(makePrimary(['SMTP:a@x', 'smtp:b@x', 'X500:/o=Org/cn=a', 'sip:a@x'], 'B@x')).toEqual([
      'smtp:a@x',
      'SMTP:b@x',
      'X500:/o=Org/cn=a',
      'sip:a@x',
    ]);
  });
  it('adds the address when it is not in the list yet', () => {
    expect(makePrimary(['SMTP:a@x'], 'c@x')).toEqual(['smtp:a@x', 'SMTP:c@x']);
  });
  it('treats a bare address as an SMTP secondary', () => {
    expect(normalizeNewValue(' new@x.com ')).toBe('smtp:new@x.com');
    expect(normalizeNewValue('X500:/o=a')).toBe('X500:/o=a');
  });
});
