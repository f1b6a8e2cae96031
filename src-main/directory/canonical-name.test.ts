import { describe, expect, it } from 'vitest';
import { canonicalName, canonicalParent } from './canonical-name.ts';

describe('canonical names', () => {
  it('writes the domain first and the path downwards', () => {
    expect(canonicalName('OU=Staff,OU=Sales,DC=corp,DC=example,DC=com')).toBe('corp.example.com/Sales/Staff');
    expect(canonicalName('DC=corp,DC=example,DC=com')).toBe('corp.example.com');
  });

  it('gives the parent of an object, escapes included', () => {
    expect(canonicalParent('CN=Müller\\, Zoë,OU=Sales,DC=corp,DC=test')).toBe('corp.test/Sales');
    expect(canonicalParent('CN=a,OU=R\\C3\\A9seau,DC=corp,DC=test')).toBe('corp.test/Réseau');
    expect(canonicalParent('CN=a,OU=A/B,DC=corp,DC=test')).toBe('corp.test/A\\/B');
  });
});
