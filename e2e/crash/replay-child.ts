// The process the crash harness kills: it owns the journal (a real SQLite file) and drains it to
// the test DC exactly as the app's main process does, printing one line per change that reached
// its end state, so the harness can pull the plug after a random number of them.
// Usage: node e2e/crash/replay-child.ts <journal.db>   (RD_DC_FACTS names the test DC)
// Exit code 0: the drain finished with nothing left to retry; 3: some changes are still retryable.

import { readFileSync } from 'node:fs';
import { Client } from 'ldapts';
import { createJournal } from '../../src-main/changes/journal.ts';
import { openDatabase } from '../../src-main/store/open-database.ts';
import { loadDcFacts } from '../dc/facts.ts';
import { ldaptsDirectoryWriter } from '../support/ldapts-directory-writer.ts';
import { ldapsUrl } from '../support/scratch-directory.ts';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: replay-child.ts <journal.db>');
const facts = loadDcFacts();
const db = openDatabase(file);
const client = new Client({
  url: ldapsUrl(facts),
  tlsOptions: { ca: [readFileSync(facts.caFile)] },
  timeout: 30_000,
  connectTimeout: 5_000,
});
await client.bind(facts.admin.dn, facts.admin.password);
const journal = createJournal({
  db,
  author: facts.admin.upn,
  writer: ldaptsDirectoryWriter(client),
  onChanged: (change) => {
    // Printed after the outcome's commit (the journal tells listeners only then).
    if (change.status !== 'applying') process.stdout.write(`${change.status} ${change.id}\n`);
  },
});
process.stdout.write('ready\n');
const summary = await journal.applyPending();
await client.unbind().catch(() => undefined);
db.close();
process.stdout.write(`summary ${JSON.stringify(summary)}\n`);
process.exit(summary.retryable > 0 ? 3 : 0);
