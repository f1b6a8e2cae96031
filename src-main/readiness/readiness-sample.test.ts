import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, ReadinessReport } from '../../src-preload/contract/index.ts';
import { SAMPLE_DOMAIN_DN } from '../../src-preload/shared/sample-directory.ts';
import { SessionSecretStore } from '../secrets/secret-store.ts';
import { createServices, type Services } from '../services.ts';

// Readiness with no DC at all: the sample directory carries the seed's broken and tricky objects,
// so a newcomer's first scan finds real problems, from the entry cache.
let dir: string;
let services: Services;

async function call<T>(name: MethodName, input: unknown): Promise<T> {
  const result = await services.registry.dispatch(name, input, { transport: 'browser' });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-readiness-sample-'));
  services = createServices({
    userDataDir: dir,
    secrets: new SessionSecretStore(),
    facts: { name: 'RecipientDesk', version: '0.0.0', electronVersion: null },
  });
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('readiness over the entry cache', () => {
  it('scans the sample directory offline and finds the planted problems, both sides of a duplicate', async () => {
    await call('directory.openSample', {});
    const report = await call<ReadinessReport>('readiness.scan', {
      baseDn: SAMPLE_DOMAIN_DN,
      excludeDns: [`OU=Not Synced,${SAMPLE_DOMAIN_DN}`],
    });
    expect(report).toMatchObject({ read: 0, incremental: false, cancelled: false });
    expect(report.health.advice).toMatch(/^Checked from the cache/);
    expect(report.checked).toBeGreaterThan(100);
    const on = (cn: string) => report.findings.filter((f) => f.dn.startsWith(`CN=${cn},`)).map((f) => f.rule);
    expect(on('Jon Duplicate')).toContain('duplicate');
    expect(on('Joan Duplicate')).toContain('duplicate');
    expect(on('Front Desk')).toContain('object-type-mismatch');
    expect(on('R&D Lab')).toContain('ampersand');
    expect(on('Helen Fox')).toContain('contains-space');
    expect(on("Liam O'Brien")).toEqual([]);
    expect(on('Kim Legacy')).toEqual([]);
    expect(report.findings.some((f) => /OU=Not Synced/i.test(f.dn))).toBe(false);
  });
});
