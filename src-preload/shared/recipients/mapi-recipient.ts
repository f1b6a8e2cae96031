import { AppError } from '../../contract/errors.ts';
import { readAdBoolean, writeAdBoolean } from './ad-values.ts';

/**
 * Exchange's UseMapiRichTextFormat is stored in mAPIRecipient: TRUE = Always, FALSE = Never, and
 * no value = UseDefaultSettings (Outlook decides). Staged-migration mail users need Never, or
 * meeting invites reach them as plain text with a winmail.dat. mAPIRecipient is NOT synced to
 * Microsoft 365: the cloud needs the same setting through Exchange Online PowerShell.
 */

export const MAPI_RICH_TEXT_FORMATS = ['Always', 'Never', 'UseDefaultSettings'] as const;
export type MapiRichTextFormat = (typeof MAPI_RICH_TEXT_FORMATS)[number];

/** How the setting reads in Exchange's own UI, for every form that offers it. */
export const MAPI_RICH_TEXT_LABELS: Record<MapiRichTextFormat, string> = {
  UseDefaultSettings: 'Use the default settings',
  Always: 'Always',
  Never: 'Never',
};

/** From the mAPIRecipient values read over LDAP. */
export function mapiRichTextFormatFromAd(values: readonly string[] | undefined): MapiRichTextFormat {
  if (values === undefined || values.length === 0) return 'UseDefaultSettings';
  const value = readAdBoolean(values);
  if (value === undefined) {
    throw new AppError(
      'LDAP_INVALID_SYNTAX',
      `mAPIRecipient holds "${values[0]}", which is not TRUE or FALSE.`,
      { values: [...values] },
    );
  }
  return value ? 'Always' : 'Never';
}

/** The mAPIRecipient values to write; an empty list means "clear the attribute". */
export function mapiRichTextFormatToAd(setting: MapiRichTextFormat): string[] {
  switch (setting) {
    case 'Always':
      return [writeAdBoolean(true)];
    case 'Never':
      return [writeAdBoolean(false)];
    case 'UseDefaultSettings':
      return [];
  }
}

/**
 * The Exchange Online command that makes the cloud object behave the same, shown to the admin
 * because the sync will not carry the setting. The identity is single-quoted for PowerShell.
 */
export function cloudMapiRichTextCommand(identity: string, setting: MapiRichTextFormat): string {
  return `Set-MailUser -Identity '${identity.replaceAll("'", "''")}' -UseMapiRichTextFormat ${setting}`;
}
