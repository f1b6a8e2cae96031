import { describe, expect, it } from 'vitest';
import type { ConnectionProfile } from '../../src-preload/contract/index.ts';
import type { Settings } from '../store/settings.ts';
import { ProfileStore } from './profile-store.ts';

function memorySettings(initial: Record<string, unknown> = {}): Settings {
  const values = new Map(Object.entries(initial));
  return {
    get: <T>(key: string) => structuredClone(values.get(key)) as T | undefined,
    set: (key, value) => void values.set(key, structuredClone(value)),
    delete: (key) => void values.delete(key),
  };
}

const pin = (byte: string): string => `${byte}:`.repeat(31) + byte;

const stored: ConnectionProfile = {
  id: 'p1',
  name: 'Corp',
  host: 'corp.test',
  port: 636,
  security: 'ldaps',
  allowPlain: false,
  bindIdentity: 'admin@corp.test',
  readOnly: false,
  rememberPassword: false,
};

function input(profile: ConnectionProfile): Parameters<ProfileStore['save']>[0] {
  const { pinnedFingerprints: _pins, pinnedFingerprint: _pin, ...rest } = profile;
  return rest;
}

describe('profile pins', () => {
  it('reads a profile saved with one pinnedFingerprint as a one-element list', () => {
    const store = new ProfileStore(
      memorySettings({ 'connection.profiles': [{ ...stored, pinnedFingerprint: pin('AA') }] }),
    );
    const profile = store.get('p1');
    expect(profile.pinnedFingerprints).toEqual([pin('AA')]);
    expect(profile).not.toHaveProperty('pinnedFingerprint');
  });

  it('adds trusted certificates to the list, each once', () => {
    const store = new ProfileStore(
      memorySettings({ 'connection.profiles': [{ ...stored, pinnedFingerprint: pin('AA') }] }),
    );
    expect(store.prepare(input(stored), [pin('BB'), pin('AA'), pin('BB')]).pinnedFingerprints).toEqual([
      pin('AA'),
      pin('BB'),
    ]);
  });

  it('keeps at most 16 pins, dropping the oldest', () => {
    const store = new ProfileStore(memorySettings({ 'connection.profiles': [stored] }));
    const bytes = Array.from({ length: 17 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));
    expect(store.prepare(input(stored), bytes.map(pin)).pinnedFingerprints).toEqual(bytes.slice(1).map(pin));
  });

  it('keeps the pins on a save that does not mention them, drops them when the host moves', () => {
    const store = new ProfileStore(
      memorySettings({ 'connection.profiles': [{ ...stored, pinnedFingerprints: [pin('AA'), pin('BB')] }] }),
    );
    expect(store.save({ ...input(stored), readOnly: true }).pinnedFingerprints).toEqual([
      pin('AA'),
      pin('BB'),
    ]);
    expect(store.save({ ...input(stored), host: 'dc2.corp.test' }).pinnedFingerprints).toBeUndefined();
    expect(store.get('p1').pinnedFingerprints).toBeUndefined();
  });

  it('prepares without saving: a profile tried for a connect is stored only by persist', () => {
    const store = new ProfileStore(memorySettings());
    const draft = store.prepare({ ...input(stored), id: undefined, name: 'New DC' }, [pin('AA')]);
    expect(store.list()).toEqual([]);
    store.persist(draft);
    expect(store.list()).toEqual([draft]);
    expect(draft.pinnedFingerprints).toEqual([pin('AA')]);
  });

  it('renames a profile, refusing a name another profile has', () => {
    const store = new ProfileStore(
      memorySettings({ 'connection.profiles': [stored, { ...stored, id: 'p2', name: 'Branch' }] }),
    );
    expect(store.rename('p1', 'Head office').name).toBe('Head office');
    expect(store.get('p1')).toMatchObject({ name: 'Head office', host: 'corp.test' });
    expect(() => store.rename('p1', 'branch')).toThrow(/already exists/);
  });

  it('takes the pins a save gives, an empty list clearing them', () => {
    const store = new ProfileStore(
      memorySettings({ 'connection.profiles': [{ ...stored, pinnedFingerprints: [pin('AA')] }] }),
    );
    expect(store.save({ ...input(stored), pinnedFingerprints: [pin('CC')] }).pinnedFingerprints).toEqual([
      pin('CC'),
    ]);
    expect(store.save({ ...input(stored), pinnedFingerprints: [] }).pinnedFingerprints).toBeUndefined();
  });
});
