import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ChangeView,
  ConnectionInfo,
  ConnectionSnapshot,
  ListPage,
  ListResult,
  MethodName,
  ObjectChanged,
  ObjectSheet,
  TreeNode,
} from '../../src-preload/contract/index.ts';
import { SAMPLE_DOMAIN_DN, SAMPLE_PROFILE_ID } from '../../src-preload/shared/sample-directory.ts';
import { SessionSecretStore } from '../secrets/secret-store.ts';
import { createServices, type Services } from '../services.ts';
import { DirectorySchema } from '../directory/schema.ts';
import { buildSampleEntries } from '../../build/scripts/sample/sample-entries.ts';
import { readSampleSnapshot, SAMPLE_FILE_NAME } from './snapshot.ts';

// The sample needs no domain controller at all: these run in the unit project, with the snapshot
// shipped in resources/ and a real SQLite store in a fresh profile folder.
let dir: string;
let services: Services;
const pages: ListPage[] = [];
const pushed: ObjectChanged[] = [];

async function call<T>(name: MethodName, input: unknown): Promise<T> {
  const result = await services.registry.dispatch(name, input, { transport: 'browser' });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-sample-'));
  services = createServices({
    userDataDir: dir,
    secrets: new SessionSecretStore(),
    facts: { name: 'RecipientDesk', version: '0.0.0', electronVersion: null },
  });
  pages.length = 0;
  pushed.length = 0;
  services.bus.subscribe((name, payload) => {
    if (name === 'onListPage') pages.push(payload as ListPage);
    if (name === 'onObjectChanged') pushed.push(payload as ObjectChanged);
  });
});
afterEach(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const CORP = `OU=Corp,${SAMPLE_DOMAIN_DN}`;

describe('the sample directory', () => {
  it('opens offline with no profile and no DC: the tree, an OU list, Find and a full sheet', async () => {
    expect(await call('directory.listProfiles', {})).toEqual([]);
    const info = await call<ConnectionInfo>('directory.openSample', {});
    expect(info).toMatchObject({ domainDn: SAMPLE_DOMAIN_DN, exchangeSchema: true });
    expect(info.state).toMatchObject({
      status: 'offline',
      profileId: SAMPLE_PROFILE_ID,
      cache: { kind: 'sample' },
    });
    const snapshot = await call<ConnectionSnapshot>('directory.getState', {});
    expect(snapshot.info?.domainDn).toBe(SAMPLE_DOMAIN_DN);

    const top = await call<TreeNode[]>('directory.children', { dn: SAMPLE_DOMAIN_DN });
    expect(top.map((n) => n.name)).toEqual(
      expect.arrayContaining(['Builtin', 'Corp', 'Not Synced', 'Users']),
    );
    const corp = await call<TreeNode[]>('directory.children', { dn: CORP });
    expect(corp.map((n) => n.name)).toEqual(
      expect.arrayContaining(['Contacts', 'Groups', 'Resources', 'Sales']),
    );

    await call('directory.list', { dn: `OU=Sales,${CORP}`, loadId: 'sales' });
    await vi.waitFor(() => expect(pages.some((p) => p.loadId === 'sales' && p.done)).toBe(true));
    const done = pages.find((p) => p.loadId === 'sales' && p.done);
    expect(done?.error).toBeNull();
    const rows = pages.filter((p) => p.loadId === 'sales').flatMap((p) => p.rows);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.recipientType === 'Remote user mailbox').length).toBeGreaterThan(20);

    const contacts = await call<ListResult>('directory.find', { text: 'a', kinds: 'contacts' });
    expect(contacts.rows.length).toBeGreaterThan(0);
    expect(contacts.rows.every((r) => r.kind === 'contact')).toBe(true);
    const person = rows.find((r) => r.kind === 'user' && r.primarySmtp !== '')!;
    const found = await call<ListResult>('directory.find', { text: person.name });
    expect(found.rows.map((r) => r.dn)).toContain(person.dn);

    const sheet = await call<ObjectSheet>('objects.load', { dn: person.dn });
    expect(sheet.details.attributes.proxyAddresses).toEqual(
      expect.arrayContaining([`SMTP:${person.primarySmtp}`]),
    );
    expect(sheet.details.writable).toEqual(expect.arrayContaining(['extensionAttribute1', 'proxyAddresses']));
    expect(sheet.details.writable).not.toContain('objectSid');
    expect(sheet.allowed.find((a) => a.name === 'proxyAddresses')).toMatchObject({ singleValued: false });
    expect(sheet.details.cachedAt).toMatch(/^\d{4}-/);
    expect(sheet.upnSuffixes.length).toBeGreaterThan(1);
  });

  it('journals an edit as pending for the sample only, never sends it, shows its PowerShell, and a reset discards it', async () => {
    await call('directory.openSample', {});
    const [person] = (await call<ListResult>('directory.find', { text: 'a', kinds: 'users' })).rows;
    const sheet = await call<ObjectSheet>('objects.load', { dn: person!.dn });
    const base = sheet.details.attributes.extensionAttribute9 ?? [];
    const [change] = await call<ChangeView[]>('changes.submit', {
      changes: [
        {
          dn: person!.dn,
          objectGuid: person!.guid,
          objectClass: sheet.details.objectClass,
          edits: [{ attr: 'extensionAttribute9', base, desired: ['Edited in the sample'] }],
        },
      ],
    });
    expect(change).toMatchObject({
      status: 'pending',
      profileId: SAMPLE_PROFILE_ID,
      domain: SAMPLE_DOMAIN_DN,
      attempts: 0,
    });
    // The sample's copy is its directory: the edit shows everywhere, pushed as online.
    expect(pushed.at(-1)).toMatchObject({ objectGuid: person!.guid, changeId: change!.id });
    expect(pushed.at(-1)?.details?.attributes.extensionAttribute9).toEqual(['Edited in the sample']);
    expect(
      (await call<ObjectSheet>('objects.load', { dn: person!.dn })).details.attributes.extensionAttribute9,
    ).toEqual(['Edited in the sample']);
    expect(await call<string>('changes.powershell', { id: change!.id })).toMatch(
      /^Set-ADUser .*extensionAttribute9='Edited in the sample'/s,
    );
    const retried = await services.registry.dispatch(
      'changes.retry',
      { id: change!.id },
      { transport: 'browser' },
    );
    expect(retried.ok).toBe(false);
    expect((await call<ChangeView[]>('changes.list', {}))[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
    });

    expect(await call('directory.resetSample', {})).toEqual({ discarded: 1 });
    expect((await call<ChangeView[]>('changes.list', {}))[0]?.status).toBe('discarded');
    expect(
      (await call<ObjectSheet>('objects.load', { dn: person!.dn })).details.attributes.extensionAttribute9,
    ).toEqual(base.length ? base : undefined);
  });
});

describe('group membership in the sample', () => {
  it("adding a member to a group shows on the member's Member Of, as the DC keeps back links", async () => {
    await call('directory.openSample', {});
    const [group] = (await call<ListResult>('directory.find', { text: 'a', kinds: 'groups' })).rows;
    const people = (await call<ListResult>('directory.find', { text: 'a', kinds: 'users' })).rows;
    const groupSheet = await call<ObjectSheet>('objects.load', { dn: group!.dn });
    const members = groupSheet.details.attributes.member ?? [];
    const outsider = people.find((p) => !members.some((m) => m.toLowerCase() === p.dn.toLowerCase()))!;
    await call('changes.submit', {
      changes: [
        {
          dn: group!.dn,
          objectGuid: group!.guid,
          objectClass: groupSheet.details.objectClass,
          edits: [{ attr: 'member', mode: 'delta', remove: [], add: [outsider.dn] }],
        },
      ],
    });
    const member = await call<ObjectSheet>('objects.load', { dn: outsider.dn });
    expect(member.details.attributes.memberOf).toContain(group!.dn);
    expect(pushed.map((p) => p.objectGuid)).toEqual(expect.arrayContaining([group!.guid, outsider.guid]));
  });
});

describe('the shipped snapshot', () => {
  it('is generated from the test seed, not written by hand: it holds exactly the objects the generator builds from it', () => {
    const shipped = readSampleSnapshot(join(import.meta.dirname, '../../resources', SAMPLE_FILE_NAME));
    const schema = new DirectorySchema(shipped.attributes, []);
    const built = buildSampleEntries((a) => schema.isBinary(a));
    expect(shipped.entries.map((e) => [e.dn, e.guid])).toEqual(built.entries.map((e) => [e.dn, e.guid]));
    expect(shipped.entries.length).toBeGreaterThan(300);
  });
});
