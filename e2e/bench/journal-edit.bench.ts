// journal-edit: 5,000 single-attribute edits through the change journal (record + compare-and-swap
// apply, one modify each, durable SQLite writes) against ldapmodify applying the same
// modifications (one LDIF, one connection) on the same DC in the same run.
// Run with the test DC up (npm run dc:up): node e2e/bench/journal-edit.bench.ts
// Prints exactly one line on stdout: BENCH journal-edit ours=<s> ref=<s> ratio=<ours/ref>.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'ldapts';
import { createJournal } from '../../src-main/changes/journal.ts';
import { ldaptsDirectoryWriter } from '../support/ldapts-directory-writer.ts';
import { ldapsUrl, openScratchDirectory } from '../support/scratch-directory.ts';
import type { DcFacts } from '../dc/facts.ts';
import { openDatabase } from '../../src-main/store/open-database.ts';

const EDITS = Number(process.env.BENCH_EDITS ?? 5_000);
const USERS = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Objects sent at once by the drain; unset = the journal's default. */
const BENCH_CONCURRENCY =
  process.env.BENCH_CONCURRENCY === undefined ? undefined : Number(process.env.BENCH_CONCURRENCY);
const ATTR = 'description';
const USER_CLASS = ['top', 'person', 'organizationalPerson', 'user'];

interface Target {
  dn: string;
  guid: string;
  value: string; // what the DC holds now: the base of the next edit
}

function log(message: string): void {
  process.stderr.write(`[journal-edit] ${message}\n`);
}

/** The edits of one side: edit i moves user i % USERS from its current value to a new one. */
function plan(targets: Target[], tag: string): { target: Target; base: string; desired: string }[] {
  const steps = [];
  for (let i = 0; i < EDITS; i++) {
    const target = targets[i % targets.length]!;
    const desired = `${tag} edit ${i}`;
    steps.push({ target, base: target.value, desired });
    target.value = desired;
  }
  return steps;
}

async function runLdapmodify(
  ldif: string,
  url: string,
  caFile: string,
  dn: string,
  password: string,
): Promise<number> {
  const file = join(tmpdir(), `journal-edit-${process.pid}.ldif`);
  writeFileSync(file, ldif);
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('ldapmodify', ['-H', url, '-x', '-D', dn, '-w', password, '-f', file], {
      env: { ...process.env, LDAPTLS_CACERT: caFile, LDAPTLS_REQCERT: 'demand' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  rmSync(file, { force: true });
  if (code !== 0) throw new Error(`ldapmodify exited with ${code}`);
  return seconds;
}

/** ldapmodify: the same delete-old + add-new modifications as one LDIF, one connection. */
async function runReference(targets: Target[], tag: string, facts: DcFacts): Promise<number> {
  const ldif = plan(targets, tag)
    .map(
      (s) =>
        `dn: ${s.target.dn}\nchangetype: modify\ndelete: ${ATTR}\n${ATTR}: ${s.base}\n-\nadd: ${ATTR}\n${ATTR}: ${s.desired}\n-\n`,
    )
    .join('\n');
  return runLdapmodify(ldif, ldapsUrl(facts), facts.caFile, facts.admin.dn, facts.admin.password);
}

/**
 * The journal, timed from connect + bind (as ldapmodify is) to the last durable outcome: the
 * edits recorded as one bulk action (one commit), then the queue drained with compare-and-swap
 * modifies (one modify and one outcome commit per edit, with its audit row).
 */
async function runJournal(targets: Target[], tag: string, file: string, facts: DcFacts): Promise<number> {
  const steps = plan(targets, tag);
  const db = openDatabase(file);
  const started = performance.now();
  const client = new Client({ url: ldapsUrl(facts), tlsOptions: { ca: [readFileSync(facts.caFile)] } });
  await client.bind(facts.admin.dn, facts.admin.password);
  const journal = createJournal({ db, author: facts.admin.upn, writer: ldaptsDirectoryWriter(client) });
  // One bulk action ("set description on these users"): queued in one transaction, all or none.
  journal.recordMany(
    steps.map((step) => ({
      objectGuid: step.target.guid,
      dn: step.target.dn,
      objectClass: USER_CLASS,
      edits: [{ attr: ATTR, base: [step.base], desired: [step.desired] }],
    })),
  );
  const recorded = performance.now();
  const cpu = process.cpuUsage();
  const summary = await journal.applyPending(
    BENCH_CONCURRENCY === undefined ? {} : { concurrency: BENCH_CONCURRENCY },
  );
  const used = process.cpuUsage(cpu);
  log(
    `record ${((recorded - started) / 1000).toFixed(2)} s, drain ${((performance.now() - recorded) / 1000).toFixed(2)} s, drain cpu user ${(used.user / 1e6).toFixed(2)} s sys ${(used.system / 1e6).toFixed(2)} s`,
  );
  await client.unbind();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  if (summary.applied !== steps.length)
    throw new Error(`journal applied ${summary.applied} of ${steps.length}: ${JSON.stringify(summary)}`);
  return seconds;
}

async function main(): Promise<void> {
  const scratch = await openScratchDirectory('JournalBench');
  const dir = mkdtempSync(join(tmpdir(), 'rd-bench-'));
  try {
    const { facts } = scratch;
    const targets: Target[] = [];
    for (let i = 0; i < USERS; i++) {
      const { dn, guid } = await scratch.createUser(`Bench User ${i}`, { [ATTR]: ['start'] });
      targets.push({ dn, guid, value: 'start' });
    }
    log(`${USERS} scratch users under ${scratch.ouDn}; ${EDITS} edits per side`);

    // The shared test DC is noisy (other test runs share its CPU and its database grows), so the
    // two sides alternate for a few rounds and each keeps its best time: the least disturbed run.
    const refTimes: number[] = [];
    const ourTimes: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      refTimes.push(await runReference(targets, `ref${round}`, facts));
      ourTimes.push(await runJournal(targets, `ours${round}`, join(dir, `journal-${round}.db`), facts));
      log(
        `round ${round}: ldapmodify ${refTimes.at(-1)!.toFixed(2)} s, journal ${ourTimes.at(-1)!.toFixed(2)} s`,
      );
    }
    const ref = Math.min(...refTimes);
    const ours = Math.min(...ourTimes);

    // Both sides must have written what they claim: the last values are on the DC.
    for (const target of targets) {
      const now = (await scratch.read(target.dn, [ATTR]))[ATTR];
      if (now?.[0] !== target.value)
        throw new Error(`${target.dn} holds ${JSON.stringify(now)}, expected ${target.value}`);
    }
    process.stdout.write(
      `BENCH journal-edit ours=${ours.toFixed(3)} ref=${ref.toFixed(3)} ratio=${(ours / ref).toFixed(3)}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await scratch.cleanup();
  }
}

await main();
