// Fluent gives focus back to a dialog's trigger as the dialog goes away. Where the next step is
// elsewhere (the tree after Connect), focus moves there only once no dialog is left, so the
// restore cannot undo it.

const DIALOG = '[role="dialog"], [role="alertdialog"]';
const QUIET_FRAMES = 2;

/** Focuses what `find` returns once no dialog has been on screen for two frames (gives up after `timeoutMs`). */
export function focusAfterDialogs(find: () => HTMLElement | null, timeoutMs = 3000): void {
  const started = performance.now();
  let quiet = 0;
  const step = () => {
    quiet = document.querySelector(DIALOG) === null ? quiet + 1 : 0;
    const target = quiet >= QUIET_FRAMES ? find() : null;
    if (target) target.focus();
    else if (performance.now() - started < timeoutMs) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** The tree item an admin works from: the open container, or the domain at the root. */
export function currentTreeItem(): HTMLElement | null {
  const tree = document.querySelector<HTMLElement>('[role="tree"]');
  return (
    tree?.querySelector<HTMLElement>('[role="treeitem"][aria-current="true"]') ??
    tree?.querySelector<HTMLElement>('[role="treeitem"]') ??
    null
  );
}
