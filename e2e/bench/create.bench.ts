// Creates remote user mailboxes through the app (recipients.create: plan, preflight uniqueness,
// the journal's add + password + enable, the pushes) and the same entries with ldapadd + ldapmodify
// (add, then unicodePwd, then userAccountControl 512) on the same DC, alternating batches:
//   BENCH create ours=<s> ref=<s> ratio=<ours/ref> count=<n>
// Run by `npm run bench`, or alone against a running test DC: node e2e/bench/create.bench.ts
// Env: BENCH_CREATE (mailboxes per side, default 1,000), BENCH_BATCH (default 100),
// BENCH_CONCURRENCY (creates in flight on our side, default 8; 1 = one after the other).
// Our side sends several creates at once over its one connection, as the journal's drain sends the
// lanes of different objects (journal-edit.bench.ts does the same); each create still runs its own
// preflight search and its steps in order. The reference is ldapmodify, one request at a time.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'ldapts';
import { loadDcFacts } from '../dc/facts.ts';
import { ldifEntry, ldifModify, unicodePwd } from '../dc/ldif.ts';
import { startServices } from '../support/services-harness.ts';
import { planRecipient } from '../../src-preload/shared/recipients/recipient-plan.ts';
import type { RecipientFields } from '../../src-preload/shared/recipients/recipient-fields.ts';
import type { ChangeView } from '../../src-preload/contract/index.ts';
import { ldapsearchBind } from './ldapsearch-ref.ts';

const facts = loadDcFacts();
const total = Number(process.env.BENCH_CREATE ?? 1000);
const batch = Number(process.env.BENCH_BATCH ?? 100);
const concurrency = Math.max(1, Number(process.env.BENCH_CONCURRENCY ?? 8));
const domain = facts.realm.toLowerCase();
const run = randomBytes(3).toString('hex');
const ouDn = `OU=Bench-Create-${run},${facts.domainDn}`;
const password = `Bench-${randomBytes(6).toString('base64url')}-9a!`;

const admin = new Client({
  url: `ldaps://${facts.host}:${facts.ldapsPort}`,
  tlsOptions: { ca: [readFileSync(facts.caFile)] },
});
await admin.bind(facts.admin.upn, facts.admin.password);
await admin.add(ouDn, { objectClass: ['top', 'organizationalUnit'], ou: `Bench-Create-${run}` });

function fields(side: 'o' | 'r', i: number): RecipientFields {
  const alias = `bc${run}${side}${i}`;
  return {
    givenName: 'Bench',
    sn: `${side}${i}`,
    name: `Bench ${run} ${side}${i}`,
    upnPrefix: alias,
    upnSuffix: domain,
    samAccountName: alias.slice(0, 20),
    alias,
    primaryAddress: `${alias}@${domain}`,
    tenant: facts.tenant,
  };
}

const app = startServices(facts);
const profile = await app.saveProfile({ name: 'Bench', port: facts.ldapsPort, identity: facts.admin.upn });
await app.call('directory.connect', { profileId: profile, password: facts.admin.password });

async function createOne(i: number): Promise<void> {
  const steps = await app.call<ChangeView[]>('recipients.create', {
    kind: 'remoteUserMailbox',
    parentDn: ouDn,
    fields: fields('o', i),
    password,
  });
  if (steps.some((s) => s.status !== 'applied'))
    throw new Error(`create ${i}: ${JSON.stringify(steps.map((s) => s.outcome))}`);
}

async function ours(from: number, count: number): Promise<number> {
  const start = performance.now();
  let next = from;
  async function worker(): Promise<void> {
    while (next < from + count) await createOne(next++);
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return (performance.now() - start) / 1000;
}

/** The same entries, as ldapadd and ldapmodify would write them for an admin without the app. */
function refLdif(from: number, count: number): string {
  const parts: string[] = [];
  for (let i = from; i < from + count; i++) {
    const plan = planRecipient('remoteUserMailbox', ouDn, fields('r', i));
    parts.push(
      ldifEntry(plan.dn, { objectClass: plan.objectClass, ...plan.attributes, userAccountControl: '514' }),
    );
    parts.push(ldifModify(plan.dn, [{ op: 'replace', attr: 'unicodePwd', values: [unicodePwd(password)] }]));
    parts.push(ldifModify(plan.dn, [{ op: 'replace', attr: 'userAccountControl', values: ['512'] }]));
  }
  return parts.join('\n');
}

async function ref(from: number, count: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'rd-bench-create-'));
  const file = join(dir, 'create.ldif');
  writeFileSync(file, refLdif(from, count));
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('ldapmodify', ['-a', ...ldapsearchBind(facts), '-f', file], {
      env: { ...process.env, LDAPTLS_CACERT: facts.caFile },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ldapmodify exited with ${code}`)),
    );
  });
  const seconds = (performance.now() - start) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

let oursTotal = 0;
let refTotal = 0;
try {
  for (let from = 0; from < total; from += batch) {
    const count = Math.min(batch, total - from);
    oursTotal += await ours(from, count);
    refTotal += await ref(from, count);
  }
  console.log(
    `BENCH create ours=${oursTotal.toFixed(3)} ref=${refTotal.toFixed(3)} ratio=${(oursTotal / refTotal).toFixed(3)} count=${total} concurrency=${concurrency}`,
  );
} finally {
  await app.services.dispose();
  // Leave the DC as it was: every entry of the run, then its OU.
  const { searchEntries } = await admin.search(ouDn, {
    scope: 'one',
    attributes: ['dn'],
    paged: { pageSize: 1000 },
  });
  for (const e of searchEntries) await admin.del(e.dn).catch(() => undefined);
  await admin.del(ouDn).catch(() => undefined);
  await admin.unbind();
}
