import { readFileSync, writeFileSync } from 'node:fs';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const DEFAULT_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/**
 * Restores the last window bounds, but only where they still fall on a connected display: a laptop
 * undocked from its second monitor must not open the window off-screen.
 */
export function loadWindowState(file: string, displays: Area[]): WindowState {
  let saved: Partial<WindowState>;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>;
  } catch {
    return DEFAULT_STATE;
  }
  const width = clamp(saved.width, 640, 10_000, DEFAULT_STATE.width);
  const height = clamp(saved.height, 480, 10_000, DEFAULT_STATE.height);
  const maximized = saved.maximized === true;
  const { x, y } = saved;
  if (typeof x !== 'number' || typeof y !== 'number') return { width, height, maximized };
  const visible = displays.some(
    (d) => x + 100 > d.x && y + 40 > d.y && x + 100 < d.x + d.width && y + 40 < d.y + d.height,
  );
  return visible ? { x, y, width, height, maximized } : { width, height, maximized };
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Losing the window position is not worth interrupting a quit.
  }
}

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
