import { describe, expect, it } from 'vitest';
import { withFastIncludes } from './name-lookup.ts';

describe('withFastIncludes', () => {
  it('answers includes() as the array would, and is otherwise the same string[]', () => {
    const names = Array.from({ length: 40 }, (_, i) => `attr${i}`);
    const list = withFastIncludes(names);
    expect(list.includes('attr0')).toBe(true);
    expect(list.includes('attr39')).toBe(true);
    // Exact spelling, as ldapts compares: another case is another name.
    expect(list.includes('ATTR0')).toBe(false);
    expect(list.includes('objectGUID')).toBe(false);
    expect(list).toEqual(names);
    expect(Object.keys(list)).toHaveLength(40);
    expect(JSON.stringify(list)).toBe(JSON.stringify(names));
    expect(withFastIncludes(['thumbnailPhoto']).includes('thumbnailPhoto')).toBe(true);
  });
});
