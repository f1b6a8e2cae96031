import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditView, ChangeView, ObjectSheet } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { LDAP_OP, startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';
import { Attribute, Change } from 'ldapts';

// The write path's promises, end to end through the registry and a real DC: a delta never turns
// into a full list, a lost reply is recognised, changes stay with their directory, and every
// write (deletes too) is a journal change.
const facts = loadDcFacts();
let relay: LdapRelay;
let app: ServicesHarness;
let scratch: ScratchDirectory;
let adminProfile = '';
let staff: string[] = [];

const byId = async (id: number) =>
  (await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === id)!;
const members = async (dn: string) => (await scratch.read(dn, ['member'])).member ?? [];

beforeAll(async () => {
  relay = await startLdapRelay(facts);
  scratch = await openScratchDirectory('WriteSafety');
  app = startServices(facts);
  adminProfile = await app.saveProfile({
    name: 'Admin via relay',
    port: relay.port,
    identity: facts.admin.upn,
  });
  await app.call('directory.connect', { profileId: adminProfile, password: facts.admin.password });
  // Real users to be members: the seeded large group's.
  staff = (await scratch.read(facts.seed.largeGroupDn, ['member'])).member ?? [];
  expect(staff.length).toBeGreaterThan(402);
});

afterAll(async () => {
  await app?.services.dispose();
  await relay?.close();
  await scratch?.cleanup();
});

async function submit(input: unknown): Promise<ChangeView> {
  const [submitted] = await app.call<ChangeView[]>('changes.submit', { changes: [input] });
  return submitted!;
}

describe('a delta on a big group', () => {
  it('survives a reply lost after the DC applied it: 401 members, nothing removed', async () => {
    const group = await scratch.createGroup('Big Lost Reply', staff.slice(0, 400));
    const newcomer = staff[400]!;
    const cut = relay.cutOnNextResponse(LDAP_OP.modifyResponse);
    const sent = await submit({
      dn: group.dn,
      objectGuid: group.guid,
      objectClass: ['top', 'group'],
      edits: [{ attr: 'member', mode: 'delta', remove: [], add: [newcomer] }],
    });
    await cut;
    expect(sent.status).toBe('retryable');
    // The session reconnects by itself and the queued change is sent again: "value exists".
    const done = await until(
      () => byId(sent.id),
      (c) => c.status === 'applied',
    );
    expect(done.outcome).toMatchObject({ kind: 'applied', alreadyInPlace: true });
    expect((await members(group.dn)).length).toBe(401);
  });

  it('Keep mine after a conflict stays a delta: every other member remains', async () => {
    const group = await scratch.createGroup('Big Keep Mine', staff.slice(0, 400));
    const [leaver, newcomer] = [staff[7]!, staff[401]!];
    const cut = relay.cutOnNextResponse(LDAP_OP.modifyResponse);
    const sent = await submit({
      dn: group.dn,
      objectGuid: group.guid,
      objectClass: ['top', 'group'],
      edits: [{ attr: 'member', mode: 'delta', remove: [leaver], add: [newcomer] }],
    });
    await cut;
    relay.block();
    // Meanwhile another admin puts the leaver back.
    await scratch.admin.modify(group.dn, [
      new Change({ operation: 'add', modification: new Attribute({ type: 'member', values: [leaver] }) }),
    ]);
    relay.unblock();
    const conflict = await until(
      () => byId(sent.id),
      (c) => c.status === 'conflict',
    );
    const values = conflict.outcome?.kind === 'conflict' ? conflict.outcome.attrs['member'] : undefined;
    // Only the edit's own values travel in the conflict, never the 400-member list.
    expect(values).toMatchObject({ mode: 'delta', remove: [leaver], add: [newcomer] });
    expect(values?.mode === 'delta' ? [...values.present].sort() : []).toEqual([leaver, newcomer].sort());

    const resolved = await app.call<ChangeView>('changes.resolve', { id: sent.id, keep: 'mine' });
    expect(resolved.status).toBe('applied');
    expect(resolved.edits).toEqual([{ attr: 'member', mode: 'delta', remove: [leaver], add: [] }]);
    const after = await members(group.dn);
    expect(after.length).toBe(400);
    expect(after).toContain(newcomer);
    expect(after).not.toContain(leaver);
    await expect(app.call<string>('changes.powershell', { id: resolved.id })).resolves.toMatch(
      /^Set-ADGroup .* -Remove @\{member='CN=/,
    );
  });

  it('undoes a delta as the reverse delta, leaving other members alone', async () => {
    const group = await scratch.createGroup('Big Undo', staff.slice(0, 150));
    const sent = await submit({
      dn: group.dn,
      objectGuid: group.guid,
      objectClass: ['top', 'group'],
      edits: [{ attr: 'member', mode: 'delta', remove: [staff[0]!], add: [staff[200]!] }],
    });
    expect(sent.status).toBe('applied');
    // Someone else adds a member afterwards: undo must not remove it.
    await scratch.admin.modify(group.dn, [
      new Change({
        operation: 'add',
        modification: new Attribute({ type: 'member', values: [staff[201]!] }),
      }),
    ]);
    const auditId = sent.outcome?.kind === 'applied' ? sent.outcome.auditId : 0;
    const undone = await app.call<ChangeView>('changes.undo', { auditId });
    expect(undone.status).toBe('applied');
    const after = await members(group.dn);
    expect(after.length).toBe(151);
    expect(after).toContain(staff[0]);
    expect(after).toContain(staff[201]);
    expect(after).not.toContain(staff[200]);
  });
});

describe('reads a compare-and-swap builds on', () => {
  it('"theirs" holds every value of a group larger than one range (1,640 members)', async () => {
    const group = await scratch.createGroup('Large Theirs', staff);
    // Another admin removes one member; our full-set edit, read before that, removes two.
    await scratch.admin.modify(group.dn, [
      new Change({
        operation: 'delete',
        modification: new Attribute({ type: 'member', values: [staff[5]!] }),
      }),
    ]);
    const sent = await submit({
      dn: group.dn,
      objectGuid: group.guid,
      objectClass: ['top', 'group'],
      edits: [{ attr: 'member', base: staff, desired: staff.filter((_, i) => i !== 5 && i !== 6) }],
    });
    const values = sent.outcome?.kind === 'conflict' ? sent.outcome.attrs['member'] : undefined;
    expect(sent.status).toBe('conflict');
    expect(staff.length).toBeGreaterThan(1500);
    expect(values?.mode === 'delta' ? [] : values?.theirs).toHaveLength(staff.length - 1);
  });
});

describe('main checks every change before it is journaled', () => {
  async function refused(edits: unknown[], dn?: string): Promise<{ code: string; message: string }> {
    const user = dn
      ? { dn, guid: (await app.call<ObjectSheet>('objects.load', { dn })).details.row.guid }
      : await scratch.createUser(`Guard ${Math.random().toString(36).slice(2, 8)}`, {
          mailNickname: ['guard'],
        });
    const before = (await app.call<ChangeView[]>('changes.list', {})).length;
    const result = await app.dispatch('changes.submit', {
      changes: [
        {
          dn: user.dn,
          objectGuid: user.guid,
          objectClass: ['top', 'person', 'organizationalPerson', 'user'],
          edits,
        },
      ],
    });
    expect((await app.call<ChangeView[]>('changes.list', {})).length).toBe(before);
    return result.ok ? { code: 'OK', message: '' } : result.error;
  }

  it('refuses a malformed address, two primaries, a NUL, two values in a single-valued attribute', async () => {
    expect(await refused([{ attr: 'proxyAddresses', base: [], desired: ['SMTP:bob@@x.com'] }])).toMatchObject(
      {
        code: 'INVALID_INPUT',
      },
    );
    expect(
      (
        await refused([
          { attr: 'proxyAddresses', base: [], desired: ['SMTP:a@contoso.com', 'SMTP:b@contoso.com'] },
        ])
      ).message,
    ).toMatch(/primary/i);
    expect((await refused([{ attr: 'description', base: [], desired: ['bad\u0000value'] }])).message).toMatch(
      /control character/,
    );
    expect((await refused([{ attr: 'mailNickname', base: ['guard'], desired: ['a', 'b'] }])).message).toMatch(
      /one value only/,
    );
  });

  it('refuses secrets, text for a binary attribute, and a blind replace from IPC', async () => {
    expect((await refused([{ attr: 'unicodePwd', base: [], desired: ['"Secret1!"'] }])).message).toMatch(
      /secret/,
    );
    expect((await refused([{ attr: 'thumbnailPhoto', base: [], desired: ['not a photo'] }])).message).toMatch(
      /bytes|binary/,
    );
    expect(await refused([{ attr: 'description', base: null, desired: ['x'] }])).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('every write is a journal change', () => {
  it('a delete is journaled by GUID, audited with what the object held, and shown as Remove-ADObject', async () => {
    const user = await scratch.createUser('Delete Me', { description: ['kept in the audit'] });
    const [deleted] = await app.call<ChangeView[]>('changes.delete', {
      objects: [{ dn: user.dn, objectGuid: user.guid }],
    });
    expect(deleted).toMatchObject({ operation: 'delete', status: 'applied' });
    expect(await app.call<string>('changes.powershell', { id: deleted!.id })).toBe(
      `Remove-ADObject -Identity '${user.dn}' -Confirm:$false`,
    );
    const [audit] = await app.call<AuditView[]>('changes.audit', { objectGuid: user.guid });
    expect(audit?.before.find((b) => b.attr === 'description')?.values).toEqual(['kept in the audit']);
    await expect(scratch.read(user.dn, ['cn'])).rejects.toThrow(/no such object|0x20/i);
    const undo = await app.dispatch('changes.undo', { auditId: audit!.id });
    expect(undo.ok ? '' : undo.error.message).toMatch(/Recycle Bin/);
  });
});

describe('changes belong to their directory', () => {
  it('a change queued offline is not sent through another profile, nor a read-only one', async () => {
    const user = await scratch.createUser('Queued For A', { description: ['before'] });
    relay.block();
    await until(
      () => app.states.at(-1),
      (s) => s === 'offline' || s === 'reconnecting',
    );
    const queued = await submit({
      dn: user.dn,
      objectGuid: user.guid,
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      edits: [{ attr: 'description', base: ['before'], desired: ['after'] }],
    });
    expect(queued).toMatchObject({ status: 'pending', profileId: adminProfile });

    // The helpdesk connects with its own read-only profile straight to the DC: nothing is sent.
    const helpdesk = await app.saveProfile({
      name: 'Helpdesk direct',
      port: facts.ldapsPort,
      identity: facts.accounts.helpdesk.upn,
      readOnly: true,
    });
    await app.call('directory.connect', { profileId: helpdesk, password: facts.accounts.helpdesk.password });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await byId(queued.id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await scratch.read(user.dn, ['description'])).description).toEqual(['before']);

    // Its own profile connects again: the change goes.
    relay.unblock();
    await app.call('directory.connect', { profileId: adminProfile, password: facts.admin.password });
    await until(
      () => byId(queued.id),
      (c) => c.status === 'applied',
    );
    expect((await scratch.read(user.dn, ['description'])).description).toEqual(['after']);
  });

  it('a new change waits behind an older stuck change of the same object, and goes once it is discarded', async () => {
    const user = await scratch.createUser('Lane Keeper', { description: ['one'], department: ['Sales'] });
    const stuck = await submit({
      dn: user.dn,
      objectGuid: user.guid,
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      edits: [{ attr: 'description', base: ['stale'], desired: ['two'] }],
    });
    expect(['conflict', 'rejected']).toContain(stuck.status);
    const later = await submit({
      dn: user.dn,
      objectGuid: user.guid,
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      edits: [{ attr: 'department', base: ['Sales'], desired: ['Finance'] }],
    });
    expect(later.status).toBe('pending');
    expect(later.outcome).toMatchObject({ kind: 'waiting', behind: stuck.id });
    expect((await scratch.read(user.dn, ['department'])).department).toEqual(['Sales']);

    await app.call('changes.discard', { id: stuck.id });
    await until(
      () => byId(later.id),
      (c) => c.status === 'applied',
    );
    expect((await scratch.read(user.dn, ['department'])).department).toEqual(['Finance']);
  });
});
