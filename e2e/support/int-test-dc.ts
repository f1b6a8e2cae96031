// Test-only: how the integration tests of this folder reach the Samba test DC (e2e/dc).
import { readFileSync } from 'node:fs';
import { loadDcFacts } from '../dc/facts.ts';
import type { DcFacts } from '../dc/facts.ts';
import type { DirectoryProfile } from '../../src-main/directory/profile.ts';

export const facts: DcFacts = loadDcFacts();
export const caPem = readFileSync(facts.caFile, 'utf8');

export function ldapsProfile(overrides: Partial<DirectoryProfile> = {}): DirectoryProfile {
  return {
    host: facts.host,
    port: facts.ldapsPort,
    security: 'ldaps',
    bindIdentity: facts.admin.upn,
    caPem,
    ...overrides,
  };
}
