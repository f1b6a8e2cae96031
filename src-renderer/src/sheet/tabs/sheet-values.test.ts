import { describe, expect, it } from 'vitest';
import type { AttributeFacts } from '../../../../src-preload/contract/index.ts';
import { allowedName, readTriState, switchValues, valuesOf, writeTriState } from './sheet-values.ts';

const facts = (name: string): AttributeFacts => ({
  name,
  syntax: '2.5.5.1',
  singleValued: false,
  binary: false,
  systemOnly: false,
});

describe('sheet values', () => {
  it('finds the schema spelling of an attribute name', () => {
    expect(allowedName([facts('publicDelegates')], 'publicdelegates')).toBe('publicDelegates');
    expect(allowedName([facts('member')], 'memberOf')).toBeUndefined();
  });
  it('reads values whatever the case of the key', () => {
    expect(valuesOf({ memberOf: ['a'] }, 'memberOf')).toEqual(['a']);
    expect(valuesOf({ MEMBEROF: ['b'] }, 'memberOf')).toEqual(['b']);
    expect(valuesOf({}, 'memberOf')).toEqual([]);
  });
  it('maps AD booleans to three states and back', () => {
    expect(readTriState(['true'])).toBe('TRUE');
    expect(readTriState(['FALSE'])).toBe('FALSE');
    expect(readTriState([])).toBe('');
    expect(readTriState(['garbage'])).toBe('');
    expect(writeTriState('')).toEqual([]);
    expect(writeTriState('FALSE')).toEqual(['FALSE']);
  });
  it('writes FALSE from a switch only when the attribute was there', () => {
    expect(switchValues(true, [])).toEqual(['TRUE']);
    expect(switchValues(false, [])).toEqual([]);
    expect(switchValues(false, ['TRUE'])).toEqual(['FALSE']);
  });
});
