/**
 * Hosts a link may open in the user's browser. openExternal hands a URL to the OS, which runs
 * whatever handler owns the scheme (file:, ms-settings:, smb: …), so only https to these exact hosts
 * goes out: documentation and the Microsoft 365 admin portals. Add hosts here, never patterns.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'learn.microsoft.com',
  'portal.azure.com',
  'entra.microsoft.com',
  'admin.microsoft.com',
  'github.com',
  // The Microsoft 365 sign-in page (the system-browser sign-in with a loopback redirect).
  'login.microsoftonline.com',
]);

/** The normalised URL to open, or null when it is not allowed. */
export function allowedExternalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !EXTERNAL_HOSTS.has(parsed.hostname)) return null;
  // user:pass@ and odd ports are never part of a documentation link; they only disguise one.
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  return parsed.href;
}

/**
 * The one way the shell opens a link outside the app: checked here, then handed to the OS by
 * `open` (Electron's shell.openExternal, injected so this file runs in plain Node). True if opened.
 */
export function openExternalIfAllowed(url: string, open: (url: string) => Promise<void>): boolean {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) return false;
  void open(allowed).catch(() => {
    // No browser registered: nothing the app can do about it, and nothing to leak.
  });
  return true;
}
