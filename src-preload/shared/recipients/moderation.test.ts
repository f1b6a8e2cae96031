import { describe, expect, it } from 'vitest';
import {
  flagsWithNotify,
  moderationFlagsFor,
  moderationFromAd,
  moderationToAd,
  notifyFromFlags,
  validateModeration,
} from './moderation.ts';

describe('msExchModerationFlags', () => {
  it('maps 0/1 never, 2/3 internal, 6/7 always, with bit 0 as bypass-nested', () => {
    const table: [string, string, boolean][] = [
      ['0', 'never', false],
      ['1', 'never', true],
      ['2', 'internal', false],
      ['3', 'internal', true],
      ['6', 'always', false],
      ['7', 'always', true],
    ];
    for (const [flags, notify, bypass] of table) {
      expect(moderationFromAd({ msExchModerationFlags: [flags] }), flags).toEqual({
        enabled: false,
        notify,
        bypassNestedModeration: bypass,
      });
    }
    expect(notifyFromFlags(4n)).toBe('always');
  });

  it('defaults to Exchange defaults when absent', () => {
    expect(moderationFromAd({})).toEqual({ enabled: false, notify: 'always', bypassNestedModeration: false });
    expect(moderationFromAd({ msExchEnableModeration: ['TRUE'] }).enabled).toBe(true);
  });

  it('writes the notification bits, keeps bit 0 as asked and preserves unknown bits', () => {
    expect(moderationFlagsFor({ notify: 'internal', bypassNestedModeration: false })).toBe('2');
    expect(moderationFlagsFor({ notify: 'always', bypassNestedModeration: true })).toBe('7');
    expect(moderationFlagsFor({ notify: 'never', bypassNestedModeration: false }, ['7'])).toBe('0');
    expect(moderationFlagsFor({ notify: 'never', bypassNestedModeration: true }, ['70'])).toBe('65');
  });

  it('round-trips through AD values', () => {
    for (const notify of ['never', 'internal', 'always'] as const) {
      for (const bypassNestedModeration of [false, true]) {
        const settings = { enabled: true, notify, bypassNestedModeration };
        const written = moderationToAd(settings);
        expect(written.msExchEnableModeration).toEqual(['TRUE']);
        expect(moderationFromAd(written)).toEqual(settings);
      }
    }
  });
});

describe('flagsWithNotify (the Moderation tab)', () => {
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
});

describe('validateModeration', () => {
  it('needs someone to approve', () => {
    expect(validateModeration({ enabled: true, isGroup: false, moderatorCount: 0 })[0]).toMatchObject({
      code: 'no-moderator',
      severity: 'error',
    });
    expect(
      validateModeration({ enabled: true, isGroup: true, moderatorCount: 0, ownerCount: 0 }),
    ).toHaveLength(1);
    expect(validateModeration({ enabled: true, isGroup: true, moderatorCount: 0, ownerCount: 1 })).toEqual(
      [],
    );
    expect(validateModeration({ enabled: true, isGroup: false, moderatorCount: 1 })).toEqual([]);
    expect(validateModeration({ enabled: false, isGroup: false, moderatorCount: 0 })).toEqual([]);
  });
});
