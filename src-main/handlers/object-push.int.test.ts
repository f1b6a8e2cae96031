import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeView, ObjectChanged, ObjectSheet } from '../../src-preload/contract/index.ts';
import { valuesOf } from '../../src-preload/shared/values.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { LDAP_OP, startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// "Main pushes what changed": after a write the app sends the object as the server now holds it,
// so the renderer never reads back. Counted on the wire, through a relay in front of the real DC.
const facts = loadDcFacts();
let relay: LdapRelay;
let app: ServicesHarness;
let scratch: ScratchDirectory;
const pushed: ObjectChanged[] = [];

beforeAll(async () => {
  relay = await startLdapRelay(facts);
  scratch = await openScratchDirectory('ObjectPush');
  app = startServices(facts);
  app.services.bus.subscribe((name, payload) => {
    if (name === 'onObjectChanged') pushed.push(payload as ObjectChanged);
  });
  const profileId = await app.saveProfile({
    name: 'Admin via relay',
    port: relay.port,
    identity: facts.admin.upn,
  });
  await app.call('directory.connect', { profileId, password: facts.admin.password });
});

afterAll(async () => {
  await app?.services.dispose();
  await relay?.close();
  await scratch?.cleanup();
});

const wire = () => ({
  modifies: relay.requestsSent(LDAP_OP.modifyRequest),
  searches: relay.requestsSent(LDAP_OP.searchRequest),
});
const pushesFor = (guid: string) => pushed.filter((p) => p.objectGuid.toLowerCase() === guid.toLowerCase());

describe('after a write, main pushes the fresh object', () => {
  it('Apply on a sheet costs one modify and one read, and the push carries the new value and row', async () => {
    const user = await scratch.createUser('Push Target', {
      description: ['before'],
      displayName: ['Push Target'],
    });
    const sheet = await app.call<ObjectSheet>('objects.load', { dn: user.dn });
    const before = wire();
    const [change] = await app.call<ChangeView[]>('changes.submit', {
      changes: [
        {
          dn: user.dn,
          objectGuid: sheet.details.row.guid,
          objectClass: sheet.details.objectClass,
          edits: [
            { attr: 'description', base: ['before'], desired: ['after'] },
            { attr: 'displayName', base: ['Push Target'], desired: ['Pushed Target'] },
          ],
        },
      ],
    });
    expect(change?.status).toBe('applied');
    // Answered only after the push went out: the renderer has the new values with the answer.
    const [push] = pushesFor(user.guid);
    expect(push?.changeId).toBe(change?.id);
    expect(valuesOf(push!.details!.attributes, 'description')).toEqual(['after']);
    expect(push!.details!.row).toMatchObject({ dn: user.dn, guid: user.guid, description: 'after' });
    expect(wire()).toEqual({ modifies: before.modifies + 1, searches: before.searches + 1 });
  });

  it('a member added to a group sees its memberOf change: both objects are pushed', async () => {
    const member = await scratch.createUser('Push Member');
    const group = await scratch.createGroup('Push Group', []);
    const [change] = await app.call<ChangeView[]>('changes.submit', {
      changes: [
        {
          dn: group.dn,
          objectGuid: group.guid,
          objectClass: ['top', 'group'],
          edits: [{ attr: 'member', mode: 'delta', remove: [], add: [member.dn] }],
        },
      ],
    });
    expect(change?.status).toBe('applied');
    expect(valuesOf(pushesFor(group.guid)[0]!.details!.attributes, 'member')).toEqual([member.dn]);
    const memberPush = pushesFor(member.guid)[0];
    expect(memberPush?.changeId).toBe(change?.id);
    expect(valuesOf(memberPush!.details!.attributes, 'memberOf').map((dn) => dn.toLowerCase())).toEqual([
      group.dn.toLowerCase(),
    ]);
  });

  it('a delete is pushed without details, so every copy of the object can go', async () => {
    const doomed = await scratch.createUser('Push Doomed');
    const [change] = await app.call<ChangeView[]>('changes.delete', {
      objects: [{ dn: doomed.dn, objectGuid: doomed.guid }],
    });
    expect(change?.status).toBe('applied');
    expect(pushesFor(doomed.guid)).toEqual([
      { objectGuid: doomed.guid, dn: doomed.dn, details: null, changeId: change!.id },
    ]);
  });

  it('a change sent later by the drain is pushed too (another window sees it)', async () => {
    const user = await scratch.createUser('Push Later', { description: ['one'] });
    relay.block();
    await until(
      () => app.call<{ state: { status: string } }>('directory.getState', {}),
      (s) => s.state.status !== 'online',
    );
    const [queued] = await app.call<ChangeView[]>('changes.submit', {
      changes: [
        {
          dn: user.dn,
          objectGuid: user.guid,
          objectClass: ['top', 'person', 'organizationalPerson', 'user'],
          edits: [{ attr: 'description', base: ['one'], desired: ['two'] }],
        },
      ],
    });
    expect(queued?.status).not.toBe('applied');
    expect(pushesFor(user.guid)).toEqual([]);
    relay.unblock();
    const push = await until(
      () => pushesFor(user.guid)[0],
      (p) => p !== undefined,
      30_000,
    );
    expect(valuesOf(push!.details!.attributes, 'description')).toEqual(['two']);
  });
});
