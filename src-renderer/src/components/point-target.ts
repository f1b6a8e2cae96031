/** A zero-size positioning target at a point: Fluent's Menu opens there, as a context menu does. */
export function pointTarget(
  at: { x: number; y: number } | null,
): { getBoundingClientRect(): DOMRect } | undefined {
  if (at === null) return undefined;
  return {
    getBoundingClientRect: () =>
      ({
        x: at.x,
        y: at.y,
        left: at.x,
        top: at.y,
        right: at.x,
        bottom: at.y,
        width: 0,
        height: 0,
      }) as DOMRect,
  };
}
