import { describe, expect, it } from 'vitest';
import { diffEdits } from './draft.ts';

describe('diffEdits', () => {
  it('ignores order but not case', () => {
    expect(diffEdits({ otherMobile: ['a', 'B'] }, { otherMobile: ['B', 'a'] })).toEqual([]);
    expect(diffEdits({ proxyAddresses: ['smtp:a@x'] }, { proxyAddresses: ['SMTP:a@x'] })).toHaveLength(1);
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
