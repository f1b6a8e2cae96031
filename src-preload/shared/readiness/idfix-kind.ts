import type { IdFixKind } from './finding.ts';

// The validation codes of the shared rules, sorted into IdFix's error kinds so the column reads as
// IdFix users know it. Anything not listed is a Format error.
const KINDS: Record<string, IdFixKind> = {
  'contains-space': 'Character',
  'invalid-character': 'Character',
  'non-ascii': 'Character',
  ampersand: 'Character',
  'control-character': 'Character',
  'sam-character': 'Character',
  'too-long': 'Length',
  'prefix-too-long': 'Length',
  'local-part-too-long': 'Length',
  'domain-too-long': 'Length',
  'too-large': 'Length',
  empty: 'Blank',
  'missing-alias': 'Blank',
  'missing-mail': 'Blank',
  'invalid-top-level-domain': 'TopLevelDomain',
  'non-routable-domain': 'TopLevelDomain',
  'unverified-suffix': 'TopLevelDomain',
  'unknown-suffix': 'TopLevelDomain',
  'reserved-cloud-domain': 'DomainPart',
  'invalid-domain-label': 'DomainPart',
  'domain-no-dot': 'DomainPart',
  'missing-domain': 'DomainPart',
  'domain-literal': 'DomainPart',
  'invalid-suffix': 'DomainPart',
  'missing-local-part': 'LocalPart',
  'missing-prefix': 'LocalPart',
  'dot-at-edge': 'LocalPart',
  'consecutive-dots': 'LocalPart',
  'quoted-local-part': 'LocalPart',
  duplicate: 'Duplicate',
  'duplicate-proxy': 'Duplicate',
  'object-type-mismatch': 'Duplicate',
};

export function idFixKind(code: string): IdFixKind {
  return KINDS[code] ?? 'Format';
}
