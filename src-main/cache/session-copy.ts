import { AppError } from '../../src-preload/contract/index.ts';
import type { DirectorySession } from '../directory/session.ts';
import { CachedDirectory } from './cached-directory.ts';
import type { EntryCache } from './entry-cache.ts';

/**
 * The cache's copy of a session's directory, with the session's rootDSE and schema: what the
 * tree, lists, Find and sheets read while its DC is away, and what a list paints from online
 * before the DC answers. An object never read is missing, and says why in words.
 */
export function sessionCopy(cache: EntryCache, session: DirectorySession): CachedDirectory {
  const server = session.rootDse.dnsHostName || session.profile.host;
  return new CachedDirectory({
    cache,
    rootDse: session.rootDse,
    schema: session.schema,
    readOnly: session.readOnly,
    missing: (dn) =>
      new AppError(
        'OFFLINE',
        `${server} is not reachable right now, and ${dn} was not read while it was, so no copy of it is kept here.`,
        { dn, state: session.state },
      ),
  });
}
