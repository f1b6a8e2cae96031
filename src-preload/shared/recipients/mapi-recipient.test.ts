import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors.ts';
import {
  cloudMapiRichTextCommand,
  MAPI_RICH_TEXT_FORMATS,
  mapiRichTextFormatFromAd,
  mapiRichTextFormatToAd,
} from './mapi-recipient.ts';

describe('mAPIRecipient ↔ UseMapiRichTextFormat', () => {
  it('reads TRUE, FALSE and absence', () => {
    expect(mapiRichTextFormatFromAd(['TRUE'])).toBe('Always');
    expect(mapiRichTextFormatFromAd(['FALSE'])).toBe('Never');
    expect(mapiRichTextFormatFromAd([])).toBe('UseDefaultSettings');
    expect(mapiRichTextFormatFromAd(undefined)).toBe('UseDefaultSettings');
  });

  it('writes AD booleans in capitals and clears for the default', () => {
    expect(mapiRichTextFormatToAd('Always')).toEqual(['TRUE']);
    expect(mapiRichTextFormatToAd('Never')).toEqual(['FALSE']);
    expect(mapiRichTextFormatToAd('UseDefaultSettings')).toEqual([]);
  });

  it('round-trips every setting', () => {
    for (const setting of MAPI_RICH_TEXT_FORMATS)
      expect(mapiRichTextFormatFromAd(mapiRichTextFormatToAd(setting))).toBe(setting);
  });

  it('refuses a value that is not an AD boolean', () => {
    expect(() => mapiRichTextFormatFromAd(['1'])).toThrow(AppError);
  });

  it('builds the Exchange Online command, quoting the identity', () => {
    expect(cloudMapiRichTextCommand("ann.o'brien@contoso.com", 'Never')).toBe(
      "Set-MailUser -Identity 'ann.o''brien@contoso.com' -UseMapiRichTextFormat Never",
    );
  });
});
