import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditView, ChangeView, ObjectChanged } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { LDAP_OP, startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// Creations, renames and moves through the registry against the real DC: each is a journal
// change, audited with its DNs, pushed with the object's new DN, and undoable; a lost reply is
// recognised on retry instead of creating (or failing) twice.
const facts = loadDcFacts();
let relay: LdapRelay;
let app: ServicesHarness;
let scratch: ScratchDirectory;
let targetOu = '';
let pushed: ObjectChanged[] = [];

const USER = ['top', 'person', 'organizationalPerson', 'user'];
const GROUP = ['top', 'group'];
const unique = () => randomBytes(4).toString('hex');
const byId = async (id: number) =>
  (await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === id)!;
const dnOf = async (guid: string) =>
  (await scratch.read(`<GUID=${guid}>`, ['distinguishedName'])).distinguishedName?.[0];
const auditOf = async (change: ChangeView) =>
  (await app.call<AuditView[]>('changes.audit', {})).find((a) => a.changeId === change.id)!;

/** Objects the app created in the scratch OU, found by a search: removed before the OU goes. */
async function removeCreated(): Promise<void> {
  for (const base of [targetOu, scratch.ouDn]) {
    const { searchEntries } = await scratch.admin.search(base, { scope: 'one', attributes: ['1.1'] });
    for (const entry of searchEntries) {
      if (entry.dn.toLowerCase() !== targetOu.toLowerCase()) await scratch.admin.del(entry.dn);
    }
  }
  await scratch.admin.del(targetOu);
}

beforeAll(async () => {
  relay = await startLdapRelay(facts);
  scratch = await openScratchDirectory('Placement');
  targetOu = `OU=Target,${scratch.ouDn}`;
  await scratch.admin.add(targetOu, { objectClass: ['top', 'organizationalUnit'] });
  app = startServices(facts);
  app.services.bus.subscribe((name, payload) => {
    if (name === 'onObjectChanged') pushed.push(payload as ObjectChanged);
  });
  const profile = await app.saveProfile({
    name: 'Admin via relay',
    port: relay.port,
    identity: facts.admin.upn,
  });
  await app.call('directory.connect', { profileId: profile, password: facts.admin.password });
});
beforeEach(() => {
  pushed = [];
});
afterAll(async () => {
  await app?.services.dispose();
  await relay?.close();
  if (scratch !== undefined) await removeCreated().catch(() => undefined);
  await scratch?.cleanup();
});

function createUser(name: string, attributes: Record<string, string[]> = {}) {
  return app.call<ChangeView>('changes.create', {
    parentDn: scratch.ouDn,
    name,
    objectClass: USER,
    attributes: { sAMAccountName: [`pl${unique()}`], ...attributes },
  });
}

describe('create', () => {
  it('creates a user: applied with its real GUID, read back, audited and pushed at its DN', async () => {
    const name = `Walsh, Siobhán ${unique()}`;
    const change = await createUser(name, { displayName: [name], description: ['made here'] });
    expect(change).toMatchObject({ operation: 'create', status: 'applied', attempts: 1 });
    const dn = `CN=${name.replace(',', '\\,')},${scratch.ouDn}`;
    // The change now carries the object's own GUID, which finds the new entry.
    expect((await dnOf(change.objectGuid))?.toLowerCase()).toBe(dn.toLowerCase());
    const read = await scratch.read(dn, ['displayName', 'description', 'objectClass']);
    expect(read.displayName).toEqual([name]);
    expect(read.description).toEqual(['made here']);
    expect(read.objectClass).toContain('user');

    const audit = await auditOf(change);
    expect(audit).toMatchObject({ objectGuid: change.objectGuid, dn, newDn: dn, before: [] });
    expect(audit.after.map((a) => a.attr)).toEqual([
      'objectClass',
      'sAMAccountName',
      'displayName',
      'description',
    ]);
    expect(audit.powershell).toMatch(/^New-ADUser -Name 'Walsh, Siobhán [0-9a-f]+' -Path 'OU=Placement-/);
    expect(pushed.find((p) => p.changeId === change.id)).toMatchObject({ objectGuid: change.objectGuid });
    expect(pushed.find((p) => p.changeId === change.id)?.dn.toLowerCase()).toBe(dn.toLowerCase());
  });

  it('creates a universal distribution group', async () => {
    const change = await app.call<ChangeView>('changes.create', {
      parentDn: scratch.ouDn,
      name: `Sales ${unique()}`,
      objectClass: GROUP,
      attributes: { sAMAccountName: [`pg${unique()}`], groupType: ['8'] },
    });
    expect(change.status).toBe('applied');
    const read = await scratch.read(`<GUID=${change.objectGuid}>`, ['groupType', 'objectClass']);
    expect(read.groupType).toEqual(['8']);
    await expect(app.call('changes.powershell', { id: change.id })).resolves.toMatch(
      /^New-ADGroup -Name 'Sales [0-9a-f]+' -Path '.*' -GroupScope Universal -GroupCategory Distribution -SamAccountName 'pg/,
    );
  });

  it('refuses a taken name in words and leaves the existing object as it was', async () => {
    const name = `Taken ${unique()}`;
    const first = await createUser(name, { description: ['the original'] });
    const second = await createUser(name, { description: ['the newcomer'] });
    expect(second.status).toBe('rejected');
    expect(second.outcome).toMatchObject({ kind: 'rejected', resultCode: 68 });
    expect(second.outcome?.kind === 'rejected' && second.outcome.message).toMatch(
      new RegExp(`the name "${name}" is taken`),
    );
    const read = await scratch.read(`<GUID=${first.objectGuid}>`, ['description']);
    expect(read.description).toEqual(['the original']);
    // Nothing of the refused create is audited, and it kept its provisional GUID (no object has it).
    const audits = await app.call<AuditView[]>('changes.audit', {});
    expect(audits.some((a) => a.changeId === second.id)).toBe(false);
    expect(second.objectGuid).not.toBe(first.objectGuid);
  });

  it('refuses an invalid name before anything is journaled', async () => {
    const before = (await app.call<ChangeView[]>('changes.list', {})).length;
    const result = await app.dispatch('changes.create', {
      parentDn: scratch.ouDn,
      name: ' trailing space ',
      objectClass: USER,
      attributes: { sAMAccountName: [`pl${unique()}`] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const secret = await app.dispatch('changes.create', {
      parentDn: scratch.ouDn,
      name: `Secret ${unique()}`,
      objectClass: USER,
      attributes: { unicodePwd: ['IlBhc3N3MHJkISI='] },
    });
    expect(secret).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await app.call<ChangeView[]>('changes.list', {})).length).toBe(before);
  });

  it('a create whose reply is lost is retried and ends applied exactly once', async () => {
    const sam = `pl${unique()}`;
    const sentBefore = relay.requestsSent(LDAP_OP.addRequest);
    const cut = relay.cutOnNextResponse(LDAP_OP.addResponse);
    const change = await createUser(`Lost Reply ${unique()}`, { sAMAccountName: [sam] });
    await cut;
    expect(change.status).toBe('retryable');
    const done = await until(
      () => byId(change.id),
      (c) => c.status === 'applied',
    );
    expect(done.outcome).toMatchObject({ kind: 'applied', alreadyInPlace: true });
    expect(relay.requestsSent(LDAP_OP.addRequest) - sentBefore).toBeGreaterThanOrEqual(2);
    const { searchEntries } = await scratch.admin.search(scratch.ouDn, {
      scope: 'sub',
      filter: `(sAMAccountName=${sam})`,
      attributes: ['1.1'],
    });
    expect(searchEntries).toHaveLength(1);
    expect((await dnOf(done.objectGuid))?.toLowerCase()).toBe(searchEntries[0]!.dn.toLowerCase());
  });

  it('undo of a create is a delete of the created object', async () => {
    const change = await createUser(`Undo Create ${unique()}`);
    const audit = await auditOf(change);
    const undo = await app.call<ChangeView>('changes.undo', { auditId: audit.id });
    expect(undo).toMatchObject({ operation: 'delete', status: 'applied', objectGuid: change.objectGuid });
    expect(await dnOf(change.objectGuid).catch(() => undefined)).toBeUndefined();
  });
});

describe('rename and move', () => {
  it('renames, pushes the new DN, and undo renames back', async () => {
    const { dn, guid } = await scratch.createUser(`Before Rename ${unique()}`);
    const newName = `After + Rename ${unique()}`;
    const change = await app.call<ChangeView>('changes.rename', { objectGuid: guid, dn, newName });
    expect(change).toMatchObject({ operation: 'rename', status: 'applied' });
    const renamed = `CN=${newName.replace('+', '\\+')},${scratch.ouDn}`;
    expect((await dnOf(guid))?.toLowerCase()).toBe(renamed.toLowerCase());
    expect(pushed.find((p) => p.changeId === change.id)?.dn.toLowerCase()).toBe(renamed.toLowerCase());
    const audit = await auditOf(change);
    expect(audit).toMatchObject({
      dn,
      powershell: `Rename-ADObject -Identity '${dn}' -NewName '${newName}'`,
    });
    expect(audit.newDn?.toLowerCase()).toBe(renamed.toLowerCase());

    const undo = await app.call<ChangeView>('changes.undo', { auditId: audit.id });
    expect(undo).toMatchObject({ operation: 'rename', status: 'applied' });
    expect((await dnOf(guid))?.toLowerCase()).toBe(dn.toLowerCase());
  });

  it('moves to another OU keeping the name, and undo moves it back', async () => {
    const { dn, guid } = await scratch.createUser(`Mover ${unique()}`);
    const change = await app.call<ChangeView>('changes.move', {
      objectGuid: guid,
      dn,
      newParentDn: targetOu,
    });
    expect(change).toMatchObject({ operation: 'move', status: 'applied' });
    const moved = `${dn.split(',')[0]},${targetOu}`;
    expect((await dnOf(guid))?.toLowerCase()).toBe(moved.toLowerCase());
    expect(pushed.find((p) => p.changeId === change.id)?.dn.toLowerCase()).toBe(moved.toLowerCase());
    const audit = await auditOf(change);
    expect(audit.powershell).toBe(`Move-ADObject -Identity '${dn}' -TargetPath '${targetOu}'`);

    const undo = await app.call<ChangeView>('changes.undo', { auditId: audit.id });
    expect(undo.status).toBe('applied');
    expect((await dnOf(guid))?.toLowerCase()).toBe(dn.toLowerCase());
  });

  it('a rename onto a taken name is rejected in words; the object keeps its name', async () => {
    const taken = await scratch.createUser(`Occupied ${unique()}`);
    const { dn, guid } = await scratch.createUser(`Wants Name ${unique()}`);
    const name = taken.dn.slice(3, taken.dn.indexOf(','));
    const change = await app.call<ChangeView>('changes.rename', { objectGuid: guid, dn, newName: name });
    expect(change.status).toBe('rejected');
    expect(change.outcome?.kind === 'rejected' && change.outcome.message).toMatch(
      new RegExp(`already holds an object called "${name}"`),
    );
    expect((await dnOf(guid))?.toLowerCase()).toBe(dn.toLowerCase());
  });

  it('a move whose reply is lost is recognised as done on retry', async () => {
    const { dn, guid } = await scratch.createUser(`Lost Move ${unique()}`);
    const cut = relay.cutOnNextResponse(LDAP_OP.modDNResponse);
    const change = await app.call<ChangeView>('changes.move', {
      objectGuid: guid,
      dn,
      newParentDn: targetOu,
    });
    await cut;
    expect(change.status).toBe('retryable');
    const done = await until(
      () => byId(change.id),
      (c) => c.status === 'applied',
    );
    expect(done.outcome).toMatchObject({ kind: 'applied', alreadyInPlace: true });
    expect((await dnOf(guid))?.toLowerCase()).toBe(`${dn.split(',')[0]},${targetOu}`.toLowerCase());
  });

  it('refuses a move into the object itself and a rename to the same name before journaling', async () => {
    const { dn, guid } = await scratch.createUser(`Same ${unique()}`);
    const same = await app.dispatch('changes.rename', {
      objectGuid: guid,
      dn,
      newName: dn.slice(3, dn.indexOf(',')),
    });
    expect(same).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const into = await app.dispatch('changes.move', { objectGuid: guid, dn, newParentDn: `OU=x,${dn}` });
    expect(into).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
