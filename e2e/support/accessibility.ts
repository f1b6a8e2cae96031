import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The three ways the OS can ask the app to look; the app follows each (src-renderer/src/theme). */
export const COLOR_MODES = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced colors', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** Switches the emulated OS setting; the app's theme follows the media query's change event. */
export async function useColorMode(page: Page, mode: ColorMode): Promise<void> {
  await page.emulateMedia(mode.media);
  const theme = mode.name === 'forced colors' ? 'high-contrast' : mode.name;
  await page.locator(`[data-theme="${theme}"]`).first().waitFor();
}

/**
 * Axe's serious and critical findings on what the page shows now, one readable line each, so a
 * failing spec says which rule broke where. Fluent's focus manager (tabster) inserts aria-hidden
 * focus sentinels that pass focus on at once; they are not content, and Fluent's own accessibility
 * tests exclude them the same way.
 */
export async function seriousViolations(page: Page, where = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where ? `${where}: ` : ''}${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}
