import { readInt32 } from '../recipients/ad-values.ts';
import { GROUP_TYPE } from '../recipients/recipient-types.ts';

/**
 * groupType as ADUC's group General tab shows it: a scope (global, domain local, universal) and a
 * type (security when the sign bit is set, else distribution), packed in one signed 32-bit value.
 */
export type GroupScope = 'global' | 'domainLocal' | 'universal';

export const GROUP_SCOPE_LABELS: Record<GroupScope, string> = {
  domainLocal: 'Domain local',
  global: 'Global',
  universal: 'Universal',
};

const SCOPE_BITS: Record<GroupScope, number> = {
  global: GROUP_TYPE.global,
  domainLocal: GROUP_TYPE.domainLocal,
  universal: GROUP_TYPE.universal,
};
const ALL_SCOPES = GROUP_TYPE.global | GROUP_TYPE.domainLocal | GROUP_TYPE.universal;

export function groupScope(values: readonly string[]): GroupScope | undefined {
  const value = readInt32(values);
  if (value === undefined) return undefined;
  return (Object.keys(SCOPE_BITS) as GroupScope[]).find((scope) => (value & SCOPE_BITS[scope]) !== 0);
}

export function isSecurityGroup(values: readonly string[]): boolean {
  return ((readInt32(values) ?? 0) & GROUP_TYPE.security) !== 0;
}

/**
 * The scopes a group may be changed to from `from`, as AD allows them: global and domain local
 * only go through universal. (The DC also checks membership rules and says so if they fail.)
 */
export function reachableScopes(from: GroupScope | undefined): GroupScope[] {
  if (from === 'universal') return ['universal', 'global', 'domainLocal'];
  if (from === 'global' || from === 'domainLocal') return [from, 'universal'];
  return [];
}

/** The new groupType with another scope, the security bit and any other bit kept. */
export function withGroupScope(values: readonly string[], scope: GroupScope): string[] {
  const value = readInt32(values);
  if (value === undefined) return [...values];
  return [String((value & ~ALL_SCOPES) | SCOPE_BITS[scope])];
}

/** The new groupType as security (true) or distribution (false), the scope kept. */
export function withSecurity(values: readonly string[], security: boolean): string[] {
  const value = readInt32(values);
  if (value === undefined) return [...values];
  return [String(security ? value | GROUP_TYPE.security : value & ~GROUP_TYPE.security)];
}
