import { readBigInt } from './ad-values.ts';
import { KINDS, kindForTypeDetails } from './recipient-types.ts';

/**
 * Exchange's name for an msExchRecipientTypeDetails value, for the list's "Recipient type" column.
 * The value is 64-bit: it is read as a bigint, never as a JavaScript number.
 */
export function recipientTypeLabel(details: string): string {
  if (details.trim() === '') return '';
  const value = readBigInt(details);
  const kind = value === undefined ? undefined : kindForTypeDetails(value);
  return kind ? KINDS[kind].displayName : `Other recipient (${details})`;
}
