/**
 * When to try reconnecting: after each delay in turn, the last one repeating, until an attempt
 * reports it is done. Timers are unref'd so a dropped session never keeps the process alive.
 */
export class ReconnectPolicy {
  readonly #delaysMs: number[];
  readonly #onWait: (nextAttemptAt: Date) => void;
  #timer: NodeJS.Timeout | undefined;
  #fire: (() => void) | undefined;
  #running = false;

  /** onWait is told, synchronously as each wait begins, when the attempt after it will start. */
  constructor(delaysMs: number[], onWait: (nextAttemptAt: Date) => void = () => undefined) {
    this.#delaysMs = delaysMs.length > 0 ? delaysMs : [1000];
    this.#onWait = onWait;
  }

  /**
   * attempt() resolves true when no further attempt is wanted. Already running: `immediately`
   * cuts the current wait short (the admin's "Reconnect now" must not sit out a 30 s backoff).
   */
  start(attempt: () => Promise<boolean>, immediately = false): void {
    if (this.#running) {
      if (immediately) this.#hurry();
      return;
    }
    this.#running = true;
    let round = 0;
    const next = (): void => {
      const delay =
        immediately && round === 0 ? 0 : (this.#delaysMs[Math.min(round, this.#delaysMs.length - 1)] ?? 1000);
      const fire = (): void => {
        this.#timer = undefined;
        this.#fire = undefined;
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
      };
      this.#fire = fire;
      this.#timer = setTimeout(fire, delay);
      this.#timer.unref();
      if (delay > 0) this.#onWait(new Date(Date.now() + delay));
    };
    next();
  }

  cancel(): void {
    this.#running = false;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#fire = undefined;
  }

  /** While waiting: attempt now. During an attempt: nothing (its outcome decides what is next). */
  #hurry(): void {
    const fire = this.#fire;
    if (this.#timer === undefined || fire === undefined) return;
    clearTimeout(this.#timer);
    fire();
  }
}
