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

  save(
    input: ConnectionProfileInput & { allowPlain: boolean; readOnly: boolean; rememberPassword: boolean },
  ): ConnectionProfile {
    const all = this.list();
    const existing = input.id ? all.find((p) => p.id === input.id) : undefined;
    if (input.id && !existing)
      throw new AppError('NOT_FOUND', 'That connection profile no longer exists.', { id: input.id });
    const clash = all.find((p) => p.id !== input.id && p.name.toLowerCase() === input.name.toLowerCase());
    if (clash)
      throw new AppError('VALIDATION_FAILED', `A profile named "${input.name}" already exists.`, {
        field: 'name',
      });
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
    this.#settings.set(
      KEY,
      existing ? all.map((p) => (p.id === profile.id ? profile : p)) : [...all, profile],
    );
    return profile;
  }

  /**
   * Adds a trusted certificate to the profile's pins (once). At the limit the oldest pin goes:
   * losing a pin is safe (that DC asks again), a list the contract refuses is not.
   */
  addPin(id: string, fingerprint256: string): ConnectionProfile {
    const pins = this.get(id).pinnedFingerprints ?? [];
    if (pins.includes(fingerprint256)) return this.get(id);
    return this.update(id, { pinnedFingerprints: [...pins, fingerprint256].slice(-MAX_PINS) });
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
