import { describe, expect, it } from 'vitest';
import { appUrlMatcher } from './app-url.ts';

const fileUrl = 'file:///C:/Program%20Files/RecipientDesk/resources/app.asar/out/renderer/index.html';

describe('app URL', () => {
  it('accepts the dev server page exactly, with or without query and fragment', () => {
    const isAppUrl = appUrlMatcher(fileUrl, 'http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5173/?x=1#top')).toBe(true);
  });

  it('refuses what a prefix match let through', () => {
    const isAppUrl = appUrlMatcher(fileUrl, 'http://localhost:5173');
    expect(isAppUrl('http://localhost:5173.evil.example/')).toBe(false);
    expect(isAppUrl('http://localhost:51730/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/other.html')).toBe(false);
    expect(isAppUrl('https://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://user@localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('accepts the packaged file and no other file', () => {
    const isAppUrl = appUrlMatcher(fileUrl, undefined);
    expect(isAppUrl(fileUrl)).toBe(true);
    expect(isAppUrl(`${fileUrl}#details`)).toBe(true);
    expect(isAppUrl('file:///C:/Users/me/Downloads/evil.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
  });
});
