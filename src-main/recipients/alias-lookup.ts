import { EqualityFilter, OrFilter } from 'ldapts';
import { strings, type Entry } from '../directory/entry.ts';
import type { DirectorySession } from '../directory/session.ts';

const ATTRIBUTES = ['name', 'userPrincipalName', 'sAMAccountName', 'mailNickname', 'mail', 'proxyAddresses'];
/** Holders kept per alias asked: as many as the one-object search would have listed. */
const PER_ALIAS = 50;

interface Waiting {
  alias: string;
  resolve(holders: Entry[]): void;
  reject(error: unknown): void;
}

/**
 * Who holds an alias (mailNickname), for the preflight. Where mailNickname has no index the DC
 * reads every entry of the domain to answer, whatever the number of aliases asked, so the aliases
 * of creates that run at the same time share one search: the first goes at once, those asked while
 * it runs go together in the next. Every create still gets its own answer from the directory.
 */
const queues = new WeakMap<DirectorySession, { waiting: Waiting[]; running: boolean }>();

export function aliasHolders(session: DirectorySession, alias: string): Promise<Entry[]> {
  let queue = queues.get(session);
  if (queue === undefined) {
    queue = { waiting: [], running: false };
    queues.set(session, queue);
  }
  const promise = new Promise<Entry[]>((resolve, reject) => queue.waiting.push({ alias, resolve, reject }));
  if (!queue.running) void sendNext(session, queue);
  return promise;
}

async function sendNext(
  session: DirectorySession,
  queue: { waiting: Waiting[]; running: boolean },
): Promise<void> {
  const batch = queue.waiting.splice(0);
  if (batch.length === 0) {
    queue.running = false;
    return;
  }
  queue.running = true;
  const aliases = [...new Set(batch.map((w) => w.alias.toLowerCase()))];
  try {
    const terms = aliases.map((value) => new EqualityFilter({ attribute: 'mailNickname', value }));
    const found = await session.search({
      base: session.rootDse.defaultNamingContext,
      scope: 'sub',
      filter: terms.length === 1 ? terms[0]! : new OrFilter({ filters: terms }),
      attributes: ATTRIBUTES,
      limit: PER_ALIAS * aliases.length,
    });
    for (const waiting of batch) {
      const alias = waiting.alias.toLowerCase();
      waiting.resolve(
        found.filter((holder) => strings(holder, 'mailNickname').some((v) => v.toLowerCase() === alias)),
      );
    }
  } catch (error) {
    for (const waiting of batch) waiting.reject(error);
  }
  await sendNext(session, queue);
}
