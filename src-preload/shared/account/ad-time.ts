/**
 * AD's two time formats. Large-integer times (accountExpires, pwdLastSet, lastLogonTimestamp) are
 * FILETIMEs: 100-nanosecond ticks since 1601-01-01 UTC, with 0 and 2^63-1 meaning "never".
 * whenCreated/whenChanged are GeneralizedTime strings such as 20250102030405.0Z.
 */
const EPOCH_DIFF_MS = 11_644_473_600_000n;
const TICKS_PER_MS = 10_000n;
const NEVER_MAX = 9_223_372_036_854_775_807n;

/** A FILETIME value as a Date; null for "never" (0 or the maximum); undefined when not a number. */
export function fileTimeToDate(value: string | undefined): Date | null | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  const ticks = BigInt(value.trim());
  if (ticks === 0n || ticks === NEVER_MAX) return null;
  return new Date(Number(ticks / TICKS_PER_MS - EPOCH_DIFF_MS));
}

/** The FILETIME for a Date; "never" is written as 0, as ADUC writes it for accountExpires. */
export function dateToFileTime(date: Date | null): string {
  if (date === null) return '0';
  return String((BigInt(date.getTime()) + EPOCH_DIFF_MS) * TICKS_PER_MS);
}

/** GeneralizedTime (20250102030405.0Z) as a Date, or undefined when it is not one. */
export function generalizedTimeToDate(value: string | undefined): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}
