import type { AttributeFacts } from '../../../../src-preload/contract/index.ts';

// Small readers shared by the recipient tabs. Attribute names are matched without case because
// LDAP names are case-insensitive, yet the sheet must write back under the schema's own spelling.

/** The schema's spelling of `attr` when the object may hold it, else undefined. */
export function allowedName(allowed: readonly AttributeFacts[], attr: string): string | undefined {
  const lower = attr.toLowerCase();
  return allowed.find((a) => a.name.toLowerCase() === lower)?.name;
}

export { valuesOf } from '../../../../src-preload/shared/values.ts';

/** AD Boolean as a three-way choice: 'TRUE', 'FALSE', or '' when absent (Exchange's default). */
export type TriState = 'TRUE' | 'FALSE' | '';

export function readTriState(values: readonly string[]): TriState {
  const upper = values[0]?.trim().toUpperCase();
  return upper === 'TRUE' ? 'TRUE' : upper === 'FALSE' ? 'FALSE' : '';
}

export function writeTriState(value: TriState): string[] {
  return value === '' ? [] : [value];
}

/**
 * A switch over an AD Boolean: on writes TRUE; off writes FALSE only when the attribute was
 * present, so switching on and off again leaves an absent attribute absent (no needless write).
 */
export function switchValues(checked: boolean, base: readonly string[]): string[] {
  if (checked) return ['TRUE'];
  return base.length > 0 ? ['FALSE'] : [];
}
