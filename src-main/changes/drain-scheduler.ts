import type { DrainSummary } from './drain.ts';
import type { DirectoryScope, Journal } from './journal.ts';

export interface DrainSchedulerOptions {
  journal: Journal;
  /** Where queued changes may go now: null while offline, disconnected or read-only. */
  scope(): DirectoryScope | null;
  /** Waits between passes while changes stay retryable; the last one repeats. */
  retryDelaysMs?: readonly number[];
  log(message: string, error?: unknown): void;
}

export interface DrainScheduler {
  /** Drain now (the session came online, or the admin asked); joins a running pass. */
  kick(): Promise<DrainSummary | null>;
  stop(): void;
}

const DEFAULT_DELAYS = [2_000, 5_000, 15_000, 30_000, 60_000];

/**
 * The one place that decides when queued changes are sent: when the session comes online, and
 * again with backoff while some stay retryable, so a change never stalls silently. A drain that
 * fails is logged, never swallowed; the next kick or timer tries again.
 */
export function createDrainScheduler(options: DrainSchedulerOptions): DrainScheduler {
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  let running: Promise<DrainSummary | null> | null = null;
  let again = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  function schedule(): void {
    if (stopped || timer !== null) return;
    const delay = delays[Math.min(failures, delays.length - 1)] ?? 60_000;
    failures += 1;
    timer = setTimeout(() => {
      timer = null;
      void kick();
    }, delay);
    timer.unref?.();
  }

  async function pass(): Promise<DrainSummary | null> {
    let last: DrainSummary | null = null;
    do {
      again = false;
      const scope = options.scope();
      if (scope === null) return last;
      last = await options.journal.applyPending({
        scope,
        canSend: () => options.scope() !== null,
      });
    } while (again && !stopped);
    return last;
  }

  function kick(): Promise<DrainSummary | null> {
    if (stopped) return Promise.resolve(null);
    if (running !== null) {
      again = true;
      return running;
    }
    running = pass()
      .then((summary) => {
        if (summary !== null && (summary.retryable > 0 || summary.stoppedOffline)) schedule();
        else failures = 0;
        return summary;
      })
      .catch((error: unknown) => {
        options.log('Sending queued changes failed; trying again later', error);
        schedule();
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    kick,
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
