// Code the list benches run inside the page. Kept as text: the e2e tree is compiled for Node
// (no DOM types), and this runs in Chromium, never in Node.

/** `(dn) => sibling DN | null`: another tree item under the same parent. */
export const SIBLING_OF = `(dn) => {
  const item = document.querySelector('[data-dn="' + CSS.escape(dn) + '"]');
  const others = [...(item?.parentElement?.children ?? [])].filter((e) => e !== item && e.hasAttribute('data-dn'));
  return others[0]?.getAttribute('data-dn') ?? null;
}`;

/**
 * \`(dn) => ms\`: clicks the tree item, then waits for a row of that OU in the list and for the
 * frame that paints it (the first task after that frame's rAF).
 */
export const CLICK_TO_FIRST_ROW = `(dn) => new Promise((resolve) => {
  const item = document.querySelector('[data-dn="' + CSS.escape(dn) + '"] > div');
  const selector = '[role=grid] [role=row][data-key$="' + CSS.escape(',' + dn) + '"]';
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  item.click();
})`;

/**
 * \`() => {frames, script}\`: scrolls the list from top to bottom one screen per frame. A frame's
 * time runs from the scroll event that starts it (the table renders its rows within it) through
 * the rAF callbacks, style, layout and paint, to the first task after that frame; the interval
 * between frames would only show the display's 16.7 ms, whatever the work. \`script\` is the part
 * spent in the scroll event (React rendering the rows).
 */
export const SCROLL_END_TO_END = `() => new Promise((resolve) => {
  const viewport = document.querySelector('[role=grid] > div');
  const step = viewport.clientHeight;
  const frames = [];
  const script = [];
  const after = new MessageChannel();
  let frameStart = performance.now();
  window.addEventListener('scroll', () => (frameStart = performance.now()), { capture: true });
  // Registered after React's own listener on the same element: runs once the rows are rendered.
  viewport.addEventListener('scroll', () => script.push(performance.now() - frameStart));
  after.port1.onmessage = () => {
    frames.push(performance.now() - frameStart);
    if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) {
      resolve({ frames, script });
      return;
    }
    viewport.scrollTop += step;
    requestAnimationFrame(() => after.port2.postMessage(null));
  };
  viewport.scrollTop += step;
  requestAnimationFrame(() => after.port2.postMessage(null));
})`;

/** Runs one of the scripts above with JSON arguments. */
export function call(script: string, ...args: unknown[]): string {
  return `(${script})(${args.map((a) => JSON.stringify(a)).join(', ')})`;
}
