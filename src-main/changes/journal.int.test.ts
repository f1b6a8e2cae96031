import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { Attribute, Change as LdapChange, Client } from 'ldapts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/open-database.ts';
import type { Change, Edit } from './change.ts';
import { createJournal, type Journal } from './journal.ts';
import { ldaptsDirectoryWriter } from '../../e2e/support/ldapts-directory-writer.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';

const USER_CLASS = ['top', 'person', 'organizationalPerson', 'user'];

let scratch: ScratchDirectory;
let dir: string;
let db: DatabaseSync;
let journal: Journal;
let events: Change[];
let dbCount = 0;
let userCount = 0;

beforeAll(async () => {
  scratch = await openScratchDirectory('JournalTests');
  dir = mkdtempSync(join(tmpdir(), 'rd-journal-int-'));
});
afterAll(async () => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
  await scratch?.cleanup();
});
beforeEach(() => {
  db?.close();
  db = openDatabase(join(dir, `journal-${++dbCount}.db`));
  events = [];
  journal = createJournal({
    db,
    author: 'CORP\\Administrator',
    writer: scratch.adminWriter,
    onChanged: (c) => events.push(c),
  });
});

async function user(attrs: Record<string, string[]>) {
  const { dn, guid } = await scratch.createUser(`Journal User ${++userCount}`, attrs);
  return {
    dn,
    guid,
    record: (edits: Edit[]) => journal.record({ objectGuid: guid, dn, objectClass: USER_CLASS, edits }),
  };
}

describe('journal against the test DC', () => {
  it('applies add, remove and replace in one modify and audits it', async () => {
    const u = await user({
      proxyAddresses: ['SMTP:a@contoso.com', 'smtp:old@contoso.com'],
      description: ['before'],
    });
    const change = u.record([
      {
        attr: 'proxyAddresses',
        base: ['SMTP:a@contoso.com', 'smtp:old@contoso.com'],
        desired: ['SMTP:a@contoso.com', 'smtp:new@contoso.com'],
      },
      { attr: 'description', base: null, desired: ['after'] },
    ]);
    const applied = await journal.apply(change.id);

    expect(applied).toMatchObject({ status: 'applied', attempts: 1, outcome: { kind: 'applied' } });
    const now = await scratch.read(u.dn, ['proxyAddresses', 'description']);
    expect([...(now['proxyAddresses'] ?? [])].sort()).toEqual(['SMTP:a@contoso.com', 'smtp:new@contoso.com']);
    expect(now['description']).toEqual(['after']);
    expect(events.map((c) => c.status)).toEqual(['pending', 'applying', 'applied']);

    const [audit] = journal.audit({ objectGuid: u.guid });
    expect(audit).toMatchObject({
      changeId: change.id,
      author: 'CORP\\Administrator',
      before: [
        { attr: 'proxyAddresses', binary: false, values: ['SMTP:a@contoso.com', 'smtp:old@contoso.com'] },
        { attr: 'description', binary: false, values: ['before'] }, // read before the blind replace
      ],
      after: [
        { attr: 'proxyAddresses', binary: false, values: ['SMTP:a@contoso.com', 'smtp:new@contoso.com'] },
        { attr: 'description', binary: false, values: ['after'] },
      ],
      powershell: `Set-ADUser -Identity '${u.dn}' -Remove @{proxyAddresses='smtp:old@contoso.com'} -Add @{proxyAddresses='smtp:new@contoso.com'} -Replace @{description='after'}`,
    });
  });

  it('reports a conflict with base, mine and theirs when a second client changed the value meanwhile', async () => {
    const u = await user({ description: ['v1'] });
    const base = (await scratch.read(u.dn, ['description']))['description'] ?? [];
    const change = u.record([{ attr: 'description', base, desired: ['mine'] }]);

    const other: Client = await scratch.connect();
    await other.modify(
      u.dn,
      new LdapChange({
        operation: 'replace',
        modification: new Attribute({ type: 'description', values: ['theirs'] }),
      }),
    );

    const result = await journal.apply(change.id);
    expect(result.status).toBe('conflict');
    expect(result.outcome).toMatchObject({
      kind: 'conflict',
      resultCode: 16,
      attrs: { description: { base: ['v1'], mine: ['mine'], theirs: ['theirs'], differs: true } },
    });
    expect((await scratch.read(u.dn, ['description']))['description']).toEqual(['theirs']);

    // Keep mine: a new change based on theirs, itself a compare-and-swap.
    const resolution = journal.resolveConflict(change.id, 'mine');
    expect(resolution.edits).toEqual([{ attr: 'description', base: ['theirs'], desired: ['mine'] }]);
    expect(journal.get(change.id)).toMatchObject({
      status: 'discarded',
      outcome: { replacedBy: resolution.id },
    });
    expect((await journal.apply(resolution.id)).status).toBe('applied');
    expect((await scratch.read(u.dn, ['description']))['description']).toEqual(['mine']);
  });

  it('applies a case-only primary address change (smtp: → SMTP:)', async () => {
    const u = await user({ proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:pat@fabrikam.com'] });
    const change = u.record([
      {
        attr: 'proxyAddresses',
        base: ['SMTP:pat@contoso.com', 'smtp:pat@fabrikam.com'],
        desired: ['smtp:pat@contoso.com', 'SMTP:pat@fabrikam.com'],
      },
    ]);
    expect((await journal.apply(change.id)).status).toBe('applied');
    const now = (await scratch.read(u.dn, ['proxyAddresses']))['proxyAddresses'] ?? [];
    expect([...now].sort()).toEqual(['SMTP:pat@fabrikam.com', 'smtp:pat@contoso.com']);
  });

  it('rejects a value over rangeUpper with the server reason, writing nothing', async () => {
    const u = await user({ mailNickname: ['pat'] });
    const change = u.record([{ attr: 'mailNickname', base: ['pat'], desired: ['x'.repeat(65)] }]);
    const result = await journal.apply(change.id);
    expect(result.status).toBe('rejected');
    // Samba answers invalidAttributeSyntax (21) for a value over rangeUpper; Windows AD answers
    // constraintViolation (19). Either way the server's own reason is what the admin sees.
    expect(result.outcome).toMatchObject({ kind: 'rejected', code: 'LDAP_INVALID_SYNTAX', resultCode: 21 });
    expect(result.outcome?.kind === 'rejected' && result.outcome.message).toMatch(
      /Server said: .*mailNickname/,
    );
    expect((await scratch.read(u.dn, ['mailNickname']))['mailNickname']).toEqual(['pat']);
    expect(journal.list({ statuses: ['rejected'] }).map((c) => c.id)).toEqual([change.id]);
  });

  it('rejects two values on a single-valued attribute, writing nothing', async () => {
    const u = await user({});
    const change = u.record([{ attr: 'mail', base: [], desired: ['a@contoso.com', 'b@contoso.com'] }]);
    const result = await journal.apply(change.id);
    expect(result.status).toBe('rejected');
    // Samba: attributeOrValueExists (20). Not a conflict: nobody else wrote mail meanwhile.
    expect(result.outcome).toMatchObject({
      kind: 'rejected',
      code: 'LDAP_ATTRIBUTE_OR_VALUE_EXISTS',
      resultCode: 20,
    });
    expect(result.outcome?.kind === 'rejected' && result.outcome.message).toMatch(
      /Server said: .*SINGLE-VALUE attribute mail/,
    );
    expect((await scratch.read(u.dn, ['mail']))['mail'] ?? []).toEqual([]);
  });

  it('keeps a change queued as retryable when the DC cannot be reached, and sends it later', async () => {
    const u = await user({ description: ['d1'] });
    const change = u.record([{ attr: 'description', base: ['d1'], desired: ['d2'] }]);
    const dead = new Client({ url: `ldaps://127.0.0.1:1`, connectTimeout: 2_000 });
    // The same store seen through a writer whose DC cannot be reached.
    const cutOff = createJournal({ db, author: 'CORP\\Administrator', writer: ldaptsDirectoryWriter(dead) });
    const result = await cutOff.apply(change.id);
    expect(result).toMatchObject({
      status: 'retryable',
      attempts: 1,
      outcome: { kind: 'retryable', code: 'ECONNREFUSED' },
    });
    expect(journal.list({ statuses: ['retryable'] }).map((c) => c.id)).toEqual([change.id]);

    const summary = await journal.applyPending();
    expect(summary).toMatchObject({ applied: 1, retryable: 0 });
    expect(journal.get(change.id)).toMatchObject({ status: 'applied', attempts: 2 });
    expect((await scratch.read(u.dn, ['description']))['description']).toEqual(['d2']);
  });

  it('undo restores the values before, as a new compare-and-swap change', async () => {
    const u = await user({ proxyAddresses: ['SMTP:u@contoso.com'], description: ['orig'] });
    const change = u.record([
      {
        attr: 'proxyAddresses',
        base: ['SMTP:u@contoso.com'],
        desired: ['SMTP:u2@contoso.com', 'smtp:u@contoso.com'],
      },
      { attr: 'description', base: ['orig'], desired: [] },
    ]);
    const applied = await journal.apply(change.id);
    const auditId = applied.outcome?.kind === 'applied' ? applied.outcome.auditId : -1;

    const undo = journal.undo(auditId);
    expect(undo).toMatchObject({ status: 'pending', origin: { kind: 'undo', auditId } });
    expect(undo.edits).toEqual([
      {
        attr: 'proxyAddresses',
        base: ['SMTP:u2@contoso.com', 'smtp:u@contoso.com'],
        desired: ['SMTP:u@contoso.com'],
      },
      { attr: 'description', base: [], desired: ['orig'] },
    ]);
    expect((await journal.apply(undo.id)).status).toBe('applied');
    const now = await scratch.read(u.dn, ['proxyAddresses', 'description']);
    expect(now['proxyAddresses']).toEqual(['SMTP:u@contoso.com']);
    expect(now['description']).toEqual(['orig']);
  });

  it('an applied change is undone once, by the admin who asks; a discarded undo frees it again', async () => {
    const u = await user({ description: ['once'] });
    const applied = await journal.apply(
      u.record([{ attr: 'description', base: ['once'], desired: ['twice'] }]).id,
    );
    const auditId = applied.outcome?.kind === 'applied' ? applied.outcome.auditId : -1;
    events = [];
    const undo = journal.undo(auditId, 'CORP\\helen.admin');
    expect(undo.author).toBe('CORP\\helen.admin');
    // The undone change is pushed again, now naming its undo.
    expect(events.map((c) => [c.id, c.undoneBy])).toEqual([
      [applied.id, undo.id],
      [undo.id, null],
    ]);
    expect(journal.get(applied.id).undoneBy).toBe(undo.id);
    expect(() => journal.undo(auditId, 'CORP\\helen.admin')).toThrow(/already undone by change #/);

    journal.discard(undo.id);
    expect(journal.get(applied.id).undoneBy).toBeNull();
    const again = journal.undo(auditId, 'CORP\\helen.admin');
    expect((await journal.apply(again.id)).status).toBe('applied');
    expect(journal.get(applied.id).undoneBy).toBe(again.id);
    expect(journal.audit({ objectGuid: u.guid }).at(-1)?.author).toBe('CORP\\helen.admin');
  });

  it('drains in order with one lane per object: a conflict holds back its object only', async () => {
    const a = await user({ description: ['a1'] });
    const b = await user({ description: ['b1'] });
    const a1 = a.record([{ attr: 'description', base: ['stale'], desired: ['a2'] }]);
    const b1 = b.record([{ attr: 'description', base: ['b1'], desired: ['b2'] }]);
    const a2 = a.record([{ attr: 'description', base: ['a2'], desired: ['a3'] }]);
    const b2 = b.record([{ attr: 'description', base: ['b2'], desired: ['b3'] }]);

    const summary = await journal.applyPending();
    expect(summary).toEqual({
      applied: 2,
      conflict: 1,
      rejected: 0,
      retryable: 0,
      blocked: 1,
      stoppedOffline: false,
    });
    expect([a1, b1, a2, b2].map((c) => journal.get(c.id).status)).toEqual([
      'conflict',
      'applied',
      'pending',
      'applied',
    ]);
    expect((await scratch.read(b.dn, ['description']))['description']).toEqual(['b3']);
  });

  it('reports a conflict when someone set a single-valued attribute we saw empty (attributeOrValueExists)', async () => {
    const u = await user({});
    const change = u.record([{ attr: 'mail', base: [], desired: ['mine@contoso.com'] }]);
    const other = await scratch.connect();
    await other.modify(
      u.dn,
      new LdapChange({
        operation: 'add',
        modification: new Attribute({ type: 'mail', values: ['theirs@contoso.com'] }),
      }),
    );
    const result = await journal.apply(change.id);
    expect(result.outcome).toMatchObject({
      kind: 'conflict',
      resultCode: 20,
      attrs: {
        mail: { base: [], mine: ['mine@contoso.com'], theirs: ['theirs@contoso.com'], differs: true },
      },
    });
  });

  it('keeps each object in order while the drain sends several objects at once', async () => {
    const chained = await user({ description: ['c0'] });
    const others = [await user({ description: ['o'] }), await user({ description: ['o'] })];
    for (let i = 0; i < 10; i++) {
      chained.record([{ attr: 'description', base: [`c${i}`], desired: [`c${i + 1}`] }]);
      for (const [n, other] of others.entries()) {
        other.record([
          { attr: 'description', base: [i === 0 ? 'o' : `o${n}-${i}`], desired: [`o${n}-${i + 1}`] },
        ]);
      }
    }
    const summary = await journal.applyPending({ concurrency: 3 });
    expect(summary).toMatchObject({ applied: 30, conflict: 0, blocked: 0 });
    expect((await scratch.read(chained.dn, ['description']))['description']).toEqual(['c10']);
    expect((await scratch.read(others[1]!.dn, ['description']))['description']).toEqual(['o1-10']);
    expect(journal.audit({ objectGuid: chained.guid }).map((a) => a.after[0]?.values[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `c${i + 1}`),
    );
  });

  it('recognises a change that already landed (answer lost) as applied, not as a conflict', async () => {
    const u = await user({ description: ['x1'] });
    const change = u.record([{ attr: 'description', base: ['x1'], desired: ['x2'] }]);
    // The same modify reaches the DC once "before": as if our first attempt's answer was lost.
    await scratch.admin.modify(u.dn, [
      new LdapChange({
        operation: 'delete',
        modification: new Attribute({ type: 'description', values: ['x1'] }),
      }),
      new LdapChange({
        operation: 'add',
        modification: new Attribute({ type: 'description', values: ['x2'] }),
      }),
    ]);
    const result = await journal.apply(change.id);
    expect(result).toMatchObject({ status: 'applied', outcome: { kind: 'applied', alreadyInPlace: true } });
  });
});

describe('a create and the changes queued behind it', () => {
  it('sends the lane in order: the later edit goes to the new object under its real GUID', async () => {
    const provisional = '00000000-0000-4000-8000-000000000001';
    const dn = `CN=Queued Create ${++userCount},${scratch.ouDn}`;
    const create = journal.record({
      operation: 'create',
      objectGuid: provisional,
      dn,
      objectClass: USER_CLASS,
      edits: [{ attr: 'sAMAccountName', base: [], desired: [`jq${Date.now().toString(36)}`] }],
    });
    // Recorded before the create was sent (offline, or a wizard's next step): it names the lane.
    const edit = journal.record({
      objectGuid: provisional,
      dn,
      objectClass: USER_CLASS,
      edits: [{ attr: 'description', base: [], desired: ['set after the add'] }],
    });

    const summary = await journal.applyPending();
    expect(summary).toMatchObject({ applied: 2, rejected: 0, retryable: 0 });
    const created = journal.get(create.id);
    expect(created.objectGuid).not.toBe(provisional);
    expect(journal.get(edit.id)).toMatchObject({ status: 'applied', objectGuid: created.objectGuid });
    expect((await scratch.read(`<GUID=${created.objectGuid}>`, ['description']))['description']).toEqual([
      'set after the add',
    ]);
    // Both audit rows belong to the object by its real GUID; undo of the create deletes it.
    const audits = journal.audit({ objectGuid: created.objectGuid });
    expect(audits.map((a) => a.changeId)).toEqual([create.id, edit.id]);
    const undo = journal.undo(audits[0]!.id);
    expect(undo).toMatchObject({ operation: 'delete', objectGuid: created.objectGuid });
    expect((await journal.apply(undo.id)).status).toBe('applied');
  });
});

describe('a create whose name is taken', () => {
  it('is rejected on its first attempt even when the other object matches, and discarding it takes its queued steps along', async () => {
    // An object someone else made, holding exactly what our create would write.
    const other = await user({});
    const provisional = '00000000-0000-4000-8000-000000000002';
    const create = journal.record({
      operation: 'create',
      objectGuid: provisional,
      dn: other.dn,
      objectClass: USER_CLASS,
      edits: [],
    });
    const next = journal.record({
      objectGuid: provisional,
      dn: other.dn,
      objectClass: USER_CLASS,
      edits: [{ attr: 'description', base: [], desired: ['must not reach the other object'] }],
    });
    const summary = await journal.applyPending();
    expect(summary).toMatchObject({ applied: 0, rejected: 1, blocked: 1 });
    expect(journal.get(create.id).outcome).toMatchObject({ kind: 'rejected', resultCode: 68 });
    expect(journal.get(next.id).outcome).toMatchObject({ kind: 'waiting', behind: create.id });

    journal.discard(create.id);
    expect(journal.get(next.id).status).toBe('discarded');
    expect((await scratch.read(other.dn, ['description']))['description'] ?? []).toEqual([]);
  });
});
