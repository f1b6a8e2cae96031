import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState } from './window-state.ts';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rd-ws-'));

  it('restores what was saved when it is still on a display', () => {
    const file = join(dir, 'a.json');
    saveWindowState(file, { x: 100, y: 50, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file, [display])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('drops the position when that display is gone, keeping the size', () => {
    const file = join(dir, 'b.json');
    saveWindowState(file, { x: 2500, y: 100, width: 900, height: 600, maximized: false });
    expect(loadWindowState(file, [display])).toEqual({ width: 900, height: 600, maximized: false });
  });

  it('falls back to defaults on a missing or corrupt file and clamps silly sizes', () => {
    expect(loadWindowState(join(dir, 'none.json'), [display]).width).toBe(1280);
    const file = join(dir, 'c.json');
    writeFileSync(file, '{"width": 5, "height": "x"}');
    expect(loadWindowState(file, [display])).toEqual({ width: 640, height: 800, maximized: false });
  });
});
