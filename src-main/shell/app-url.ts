/**
 * Whether a URL is our own page: the packaged file, or the dev server in development. Compared as
 * parsed URLs on scheme, host (with port) and path, never by prefix: `startsWith('http://localhost:5173')`
 * also accepts http://localhost:5173.evil.example/. Query and fragment do not change the document.
 */
export function appUrlMatcher(appFileUrl: string, devUrl: string | undefined): (url: string) => boolean {
  const allowed = [appFileUrl, devUrl].flatMap((u) => (u === undefined ? [] : [documentOf(u)]));
  return (url) => {
    const document = documentOf(url);
    return document !== null && allowed.includes(document);
  };
}

function documentOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username !== '' || parsed.password !== '') return null;
    // URL.origin is "null" for file: URLs, so build the key from the parts instead.
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
}
