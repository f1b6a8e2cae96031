import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/open-database.ts';
import type { NewChange } from './change.ts';
import { createDrainScheduler } from './drain-scheduler.ts';
import { createJournal, type Journal } from './journal.ts';
import type { DirectoryWriter } from './ports.ts';

// When queued changes are sent: a retryable failure holds back its own object only, and the
// scheduler tries again by itself with backoff, so nothing stalls silently. The directory side is
// a writer whose link to one object "drops" a given number of times (the real DC cannot be told to
// fail for one object); the journal and its SQLite store are the real ones.

const scope = { profileId: 'p1', domain: 'DC=corp,DC=example' };
const user = (guid: string, value: string): NewChange => ({
  objectGuid: guid,
  dn: `CN=${guid.slice(0, 4)},DC=corp,DC=example`,
  objectClass: ['top', 'user'],
  edits: [{ attr: 'description', base: [], desired: [value] }],
  ...scope,
});
const FLAKY = '11111111-1111-4111-8111-111111111111';
const STEADY = '22222222-2222-4222-8222-222222222222';

let dir: string;
let journal: Journal;
let writer: DirectoryWriter & { sent: string[] };
/** A journal over a fresh store whose link to FLAKY drops `times` times. */
function journalFailing(times: number): Journal {
  writer = writerFailing(FLAKY, times);
  journal = createJournal({ db: openDatabase(join(dir, 'rd.db')), author: 'test', writer });
  return journal;
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-scheduler-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writerFailing(guid: string, times: number): DirectoryWriter & { sent: string[] } {
  let left = times;
  const sent: string[] = [];
  return {
    sent,
    async modify(dn) {
      if (dn.includes(guid) && left-- > 0)
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      sent.push(dn);
    },
    delete: async () => undefined,
    add: async () => undefined,
    modifyDn: async () => undefined,
    resetPassword: async () => undefined,
    readAttributes: async () => ({}),
    readEntry: async () => ({ values: {}, binary: [] }),
  };
}

async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('drain scheduler', () => {
  it('keeps other objects moving past a retryable one, then retries it with backoff until it lands', async () => {
    journalFailing(2);
    const flaky = journal.record(user(FLAKY, 'a'));
    const steady = journal.record(user(STEADY, 'b'));
    const logs: string[] = [];
    const scheduler = createDrainScheduler({
      journal,
      scope: () => scope,
      retryDelaysMs: [20, 40],
      log: (message) => logs.push(message),
    });
    const first = await scheduler.kick();
    expect(first).toMatchObject({ applied: 1, retryable: 1 });
    expect(journal.get(steady.id).status).toBe('applied');
    expect(journal.get(flaky.id).status).toBe('retryable');
    await waitFor(() => journal.get(flaky.id).status === 'applied');
    expect(journal.get(flaky.id).attempts).toBe(3);
    expect(logs).toEqual([]);
    scheduler.stop();
  });

  it('sends nothing while there is no writable session for the changes’ directory', async () => {
    journalFailing(0);
    const queued = journal.record(user(STEADY, 'c'));
    const scheduler = createDrainScheduler({ journal, scope: () => null, log: () => undefined });
    expect(await scheduler.kick()).toBeNull();
    const other = createDrainScheduler({
      journal,
      scope: () => ({ profileId: 'another', domain: scope.domain }),
      log: () => undefined,
    });
    await other.kick();
    expect(journal.get(queued.id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(writer.sent).toEqual([]);
    scheduler.stop();
    other.stop();
  });
});
