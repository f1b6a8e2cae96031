import { newSecret, tokensEqual } from './security.ts';

/** Long enough to start a browser on a slow laptop, short enough that a forgotten URL is worthless. */
export const LAUNCH_CODE_TTL_MS = 2 * 60 * 1000;

export interface LaunchSessionOptions {
  ttlMs?: number;
  /** Injected so tests can move time on without waiting. */
  now?: () => number;
}

/**
 * The printed launch URL is visible to other local users (the browser's command line sits in /proc),
 * so it carries only a one-time code. The first page to exchange it gets the session token, which is
 * never printed nor put on a command line; after that, or once the code has expired, the code is
 * worthless. One launch, one session: a second browser tab needs a restart (or a duplicated tab).
 */
export class LaunchSession {
  readonly #now: () => number;
  readonly #expiresAt: number;
  #code: string | null = newSecret();
  #token: string | null = null;

  constructor(options: LaunchSessionOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#expiresAt = this.#now() + (options.ttlMs ?? LAUNCH_CODE_TTL_MS);
  }

  /** The code to print; empty once spent or expired, so it cannot be printed again by mistake. */
  get code(): string {
    return this.#codeIfFresh() ?? '';
  }

  /** The session token for the right, fresh, unused code; null for anything else. */
  exchange(given: string | undefined): string | null {
    const code = this.#codeIfFresh();
    if (code === null || !tokensEqual(code, given)) return null;
    this.#code = null;
    this.#token = newSecret();
    return this.#token;
  }

  authorises(given: string | undefined): boolean {
    return this.#token !== null && tokensEqual(this.#token, given);
  }

  #codeIfFresh(): string | null {
    if (this.#code !== null && this.#now() > this.#expiresAt) this.#code = null;
    return this.#code;
  }
}
