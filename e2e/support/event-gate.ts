import type { Page, WebSocketRoute } from '@playwright/test';

interface Frame {
  event: string;
  payload: { loadId?: string; done?: boolean; cancelled?: boolean; loaded?: number; fromCache?: boolean };
}

/**
 * Sits on the browser transport's event socket, between main and the page, so a spec can hold
 * list pages back and look at the list between two pages (what a user sees on a slow DC) without
 * any timing luck. Everything else passes through untouched.
 */
export class EventGate {
  /** Every onListPage main sent, held or not. */
  readonly pages: Frame['payload'][] = [];
  #hold: ((frame: Frame) => boolean) | null = null;
  #held: string[] = [];
  #page: WebSocketRoute | null = null;

  /** Call before connecting: it reloads the page. */
  static async install(page: Page): Promise<EventGate> {
    const gate = new EventGate();
    await page.routeWebSocket(/\/api\/events$/, (ws) => {
      gate.#page = ws;
      const server = ws.connectToServer();
      server.onMessage((message) => {
        const text = String(message);
        const frame = JSON.parse(text) as Frame;
        if (frame.event === 'onListPage') gate.pages.push(frame.payload);
        if (gate.#hold?.(frame)) gate.#held.push(text);
        else ws.send(text);
      });
      ws.onMessage((message) => server.send(message));
    });
    // The page opened its socket before the route existed: reload so the new one goes through it
    // (the tab keeps its session token; nothing is connected yet).
    await page.reload();
    await page.locator('[data-app-state="ready"]').waitFor();
    return gate;
  }

  /** Holds back list pages after the first `pass` of each load (the final page counts as one). */
  holdListPagesAfter(pass: number): void {
    const seen = new Map<string, number>();
    this.#hold = (frame) => {
      if (frame.event !== 'onListPage') return false;
      const id = frame.payload.loadId ?? '';
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      return n > pass;
    };
  }

  /** Holds back the DC's list pages (a slow DC), letting the cache's pages through. */
  holdLivePages(): void {
    this.#hold = (frame) => frame.event === 'onListPage' && frame.payload.fromCache !== true;
  }

  /** Lets everything held through, in order, and stops holding. */
  release(): void {
    this.#hold = null;
    for (const text of this.#held.splice(0)) this.#page?.send(text);
  }
}
