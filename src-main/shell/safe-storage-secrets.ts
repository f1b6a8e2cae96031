import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import type { SecretStore } from '../secrets/secret-store.ts';

/**
 * Secrets encrypted with the OS keystore (DPAPI on Windows, Keychain, libsecret) through Electron's
 * safeStorage; the file holds only ciphertext. Where no keystore is available nothing is stored,
 * rather than falling back to plain text.
 */
export class SafeStorageSecretStore implements SecretStore {
  readonly #safeStorage: Electron.SafeStorage;
  readonly #file: string;

  constructor(safeStorage: Electron.SafeStorage, file: string) {
    this.#safeStorage = safeStorage;
    this.#file = file;
  }

  get persistent(): boolean {
    return this.#safeStorage.isEncryptionAvailable();
  }

  async get(key: string): Promise<string | null> {
    const sealed = this.#read()[key];
    if (sealed === undefined || !this.persistent) return null;
    try {
      return this.#safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return null;
    }
  }

  async set(key: string, value: string): Promise<void> {
    if (!this.persistent) return;
    const all = this.#read();
    all[key] = this.#safeStorage.encryptString(value).toString('base64');
    this.#write(all);
  }

  async delete(key: string): Promise<void> {
    const all = this.#read();
    delete all[key];
    this.#write(all);
  }

  #read(): Record<string, string> {
    try {
      return JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }

  #write(all: Record<string, string>): void {
    writeFileSync(`${this.#file}.tmp`, JSON.stringify(all), { mode: 0o600 });
    renameSync(`${this.#file}.tmp`, this.#file);
  }
}
