import { describe, expect, it } from 'vitest';
import { bypassNested, flagsWithNotify, notifyFromFlags } from './moderation-flags.ts';

describe('moderation flags', () => {
  it('reads the notification setting from the paired values', () => {
    expect(notifyFromFlags(['0'])).toBe('never');
    expect(notifyFromFlags(['1'])).toBe('never');
    expect(notifyFromFlags(['2'])).toBe('internal');
    expect(notifyFromFlags(['3'])).toBe('internal');
    expect(notifyFromFlags(['6'])).toBe('always');
    expect(notifyFromFlags(['7'])).toBe('always');
    expect(notifyFromFlags(['4'])).toBe('always');
  });
  it('treats absent flags as Exchange does (always)', () => {
    expect(notifyFromFlags([])).toBe('always');
  });
  it('writes 0, 2 or 6 and keeps bit 0 as it was', () => {
    expect(flagsWithNotify('never', ['6'])).toEqual(['0']);
    expect(flagsWithNotify('internal', ['0'])).toEqual(['2']);
    expect(flagsWithNotify('always', [])).toEqual(['6']);
    expect(flagsWithNotify('never', ['7'])).toEqual(['1']);
    expect(flagsWithNotify('internal', ['1'])).toEqual(['3']);
  });
  it('keeps bits it does not know', () => {
    expect(flagsWithNotify('never', ['14'])).toEqual(['8']);
  });
  it('reads bypass nested moderation from bit 0', () => {
    expect(bypassNested(['7'])).toBe(true);
    expect(bypassNested(['6'])).toBe(false);
    expect(bypassNested([])).toBe(false);
  });
});
