import type { Finding } from './finding.ts';

/**
 * The journal edit that applies a finding's fix to the object's current values of its attribute:
 * a compare-and-swap from `base` (what was read) to `desired`. Undefined when the finding has no
 * fix, or when its value is no longer there (someone fixed it meanwhile: nothing to do).
 */
export function fixEdit(
  finding: Finding,
  current: readonly string[],
): { attr: string; base: string[]; desired: string[] } | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  const base = [...current];
  const value = finding.value;
  if (value === undefined) {
    // A missing value (no alias, empty display name): set it.
    return fix.action === 'replace' ? { attr: finding.attribute, base, desired: [fix.value] } : undefined;
  }
  const at = base.indexOf(value);
  if (at < 0) return undefined;
  const desired =
    fix.action === 'remove'
      ? base.filter((_v, i) => i !== at)
      : base.map((v, i) => (i === at ? fix.value : v));
  return { attr: finding.attribute, base, desired };
}
