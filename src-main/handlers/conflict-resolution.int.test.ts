import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attribute, Change, type Client } from 'ldapts';
import type { ChangeView } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// A conflict resolved attribute by attribute, through the registry and a real DC: another admin
// (a plain ldapts client) edits the same object between my read and my Apply.
const facts = loadDcFacts();
let app: ServicesHarness;
let scratch: ScratchDirectory;
let otherAdmin: Client;

beforeAll(async () => {
  scratch = await openScratchDirectory('ConflictMerge');
  otherAdmin = await scratch.connect();
  app = startServices(facts);
  const profile = await app.saveProfile({ name: 'Admin', port: facts.ldapsPort, identity: facts.admin.upn });
  await app.call('directory.connect', { profileId: profile, password: facts.admin.password });
});

afterAll(async () => {
  await app?.services.dispose();
  await scratch?.cleanup();
});

const replace = (dn: string, type: string, values: string[]) =>
  otherAdmin.modify(dn, [
    new Change({ operation: 'replace', modification: new Attribute({ type, values }) }),
  ]);

const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();

async function mailUser(cn: string, proxyAddresses: string[]) {
  const primary = proxyAddresses.find((p) => p.startsWith('SMTP:'))!.slice(5);
  return scratch.createUser(cn, {
    mail: [primary],
    mailNickname: [cn.replace(/\s/g, '.').toLowerCase()],
    proxyAddresses,
    extensionAttribute3: ['Base value'],
  });
}

/** My edit, made against the values I read; the other admin's edit lands before it is sent. */
async function conflictingSubmit(
  user: { dn: string; guid: string },
  base: string[],
  mine: string[],
  theirs: string[],
): Promise<ChangeView> {
  await replace(user.dn, 'proxyAddresses', theirs);
  await replace(user.dn, 'extensionAttribute3', ['Their value']);
  const [sent] = await app.call<ChangeView[]>('changes.submit', {
    changes: [
      {
        dn: user.dn,
        objectGuid: user.guid,
        objectClass: ['top', 'person', 'organizationalPerson', 'user'],
        edits: [
          { attr: 'proxyAddresses', base, desired: mine },
          { attr: 'extensionAttribute3', base: ['Base value'], desired: ['My value'] },
        ],
      },
    ],
  });
  return sent!;
}

describe('a conflict resolved per attribute', () => {
  it('merges proxyAddresses and keeps my single value: the DC holds exactly the merged set and mine', async () => {
    const base = ['SMTP:mara@contoso.com', 'smtp:old.mara@contoso.com', 'smtp:mara.other@contoso.com'];
    const user = await mailUser('Mara Merge', base);
    // I drop the old address and add one; they drop another and add theirs.
    const mine = ['SMTP:mara@contoso.com', 'smtp:mara.other@contoso.com', 'smtp:mara.mine@contoso.com'];
    const theirs = ['SMTP:mara@contoso.com', 'smtp:old.mara@contoso.com', 'smtp:mara.theirs@contoso.com'];
    const sent = await conflictingSubmit(user, base, mine, theirs);

    expect(sent.status).toBe('conflict');
    const attrs = sent.outcome?.kind === 'conflict' ? sent.outcome.attrs : {};
    expect(attrs['proxyAddresses']).toMatchObject({ base, mine, differs: true });
    expect(sorted(attrs['proxyAddresses']?.mode === 'delta' ? [] : attrs['proxyAddresses']?.theirs)).toEqual(
      sorted(theirs),
    );
    expect(attrs['extensionAttribute3']).toMatchObject({
      base: ['Base value'],
      mine: ['My value'],
      theirs: ['Their value'],
      differs: true,
    });
    // Nothing of mine was written yet.
    expect(sorted((await scratch.read(user.dn, ['proxyAddresses'])).proxyAddresses)).toEqual(sorted(theirs));

    const resolved = await app.call<ChangeView>('changes.resolve', {
      id: sent.id,
      attributes: { proxyAddresses: 'merge', extensionAttribute3: 'mine' },
    });
    expect(resolved.status).toBe('applied');
    expect(resolved.origin).toEqual({
      kind: 'resolution',
      of: sent.id,
      keep: 'mine',
      attributes: { proxyAddresses: 'merge', extensionAttribute3: 'mine' },
    });
    const after = await scratch.read(user.dn, ['proxyAddresses', 'extensionAttribute3']);
    expect(sorted(after.proxyAddresses)).toEqual(
      sorted(['SMTP:mara@contoso.com', 'smtp:mara.mine@contoso.com', 'smtp:mara.theirs@contoso.com']),
    );
    expect(after.extensionAttribute3).toEqual(['My value']);
    const old = (await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === sent.id);
    expect(old?.outcome).toMatchObject({ kind: 'discarded', replacedBy: resolved.id });
  });

  it('refuses a merge that makes two primary addresses, and loses nothing: the conflict stays', async () => {
    const base = ['SMTP:pia@contoso.com', 'smtp:pia.b@contoso.com'];
    const user = await mailUser('Pia Primary', base);
    // I make pia.b primary; they make a new address primary. Merged, both would be SMTP:.
    const mine = ['smtp:pia@contoso.com', 'SMTP:pia.b@contoso.com'];
    const theirs = ['smtp:pia@contoso.com', 'smtp:pia.b@contoso.com', 'SMTP:pia.new@contoso.com'];
    await replace(user.dn, 'mail', ['pia.new@contoso.com']);
    const sent = await conflictingSubmit(user, base, mine, theirs);
    expect(sent.status).toBe('conflict');

    const refused = await app.dispatch('changes.resolve', {
      id: sent.id,
      attributes: { proxyAddresses: 'merge', extensionAttribute3: 'mine' },
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('INVALID_INPUT');
    expect(refused.error.message).toMatch(/2 addresses are marked primary \(SMTP:\)/);
    // The DC is as they left it and my change still waits, with all three values.
    const held = await scratch.read(user.dn, ['proxyAddresses', 'extensionAttribute3']);
    expect(sorted(held.proxyAddresses)).toEqual(sorted(theirs));
    expect(held.extensionAttribute3).toEqual(['Their value']);
    const still = (await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === sent.id);
    expect(still?.status).toBe('conflict');
    expect(still?.outcome).toMatchObject({ kind: 'conflict', attrs: { proxyAddresses: { base, mine } } });

    // Another choice for the same conflict still works: theirs for the addresses, mine for the rest.
    const resolved = await app.call<ChangeView>('changes.resolve', {
      id: sent.id,
      attributes: { proxyAddresses: 'theirs', extensionAttribute3: 'mine' },
    });
    expect(resolved.status).toBe('applied');
    expect(resolved.edits.map((e) => e.attr)).toEqual(['extensionAttribute3']);
    const after = await scratch.read(user.dn, ['proxyAddresses', 'extensionAttribute3']);
    expect(sorted(after.proxyAddresses)).toEqual(sorted(theirs));
    expect(after.extensionAttribute3).toEqual(['My value']);
  });

  it('asks for a choice on every attribute the server changed, and never merges a single value', async () => {
    const base = ['SMTP:quin@contoso.com'];
    const user = await mailUser('Quin Choice', base);
    const sent = await conflictingSubmit(
      user,
      base,
      ['SMTP:quin@contoso.com', 'smtp:quin.mine@contoso.com'],
      ['SMTP:quin@contoso.com', 'smtp:quin.theirs@contoso.com'],
    );
    expect(sent.status).toBe('conflict');
    const partial = await app.dispatch('changes.resolve', {
      id: sent.id,
      attributes: { proxyAddresses: 'merge' },
    });
    expect(partial.ok ? null : partial.error.message).toMatch(
      /extensionAttribute3 changed on the server: choose Keep mine, Take theirs or Merge/,
    );
    const single = await app.dispatch('changes.resolve', {
      id: sent.id,
      attributes: { proxyAddresses: 'merge', extensionAttribute3: 'merge' },
    });
    expect(single.ok ? null : single.error.message).toMatch(
      /extensionAttribute3 holds one value: it cannot be merged/,
    );
    const invalid = await app.dispatch('changes.resolve', {
      id: sent.id,
      attributes: { proxyAddresses: 'both' },
    });
    expect(invalid.ok ? null : invalid.error.code).toBe('INVALID_INPUT');
    expect((await scratch.read(user.dn, ['extensionAttribute3'])).extensionAttribute3).toEqual([
      'Their value',
    ]);
  });
});
