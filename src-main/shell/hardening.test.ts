import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from './hardening.ts';

type OpenHandler = (details: { url: string }) => { action: string };

/** Just enough of a WebContents: its navigation events and the window-open handler. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler = () => ({ action: 'allow' });
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: OpenHandler) => void (openHandler = handler),
  });
  const navigate = (event: string, url: string) => {
    const e = { preventDefault: vi.fn() };
    emitter.emit(event, e, url);
    return e.preventDefault.mock.calls.length > 0 ? 'refused' : 'allowed';
  };
  return {
    contents: contents as unknown as Electron.WebContents,
    navigate,
    open: (url: string) => openHandler({ url }),
  };
}

const isAppUrl = (url: string) => url === 'file:///app/index.html';

describe('guardWebContents', () => {
  it('keeps navigation on our page and opens only allow-listed links outside', () => {
    const fake = fakeContents();
    const openExternal = vi.fn(async () => {});
    guardWebContents(fake.contents, isAppUrl, openExternal);

    expect(fake.navigate('will-navigate', 'file:///app/index.html')).toBe('allowed');
    expect(fake.navigate('will-navigate', 'https://learn.microsoft.com/x')).toBe('refused');
    expect(fake.navigate('will-navigate', 'https://evil.example/')).toBe('refused');
    expect(fake.navigate('will-redirect', 'https://github.com/')).toBe('refused');
    expect(fake.open('https://github.com/y')).toEqual({ action: 'deny' });
    expect(fake.open('file:///C:/evil.exe')).toEqual({ action: 'deny' });

    // Redirects never open anything; clicked and window.open links do, when allowed.
    expect(openExternal.mock.calls).toEqual([['https://learn.microsoft.com/x'], ['https://github.com/y']]);
  });
});
