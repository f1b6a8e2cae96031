/**
 * The passwords of password changes not yet sent, in this process's memory only, keyed by change
 * id. The journal's row never holds one, so after a restart the change is there and its password
 * is not: the journal then says the password must be entered again (see apply-password.ts).
 */
export class PasswordSecrets {
  readonly #byChange = new Map<number, string>();

  hold(changeId: number, password: string): void {
    this.#byChange.set(changeId, password);
  }

  get(changeId: number): string | undefined {
    return this.#byChange.get(changeId);
  }

  has(changeId: number): boolean {
    return this.#byChange.has(changeId);
  }

  /** Once sent (applied or refused) or discarded: nothing keeps a password longer than needed. */
  forget(changeId: number): void {
    this.#byChange.delete(changeId);
  }
}
