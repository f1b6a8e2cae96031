import { readBigInt } from '../recipients/ad-values.ts';

/**
 * userAccountControl as ADUC's Account tab shows it: each option is one bit of one integer, so
 * ticking one writes the whole value with every other bit as it was (and the old value as the
 * compare-and-swap base, so a concurrent change to another bit conflicts instead of being lost).
 */
export const UAC = {
  ACCOUNTDISABLE: 0x2,
  PASSWD_NOTREQD: 0x20,
  ENCRYPTED_TEXT_PWD_ALLOWED: 0x80,
  NORMAL_ACCOUNT: 0x200,
  DONT_EXPIRE_PASSWORD: 0x10000,
  SMARTCARD_REQUIRED: 0x40000,
  NOT_DELEGATED: 0x100000,
  USE_DES_KEY_ONLY: 0x200000,
  DONT_REQ_PREAUTH: 0x400000,
} as const;

/** The account options in ADUC's order and words. */
export const ACCOUNT_OPTIONS: readonly { flag: number; label: string }[] = [
  { flag: UAC.DONT_EXPIRE_PASSWORD, label: 'Password never expires' },
  { flag: UAC.ENCRYPTED_TEXT_PWD_ALLOWED, label: 'Store password using reversible encryption' },
  { flag: UAC.ACCOUNTDISABLE, label: 'Account is disabled' },
  { flag: UAC.SMARTCARD_REQUIRED, label: 'Smart card is required for interactive logon' },
  { flag: UAC.NOT_DELEGATED, label: 'Account is sensitive and cannot be delegated' },
  { flag: UAC.USE_DES_KEY_ONLY, label: 'Use only Kerberos DES encryption types for this account' },
  { flag: UAC.DONT_REQ_PREAUTH, label: 'Do not require Kerberos preauthentication' },
];

function uacValue(values: readonly string[]): number | undefined {
  const big = readBigInt(values);
  return big === undefined ? undefined : Number(BigInt.asUintN(32, big));
}

export function hasUacFlag(values: readonly string[], flag: number): boolean {
  return ((uacValue(values) ?? 0) & flag) !== 0;
}

/** The new userAccountControl with `flag` set or cleared; an unreadable value is left alone. */
export function withUacFlag(values: readonly string[], flag: number, on: boolean): string[] {
  const current = uacValue(values);
  if (current === undefined) return [...values];
  const next = on ? current | flag : current & ~flag;
  return [String(next >>> 0)];
}
