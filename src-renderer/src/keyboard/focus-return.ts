import { useEffect, useRef } from 'react';

/**
 * A menu opened at the pointer (right-click, Shift+F10) has no trigger for Fluent to give focus
 * back to, so Escape left focus on the page body and the keyboard user lost their place. This
 * remembers what had focus when the menu opened and restores it once the menu is gone, unless
 * the chosen item moved focus somewhere on purpose (a dialog, a field).
 */
export function useFocusReturn(open: boolean): void {
  const origin = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read while rendering the opening: the popover's own effects move focus into the menu before
  // any effect of this component runs.
  if (open && !wasOpen.current) {
    const active = document.activeElement;
    origin.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  wasOpen.current = open;
  useEffect(() => {
    if (open) return;
    const target = origin.current;
    origin.current = null;
    if (!target) return;
    const frame = requestAnimationFrame(() => {
      const now = document.activeElement;
      if ((now === null || now === document.body) && target.isConnected) target.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [open]);
}
