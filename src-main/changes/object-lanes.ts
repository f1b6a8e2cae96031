/**
 * One queue per object. Every send of an object's changes (submit, retry, resolve, undo, the
 * drain) runs through its lane, so a later change never overtakes an earlier one of the same
 * object, whoever triggered it; different objects never wait for each other.
 */
export class ObjectLanes {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(objectGuid: string, work: () => Promise<T>): Promise<T> {
    const key = objectGuid.toLowerCase();
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return next;
  }
}
