import type { ErrorInfo, ListPage, ListStarted } from '../../src-preload/contract/index.ts';
import { AppError, isAppError } from '../../src-preload/contract/errors.ts';
import { listSpec } from '../directory/browse.ts';
import type { Entry } from '../directory/entry.ts';
import type { SearchSpec } from '../directory/search.ts';
import { toRow } from '../directory/rows.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import { rowToListRow } from './list-rows.ts';

/** What a load needs from the session: its pages (a DirectorySession gives them). */
export interface PageSource {
  pages(spec: SearchSpec): AsyncGenerator<Entry[]>;
}

export interface ListLoadRequest {
  loadId: string;
  dn: string;
  attributes: string[];
  limit: number;
  /** About how many the container holds (from the cache), or null: told with every page. */
  expected?: number | null;
}

/**
 * The list pane's loads: each one reads a container page by page and pushes every page as an
 * onListPage event the moment the server returns it, so the first rows show while the rest is
 * still on its way. One list pane means one load: starting another cancels the running one.
 */
export class ListLoads {
  readonly #bus: EventBus;
  readonly #running = new Map<string, AbortController>();

  constructor(bus: EventBus) {
    this.#bus = bus;
  }

  /**
   * `preview`: the cache's copy, listed while the DC prepares its first page (Samba reads the
   * whole container before it answers: ~0.3 s for 20,000), so a known container paints at once.
   */
  start(source: PageSource, request: ListLoadRequest, preview?: PageSource): ListStarted {
    if (this.#running.has(request.loadId))
      throw new AppError('INVALID_INPUT', `A load with id ${request.loadId} is already running.`);
    for (const controller of this.#running.values()) controller.abort();
    const controller = new AbortController();
    this.#running.set(request.loadId, controller);
    void this.#run(source, request, controller.signal, preview).finally(() => {
      if (this.#running.get(request.loadId) === controller) this.#running.delete(request.loadId);
    });
    return { loadId: request.loadId };
  }

  cancel(loadId: string): void {
    this.#running.get(loadId)?.abort();
  }

  async #run(
    source: PageSource,
    request: ListLoadRequest,
    signal: AbortSignal,
    preview?: PageSource,
  ): Promise<void> {
    const { loadId, limit } = request;
    const expected = request.expected ?? null;
    let loaded = 0;
    let truncated = false;
    const end = (extra: Partial<ListPage>): void =>
      this.#emit({
        loadId,
        rows: [],
        loaded,
        expected,
        done: true,
        truncated,
        cancelled: false,
        error: null,
        ...extra,
      });
    // A cancel answers at once, even while a page is still being read: the read ends in the background.
    const aborted = new Promise<'aborted'>((resolve) =>
      signal.addEventListener('abort', () => resolve('aborted'), { once: true }),
    );
    const spec = listSpec(request.dn, request.attributes, limit);
    const pages = source.pages(spec);
    // The DC's search goes out first; the cached rows are read while it works.
    let pending: Promise<IteratorResult<Entry[]>> | null = pages.next();
    pending.catch(() => undefined); // awaited below
    try {
      if (preview !== undefined && (await this.#preview(preview, spec, request, signal)) === 'aborted') {
        end({ cancelled: true });
        return;
      }
      while (!truncated) {
        const next = await Promise.race([pending ?? pages.next(), aborted]);
        pending = null;
        if (next === 'aborted') {
          end({ cancelled: true });
          return;
        }
        if (next.done === true) break;
        let entries = next.value;
        // The search hands out one entry beyond the limit, so "there is more" can be said.
        if (loaded + entries.length > limit) {
          entries = entries.slice(0, limit - loaded);
          truncated = true;
        }
        const rows = entries.map((entry) => rowToListRow(toRow(entry, request.attributes)));
        loaded += rows.length;
        this.#emit({
          loadId,
          rows,
          loaded,
          expected,
          done: false,
          truncated: false,
          cancelled: false,
          error: null,
        });
      }
      end({});
    } catch (error) {
      end({ error: errorInfo(error) });
    } finally {
      void pages.return(undefined).catch(() => undefined);
    }
  }

  /** The cached rows as pages marked fromCache, yielding between pages so the DC's answer is read. */
  async #preview(
    preview: PageSource,
    spec: SearchSpec,
    request: ListLoadRequest,
    signal: AbortSignal,
  ): Promise<'aborted' | 'done'> {
    let sent = 0;
    try {
      for await (const entries of preview.pages(spec)) {
        if (signal.aborted) return 'aborted';
        const rows = entries
          .slice(0, Math.max(0, request.limit - sent))
          .map((entry) => rowToListRow(toRow(entry, request.attributes)));
        sent += rows.length;
        if (rows.length > 0)
          this.#emit({
            loadId: request.loadId,
            rows,
            loaded: 0,
            expected: request.expected ?? null,
            done: false,
            truncated: false,
            cancelled: false,
            error: null,
            fromCache: true,
          });
        if (sent >= request.limit) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch {
      // A copy that cannot be read is no reason to fail the live load: it simply paints later.
    }
    return signal.aborted ? 'aborted' : 'done';
  }

  #emit(page: ListPage): void {
    this.#bus.emit('onListPage', page);
  }
}

function errorInfo(error: unknown): ErrorInfo {
  if (isAppError(error)) return error.toInfo();
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
