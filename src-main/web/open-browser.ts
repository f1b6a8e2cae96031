import { spawn } from 'node:child_process';

/**
 * Best effort: a headless machine has no browser, and that is fine because the URL was printed.
 * The URL lands on the opener's command line, readable by other local users, which is why it holds
 * only a launch code the browser spends at once (launch-session.ts), never the session token.
 */
export function openInDefaultBrowser(url: string): void {
  // BROWSER=none is the convention dev servers share (Vite, Create React App) for "print, do not open".
  if (process.env.BROWSER === 'none') return;
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine.
  }
}
