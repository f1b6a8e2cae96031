import { describe, expect, it } from 'vitest';
import { choiceAllowed, mergeMultiValued, resolvedValues, sideChanges } from './merge-values.ts';

describe('three-way merge of a multi-valued attribute', () => {
  const base = ['SMTP:pat@contoso.com', 'smtp:old@contoso.com', 'smtp:other@contoso.com'];

  it('keeps my additions and removals and theirs', () => {
    const mine = ['SMTP:pat@contoso.com', 'smtp:other@contoso.com', 'smtp:mine@contoso.com'];
    const theirs = ['SMTP:pat@contoso.com', 'smtp:old@contoso.com', 'smtp:theirs@contoso.com'];
    expect(mergeMultiValued(base, mine, theirs)).toEqual({
      values: ['SMTP:pat@contoso.com', 'smtp:mine@contoso.com', 'smtp:theirs@contoso.com'],
      contradictions: [],
    });
  });

  it('takes a change of case (a new primary) from the side that made it', () => {
    const mine = ['smtp:pat@contoso.com', 'SMTP:old@contoso.com', 'smtp:other@contoso.com'];
    const theirs = [...base, 'smtp:new@contoso.com'];
    expect(mergeMultiValued(base, mine, theirs).values).toEqual([
      'smtp:pat@contoso.com',
      'SMTP:old@contoso.com',
      'smtp:other@contoso.com',
      'smtp:new@contoso.com',
    ]);
  });

  it('treats values that differ only in case as one value, as AD does: never both in the result', () => {
    const mine = [...base, 'smtp:New@contoso.com'];
    const theirs = [...base, 'smtp:new@contoso.com'];
    const merged = mergeMultiValued(base, mine, theirs);
    expect(merged.values).toEqual([...base, 'smtp:New@contoso.com']);
    expect(merged.contradictions).toHaveLength(1);
    expect(merged.contradictions[0]?.message).toContain('smtp:new@contoso.com');
  });

  it('the same edit on both sides is no contradiction', () => {
    const both = ['SMTP:pat@contoso.com', 'smtp:other@contoso.com'];
    expect(mergeMultiValued(base, both, both)).toEqual({ values: both, contradictions: [] });
  });

  it('says where one side removed what the other changed, and keeps the changed value', () => {
    const mine = ['SMTP:pat@contoso.com', 'SMTP:old@contoso.com', 'smtp:other@contoso.com'];
    const theirs = ['SMTP:pat@contoso.com', 'smtp:other@contoso.com'];
    const merged = mergeMultiValued(base, mine, theirs);
    expect(merged.values).toEqual(['SMTP:pat@contoso.com', 'SMTP:old@contoso.com', 'smtp:other@contoso.com']);
    expect(merged.contradictions).toEqual([
      {
        value: 'smtp:old@contoso.com',
        mine: 'SMTP:old@contoso.com',
        theirs: null,
        kept: 'SMTP:old@contoso.com',
        message: expect.stringMatching(
          /You changed "smtp:old@contoso.com" to "SMTP:old@contoso.com" but it was removed/,
        ),
      },
    ]);
    // The other way round: I removed what they re-cased.
    const reverse = mergeMultiValued(base, theirs, mine);
    expect(reverse.values).toContain('SMTP:old@contoso.com');
    expect(reverse.contradictions[0]?.message).toMatch(/You removed "smtp:old@contoso.com"/);
  });

  it('compares binary values byte for byte: base64 differing in case are two values', () => {
    const merged = mergeMultiValued(['AAAA'], ['AAAA', 'aaaa'], ['AAAA', 'AaAa'], { binary: true });
    expect(merged).toEqual({ values: ['AAAA', 'aaaa', 'AaAa'], contradictions: [] });
  });
});

describe('resolving one attribute', () => {
  const set = {
    base: ['a', 'b'],
    mine: ['a', 'b', 'c'],
    theirs: ['b', 'd'],
    differs: true,
  };

  it('mine, theirs or the merge', () => {
    expect(resolvedValues(set, 'mine').values).toEqual(['a', 'b', 'c']);
    expect(resolvedValues(set, 'theirs').values).toEqual(['b', 'd']);
    expect(resolvedValues(set, 'merge').values).toEqual(['b', 'c', 'd']);
  });

  it('offers a merge only for a multi-valued full set with a base', () => {
    expect(choiceAllowed(set, 'merge', false)).toBe(true);
    expect(choiceAllowed(set, 'merge', true)).toBe(false);
    expect(choiceAllowed({ ...set, base: null }, 'merge', false)).toBe(false);
    expect(choiceAllowed(set, 'mine', true)).toBe(true);
  });

  it('a delta resolves within its own values: mine removes and adds them, theirs leaves them', () => {
    const delta = { mode: 'delta' as const, remove: ['x'], add: ['y'], present: ['x', 'z'], differs: true };
    expect(resolvedValues(delta, 'mine').values).toEqual(['z', 'y']);
    expect(resolvedValues(delta, 'merge').values).toEqual(['z', 'y']);
    expect(resolvedValues(delta, 'theirs').values).toEqual(['x', 'z']);
  });

  it('lists what a side added and removed, exactly (a re-cased value is both)', () => {
    expect(sideChanges(['SMTP:a', 'smtp:b'], ['smtp:a', 'smtp:b', 'smtp:c'])).toEqual({
      added: ['smtp:a', 'smtp:c'],
      removed: ['SMTP:a'],
    });
  });
});
