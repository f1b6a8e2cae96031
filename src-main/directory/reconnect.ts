/**
 * When to try reconnecting: after each delay in turn, the last one repeating, until an attempt
 * reports it is done. Timers are unref'd so a dropped session never keeps the process alive.
 */
export class ReconnectPolicy {
  readonly #delaysMs: number[];
  #timer: NodeJS.Timeout | undefined;
  #running = false;

  constructor(delaysMs: number[]) {
    this.#delaysMs = delaysMs.length > 0 ? delaysMs : [1000];
  }

  /** attempt() resolves true when no further attempt is wanted. */
  start(attempt: () => Promise<boolean>, immediately = false): void {
    if (this.#running) return;
    this.#running = true;
    let round = 0;
    const next = (): void => {
      const delay =
        immediately && round === 0 ? 0 : (this.#delaysMs[Math.min(round, this.#delaysMs.length - 1)] ?? 1000);
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        attempt().then(
          (done) => {
            round += 1;
            if (done || !this.#running) this.#running = false;
            else next();
          },
          () => {
            round += 1;
            if (this.#running) next();
          },
        );
      }, delay);
      this.#timer.unref();
    };
    next();
  }

  cancel(): void {
    this.#running = false;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
