import { useSyncExternalStore } from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

const DARK = '(prefers-color-scheme: dark)';
const FORCED = '(forced-colors: active)';

/** The app follows the OS: Windows high contrast wins over dark, dark over light. */
export function currentThemeName(): ThemeName {
  if (window.matchMedia(FORCED).matches) return 'high-contrast';
  return window.matchMedia(DARK).matches ? 'dark' : 'light';
}

export const themes: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

function subscribe(onChange: () => void): () => void {
  const queries = [window.matchMedia(DARK), window.matchMedia(FORCED)];
  for (const q of queries) q.addEventListener('change', onChange);
  return () => {
    for (const q of queries) q.removeEventListener('change', onChange);
  };
}

export function useOsThemeName(): ThemeName {
  return useSyncExternalStore(subscribe, currentThemeName);
}
