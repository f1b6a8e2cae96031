/**
 * Conversions between LDAP wire values (always strings) and numbers/booleans. Large-integer
 * attributes such as msExchRecipientTypeDetails exceed 2^31 (RemoteSharedMailbox is 2^35), and
 * msExchVersion exceeds 2^53 in other products' hands, so they are read as bigint, never Number.
 */

const DECIMAL = /^-?\d+$/;

/** Parses the first value of an integer attribute; undefined when absent or not a decimal number. */
export function readBigInt(values: readonly string[] | string | undefined): bigint | undefined {
  const value = typeof values === 'string' ? values : values?.[0];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? BigInt(trimmed) : undefined;
}

/**
 * AD Boolean syntax is the strings TRUE and FALSE (Samba refuses anything else on write).
 * Returns undefined when the attribute is absent, which for Exchange usually means "default".
 */
export function readAdBoolean(values: readonly string[] | undefined): boolean | undefined {
  const value = values?.[0];
  if (value === undefined) return undefined;
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return undefined;
}

export function writeAdBoolean(value: boolean): string {
  return value ? 'TRUE' : 'FALSE';
}

/**
 * AD's groupType is a signed 32-bit integer on the wire (security groups are negative), but some
 * tools write the unsigned form; both are accepted and returned as a signed 32-bit number.
 */
export function readInt32(values: readonly string[] | string | undefined): number | undefined {
  const big = readBigInt(values);
  if (big === undefined) return undefined;
  return Number(BigInt.asIntN(32, big));
}
