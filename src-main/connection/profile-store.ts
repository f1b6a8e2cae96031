import { randomUUID } from 'node:crypto';
import type { ConnectionProfile, ConnectionProfileInput } from '../../src-preload/contract/index.ts';
import { AppError } from '../../src-preload/contract/index.ts';
import type { Settings } from '../store/settings.ts';

const KEY = 'connection.profiles';

/** Connection profiles, kept in the local database's settings. Never holds a password. */
export class ProfileStore {
  readonly #settings: Settings;

  constructor(settings: Settings) {
    this.#settings = settings;
  }

  list(): ConnectionProfile[] {
    return this.#settings.get<ConnectionProfile[]>(KEY) ?? [];
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
    const profile: ConnectionProfile = { ...input, id: existing?.id ?? randomUUID() };
    // A pin is a decision about one certificate on one host: moving the profile drops it.
    if (existing && (existing.host !== profile.host || existing.port !== profile.port))
      delete profile.pinnedFingerprint;
    if (
      existing &&
      input.pinnedFingerprint === undefined &&
      existing.pinnedFingerprint &&
      existing.host === profile.host &&
      existing.port === profile.port
    ) {
      profile.pinnedFingerprint = existing.pinnedFingerprint;
    }
    this.#settings.set(
      KEY,
      existing ? all.map((p) => (p.id === profile.id ? profile : p)) : [...all, profile],
    );
    return profile;
  }

  update(id: string, patch: Partial<ConnectionProfile>): ConnectionProfile {
    const profile = { ...this.get(id), ...patch, id };
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
