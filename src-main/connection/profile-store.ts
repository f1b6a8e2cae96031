import { randomUUID } from 'node:crypto';
import type { ConnectionProfile, ConnectionProfileInput } from '../../src-preload/contract/index.ts';
import { AppError } from '../../src-preload/contract/index.ts';
import type { Settings } from '../store/settings.ts';

const KEY = 'connection.profiles';
/** The contract's limit (profileInput.pinnedFingerprints). */
const MAX_PINS = 16;

/** Profiles saved before several pins held one `pinnedFingerprint`: it reads as a one-element list. */
function withPinList(profile: ConnectionProfile): ConnectionProfile {
  const { pinnedFingerprint, ...rest } = profile;
  const pins = [
    ...new Set([...(pinnedFingerprint ? [pinnedFingerprint] : []), ...(rest.pinnedFingerprints ?? [])]),
  ];
  if (pins.length > 0) rest.pinnedFingerprints = pins.slice(-MAX_PINS);
  else delete rest.pinnedFingerprints;
  return rest;
}

/** A profile as the contract has parsed it (its defaults filled in). */
export type SavableProfile = ConnectionProfileInput & {
  allowPlain: boolean;
  readOnly: boolean;
  rememberPassword: boolean;
};

/** Connection profiles, kept in the local database's settings. Never holds a password. */
export class ProfileStore {
  readonly #settings: Settings;

  constructor(settings: Settings) {
    this.#settings = settings;
  }

  list(): ConnectionProfile[] {
    return (this.#settings.get<ConnectionProfile[]>(KEY) ?? []).map(withPinList);
  }

  get(id: string): ConnectionProfile {
    const profile = this.list().find((p) => p.id === id);
    if (!profile) throw new AppError('NOT_FOUND', 'That connection profile no longer exists.', { id });
    return profile;
  }

  save(input: SavableProfile): ConnectionProfile {
    return this.persist(this.prepare(input));
  }

  /**
   * The profile `input` would be saved as (name checked, pins carried over or dropped), without
   * saving it: a connect tries this and saves it only once the bind succeeded. `trust` adds the
   * certificates the user has just trusted, each once; at the limit the oldest pin goes: losing a
   * pin is safe (that DC asks again), a list the contract refuses is not.
   */
  prepare(input: SavableProfile, trust: readonly string[] = []): ConnectionProfile {
    const all = this.list();
    const existing = input.id ? all.find((p) => p.id === input.id) : undefined;
    if (input.id && !existing)
      throw new AppError('NOT_FOUND', 'That connection profile no longer exists.', { id: input.id });
    this.#checkName(input.name, input.id);
    const profile = withPinList({ ...input, id: existing?.id ?? randomUUID() });
    const moved = existing && (existing.host !== profile.host || existing.port !== profile.port);
    // A pin is a decision about certificates on one host: moving the profile drops them all.
    if (moved) delete profile.pinnedFingerprints;
    // An input that says nothing about pins keeps the ones trusted so far (an empty list clears them).
    else if (
      existing?.pinnedFingerprints &&
      input.pinnedFingerprints === undefined &&
      input.pinnedFingerprint === undefined
    )
      profile.pinnedFingerprints = existing.pinnedFingerprints;
    if (trust.length > 0)
      profile.pinnedFingerprints = [...new Set([...(profile.pinnedFingerprints ?? []), ...trust])].slice(
        -MAX_PINS,
      );
    return profile;
  }

  /** Saves a profile from `prepare` (checking its name again: another may have taken it meanwhile). */
  persist(profile: ConnectionProfile): ConnectionProfile {
    this.#checkName(profile.name, profile.id);
    const all = this.list();
    const known = all.some((p) => p.id === profile.id);
    this.#settings.set(KEY, known ? all.map((p) => (p.id === profile.id ? profile : p)) : [...all, profile]);
    return profile;
  }

  rename(id: string, name: string): ConnectionProfile {
    this.get(id);
    this.#checkName(name, id);
    return this.update(id, { name });
  }

  #checkName(name: string, id: string | undefined): void {
    const clash = this.list().find((p) => p.id !== id && p.name.toLowerCase() === name.toLowerCase());
    if (clash)
      throw new AppError('VALIDATION_FAILED', `A profile named "${name}" already exists.`, { field: 'name' });
  }

  update(id: string, patch: Partial<ConnectionProfile>): ConnectionProfile {
    const profile = withPinList({ ...this.get(id), ...patch, id });
    this.#settings.set(
      KEY,
      this.list().map((p) => (p.id === id ? profile : p)),
    );
    return profile;
  }

  delete(id: string): void {
    this.#settings.set(
      KEY,
      this.list().filter((p) => p.id !== id),
    );
  }
}
