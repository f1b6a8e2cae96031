import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ConnectionInfo,
  ConnectionProfile,
  ConnectionSnapshot,
} from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// The dialog connects with its form; main saves the profile only when the bind succeeded.
const facts = loadDcFacts();
let app: ServicesHarness;

const form = (overrides: Partial<ConnectionProfile> = {}) => ({
  name: 'Head office',
  host: facts.host,
  port: facts.ldapsPort,
  security: 'ldaps',
  bindIdentity: facts.admin.upn,
  caPem: readFileSync(facts.caFile, 'utf8'),
  ...overrides,
});

beforeEach(() => {
  app = startServices(facts);
});
afterEach(async () => {
  await app.services.dispose();
});

describe('connecting with the dialog form', () => {
  it('a failed first connect saves nothing; a successful one saves the profile it connected with', async () => {
    const failed = await app.dispatch('directory.connect', {
      profile: form(),
      password: 'not-the-password',
    });
    expect(failed.ok).toBe(false);
    expect(await app.call<ConnectionProfile[]>('directory.listProfiles', {})).toEqual([]);

    const info = await app.call<ConnectionInfo>('directory.connect', {
      profile: form(),
      password: facts.admin.password,
    });
    const saved = await app.call<ConnectionProfile[]>('directory.listProfiles', {});
    expect(saved).toEqual([info.profile]);
    expect(info.state).toMatchObject({ status: 'online', profileId: info.profile.id });
  });

  it('an edit that fails to connect leaves the saved profile as it was', async () => {
    const { profile } = await app.call<ConnectionInfo>('directory.connect', {
      profile: form(),
      password: facts.admin.password,
    });
    const edited = await app.dispatch('directory.connect', {
      profile: { ...form({ bindIdentity: 'nobody@corp.recipientdesk.test' }), id: profile.id },
      password: facts.admin.password,
    });
    expect(edited.ok).toBe(false);
    expect(await app.call<ConnectionProfile[]>('directory.listProfiles', {})).toEqual([profile]);
  });

  it('a certificate trusted in the dialog is pinned only once the connect with it succeeds', async () => {
    const { caPem: _ca, ...withoutCa } = form();
    const untrusted = await app.dispatch('directory.connect', {
      profile: withoutCa,
      password: facts.admin.password,
    });
    expect(untrusted.ok).toBe(false);
    if (untrusted.ok) return;
    expect(untrusted.error.code).toBe('TLS_UNTRUSTED');
    const fingerprint = String(untrusted.error.details?.['fingerprint256']);
    expect(await app.call<ConnectionProfile[]>('directory.listProfiles', {})).toEqual([]);

    const info = await app.call<ConnectionInfo>('directory.connect', {
      profile: withoutCa,
      password: facts.admin.password,
      trust: [fingerprint],
    });
    expect(info.profile.pinnedFingerprints).toEqual([fingerprint]);
  });

  it('renames and deletes profiles; getState tells a reloaded renderer what it is connected to', async () => {
    const { profile } = await app.call<ConnectionInfo>('directory.connect', {
      profile: form(),
      password: facts.admin.password,
    });
    const renamed = await app.call<ConnectionProfile>('directory.renameProfile', {
      id: profile.id,
      name: 'Head office DC1',
    });
    expect(renamed).toEqual({ ...profile, name: 'Head office DC1' });

    const snapshot = await app.call<ConnectionSnapshot>('directory.getState', {});
    expect(snapshot.state.status).toBe('online');
    expect(snapshot.info).toMatchObject({
      domainDnsName: facts.realm.toLowerCase(),
      profile: { id: profile.id, name: 'Head office DC1' },
    });

    await app.call('directory.deleteProfile', { id: profile.id });
    expect(await app.call<ConnectionProfile[]>('directory.listProfiles', {})).toEqual([]);
    expect(await app.call<ConnectionSnapshot>('directory.getState', {})).toMatchObject({
      state: { status: 'disconnected' },
      info: null,
    });
  });
});
