/**
 * Where passwords live. The Electron shell backs this with the OS keystore (safeStorage); the browser
 * transport keeps secrets in memory for the session only, because a web page has no keystore to use.
 * Nothing else in the app may persist a secret.
 */
export interface SecretStore {
  /** False when secrets vanish with the process (the browser transport). */
  readonly persistent: boolean;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export class SessionSecretStore implements SecretStore {
  readonly persistent = false;
  readonly #values = new Map<string, string>();

  async get(key: string): Promise<string | null> {
    return this.#values.get(key) ?? null;
  }
  async set(key: string, value: string): Promise<void> {
    this.#values.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }
}
