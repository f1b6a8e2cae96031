// The crash harness of the offline issue: queue changes in a real journal file, let a child
// process drain them to the test DC, SIGKILL it at random points (between and during sends and
// commits), restart it, and at the end compare the journal with what the DC holds. Another admin
// edits some objects between the kills, so a silent overwrite would show. Shared by the
// integration test (small) and the crash-replay benchmark (1,000 changes, 20 trials).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Attribute, Change as LdapChange } from 'ldapts';
import { createJournal, type Journal } from '../../src-main/changes/journal.ts';
import type { Change } from '../../src-main/changes/change.ts';
import { openDatabase } from '../../src-main/store/open-database.ts';
import { openScratchDirectory, type ScratchDirectory } from '../support/scratch-directory.ts';

export interface CrashOptions {
  /** Changes queued per trial, spread round-robin over `objects` users (a lane per user). */
  changes: number;
  objects: number;
  trials: number;
  /** Each trial kills the replay 1..maxKills times before letting it finish. */
  maxKills: number;
  /** Seed of the pseudo-random kill points, so a failing run can be repeated. */
  seed?: number;
  log?: (line: string) => void;
}

export interface CrashCounts {
  trials: number;
  changes: number;
  kills: number;
  /** A change that is neither applied on the DC nor standing in the journal for the admin. */
  lost: number;
  /** A change recorded applied twice, or an older value written over a newer one. */
  twice: number;
  /** Another admin's value replaced without a conflict being shown. */
  overwritten: number;
  /** Objects another admin edited mid-replay, and the conflicts the journal raised for them. */
  externalEdits: number;
  conflicts: number;
  /** Changes found already on the DC after a kill (the send landed, its mark did not). */
  recoveredInPlace: number;
}

const CHAIN_ATTR = 'extensionAttribute1';
/** Each change also adds one value here (a delta): a lost or repeated add would show. */
const ADDED_ATTR = 'otherTelephone';
const USER_CLASS = ['top', 'person', 'organizationalPerson', 'user'];
const CHILD = resolve(import.meta.dirname, 'replay-child.ts');

interface Target {
  dn: string;
  guid: string;
  /** What the DC holds now: the base of the next queued change. */
  value: string;
}

/** mulberry32: small, seedable, good enough to spread kill points. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runCrashHarness(options: CrashOptions): Promise<CrashCounts> {
  const log = options.log ?? (() => undefined);
  const next = random(options.seed ?? Date.now());
  const counts: CrashCounts = {
    trials: options.trials,
    changes: 0,
    kills: 0,
    lost: 0,
    twice: 0,
    overwritten: 0,
    externalEdits: 0,
    conflicts: 0,
    recoveredInPlace: 0,
  };
  const scratch = await openScratchDirectory('CrashReplay');
  const dir = mkdtempSync(join(tmpdir(), 'rd-crash-'));
  try {
    const targets: Target[] = [];
    for (let i = 0; i < options.objects; i++) {
      const user = await scratch.createUser(`Crash User ${i}`, { [CHAIN_ATTR]: ['start'] });
      targets.push({ ...user, value: 'start' });
    }
    for (let trial = 1; trial <= options.trials; trial++) {
      const file = join(dir, `journal-${trial}.db`);
      queueChanges(file, targets, trial, options.changes, scratch);
      counts.changes += options.changes;
      const external = new Map<string, string>();
      const kills = 1 + Math.floor(next() * options.maxKills);
      for (let k = 0; k < kills; k++) {
        // Anywhere from "before the first send" to "near the end" of what is left.
        const after = Math.floor(next() * openLanes(file, scratch).remaining);
        await runChild(file, after);
        counts.kills += 1;
        // Another admin edits an object whose lane is still open, between the crash and the restart.
        const stillOpen = openLanes(file, scratch).lanes.filter((change) => !external.has(change.objectGuid));
        const victim = stillOpen[Math.floor(next() * stillOpen.length)];
        if (victim !== undefined) {
          const value = `external t${trial} k${k}`;
          await scratch.admin.modify(victim.dn, [
            new LdapChange({
              operation: 'replace',
              modification: new Attribute({ type: CHAIN_ATTR, values: [value] }),
            }),
          ]);
          external.set(victim.objectGuid, value);
        }
      }
      // Then the replay runs to its end (again while something is still retryable).
      for (let attempt = 0; attempt < 5 && (await runChild(file, null)) === 3; attempt++);
      const trialCounts = await verify(file, targets, external, scratch);
      for (const key of Object.keys(trialCounts) as (keyof typeof trialCounts)[])
        counts[key] += trialCounts[key];
      log(
        `trial ${trial}: ${kills} kill(s), lost ${trialCounts.lost}, twice ${trialCounts.twice}, overwritten ${trialCounts.overwritten}, conflicts ${trialCounts.conflicts}/${trialCounts.externalEdits}, found in place ${trialCounts.recoveredInPlace}`,
      );
    }
    return counts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await scratch.cleanup();
  }
}

function openJournal(file: string, scratch: ScratchDirectory): { journal: Journal; close: () => void } {
  const db = openDatabase(file);
  const journal = createJournal({ db, author: scratch.facts.admin.upn, writer: scratch.adminWriter });
  return { journal, close: () => db.close() };
}

/** One bulk action in one transaction: change i moves user i % n to its next value and adds one. */
function queueChanges(
  file: string,
  targets: Target[],
  trial: number,
  count: number,
  scratch: ScratchDirectory,
): void {
  const { journal, close } = openJournal(file, scratch);
  try {
    journal.recordMany(
      Array.from({ length: count }, (_, i) => {
        const target = targets[i % targets.length]!;
        const desired = `t${trial} c${i}`;
        const base = target.value;
        target.value = desired;
        return {
          objectGuid: target.guid,
          dn: target.dn,
          objectClass: USER_CLASS,
          edits: [
            { attr: CHAIN_ATTR, base: [base], desired: [desired] },
            { attr: ADDED_ATTR, mode: 'delta' as const, remove: [], add: [desired] },
          ],
        };
      }),
    );
  } finally {
    close();
  }
}

/** The first unsent change of every lane still moving (not stopped at a conflict), and how many are unsent. */
function openLanes(file: string, scratch: ScratchDirectory): { lanes: Change[]; remaining: number } {
  const { journal, close } = openJournal(file, scratch);
  try {
    const stuck = new Set(journal.list({ statuses: ['conflict'] }).map((change) => change.objectGuid));
    const first = new Map<string, Change>();
    const unsent = journal.list({ statuses: ['pending', 'retryable'] });
    for (const change of unsent) {
      if (!stuck.has(change.objectGuid) && !first.has(change.objectGuid))
        first.set(change.objectGuid, change);
    }
    return { lanes: [...first.values()], remaining: unsent.length };
  } finally {
    close();
  }
}

/**
 * Runs the replay child; with `killAfter`, SIGKILLs it once that many outcomes were reported
 * (0: right after it started, usually before its first send). Resolves with the exit code, or
 * null when it was killed.
 */
function runChild(file: string, killAfter: number | null): Promise<number | null> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CHILD, file], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let outcomes = 0;
    const kill = () => child.kill('SIGKILL');
    if (killAfter === 0) setTimeout(kill, 50 + Math.floor(Math.random() * 400));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === 'ready' || line.startsWith('summary')) return;
      outcomes += 1;
      if (killAfter !== null && killAfter > 0 && outcomes >= killAfter) kill();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(signal === 'SIGKILL' ? null : code));
  });
}

type TrialCounts = Omit<CrashCounts, 'trials' | 'changes' | 'kills'>;

/** Journal against DC, object by object. Updates each target's value to what the DC holds now. */
async function verify(
  file: string,
  targets: Target[],
  external: Map<string, string>,
  scratch: ScratchDirectory,
): Promise<TrialCounts> {
  const counts: TrialCounts = {
    lost: 0,
    twice: 0,
    overwritten: 0,
    externalEdits: external.size,
    conflicts: 0,
    recoveredInPlace: 0,
  };
  const { journal, close } = openJournal(file, scratch);
  try {
    const changes = journal.list();
    const auditsPerChange = new Map<number, number>();
    for (const entry of journal.audit())
      auditsPerChange.set(entry.changeId, (auditsPerChange.get(entry.changeId) ?? 0) + 1);
    for (const times of auditsPerChange.values()) if (times > 1) counts.twice += times - 1;
    for (const target of targets) {
      const lane = changes.filter((change) => change.objectGuid === target.guid).sort((a, b) => a.id - b.id);
      const held = await scratch.read(target.dn, [CHAIN_ATTR, ADDED_ATTR]);
      const now = valuesOf(held, CHAIN_ATTR)[0] ?? '';
      const added = new Set(valuesOf(held, ADDED_ATTR));
      const theirs = external.get(target.guid);
      const desiredOf = (change: Change) => {
        const edit = change.edits[0]!;
        return 'desired' in edit ? (edit.desired[0] ?? '') : '';
      };
      for (const change of lane) {
        if (
          change.status === 'applied' &&
          change.outcome?.kind === 'applied' &&
          change.outcome.alreadyInPlace
        )
          counts.recoveredInPlace += 1;
        // An applied change's added value must be there; an unapplied one's must not.
        const isThere = added.has(desiredOf(change));
        if (change.status === 'applied' && !isThere) counts.lost += 1;
        // Written but recorded as not sent (a conflict may hold a send that landed before the other
        // admin's edit): the journal would send it again.
        if (change.status !== 'applied' && change.status !== 'conflict' && isThere) counts.lost += 1;
        if (change.status === 'rejected' || change.status === 'discarded') counts.lost += 1;
      }
      const conflicts = lane.filter((change) => change.status === 'conflict').length;
      if (theirs === undefined) {
        // Nobody else touched it: every change applied, and the last one's value is what the DC holds.
        counts.lost += lane.filter((change) => change.status !== 'applied').length;
        const last = lane.at(-1);
        if (last !== undefined && now !== desiredOf(last)) {
          const earlier = lane.some((change) => desiredOf(change) === now);
          if (earlier) counts.twice += 1;
          else counts.lost += 1;
        }
      } else {
        // Another admin's value stays, and the journal stopped at a conflict that shows it.
        if (now !== theirs) counts.overwritten += 1;
        if (conflicts === 1) counts.conflicts += 1;
        else counts.overwritten += 1;
        const stuck = lane.find((change) => change.status === 'conflict');
        if (stuck?.outcome?.kind === 'conflict') {
          const shown = stuck.outcome.attrs[CHAIN_ATTR];
          if (shown === undefined || !('theirs' in shown) || shown.theirs[0] !== theirs)
            counts.overwritten += 1;
        }
        // Behind the conflict the rest waits, unsent.
        const behind = stuck === undefined ? [] : lane.filter((change) => change.id > stuck.id);
        counts.lost += behind.filter(
          (change) => change.status !== 'pending' && change.status !== 'retryable',
        ).length;
      }
      target.value = now;
    }
    return counts;
  } finally {
    close();
  }
}

function valuesOf(entry: Record<string, string[]>, attr: string): string[] {
  const key = Object.keys(entry).find((name) => name.toLowerCase() === attr.toLowerCase());
  return key === undefined ? [] : (entry[key] ?? []);
}

/** The line the test and the benchmark print. */
export function describeCounts(counts: CrashCounts): string {
  return `trials=${counts.trials} changes=${counts.changes} kills=${counts.kills} lost=${counts.lost} twice=${counts.twice} overwritten=${counts.overwritten} conflicts=${counts.conflicts}/${counts.externalEdits} found_in_place=${counts.recoveredInPlace}`;
}
