import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangeView,
  ConnectionState,
  ConversionPreview,
  RecipientPreflight,
} from '../../src-preload/contract/index.ts';
import type { RecipientFields } from '../../src-preload/shared/recipients/recipient-fields.ts';
import { classifyRecipient } from '../../src-preload/shared/recipients/recipient-kind.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// The wizards while the DC is set aside ("Work offline"): a recipient is planned and checked
// against the cached copy, queues as a create, and lands when the app goes online. What the copy
// could not know (an address taken on the DC meanwhile) is caught before the add, not stored twice.
const facts = loadDcFacts();
const domain = facts.realm.toLowerCase();
let app: ServicesHarness;
let scratch: ScratchDirectory;
const made: string[] = [];

beforeAll(async () => {
  scratch = await openScratchDirectory('OfflineCreate');
  app = startServices(facts);
  const profileId = await app.saveProfile({
    name: 'Direct',
    port: facts.ldapsPort,
    identity: facts.admin.upn,
  });
  await app.call('directory.connect', { profileId, password: facts.admin.password });
});

afterAll(async () => {
  // Whatever the journal created, even where an assertion stopped the test before noting it.
  const list = app ? await app.call<ChangeView[]>('changes.list', {}).catch(() => []) : [];
  for (const change of list)
    if (change.operation === 'create' && change.status === 'applied') made.push(change.objectGuid);
  await app?.services.dispose();
  for (const guid of made) await scratch?.admin.del(`<GUID=${guid}>`).catch(() => undefined);
  await scratch?.cleanup();
});

function remoteMailbox(tag: string, extra: string[] = []): RecipientFields {
  const alias = `oc${tag}`;
  return {
    givenName: 'Olga',
    sn: `Offline ${tag}`,
    name: `Olga Offline ${tag}`,
    upnPrefix: alias,
    upnSuffix: domain,
    samAccountName: alias,
    alias,
    primaryAddress: `${alias}@${domain}`,
    extraAddresses: extra,
    tenant: facts.tenant,
  };
}

const tag = () => randomBytes(4).toString('hex');
const statusOf = async (id: number) =>
  (await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === id)?.status;

describe('creating and converting recipients offline', () => {
  it('checks against the cache, queues, applies on Go online, and refuses an address taken meanwhile', async () => {
    const taken = `held.${tag()}@${domain}`;
    const holder = await scratch.createUser(`Holder ${tag()}`, { proxyAddresses: [`SMTP:${taken}`] });
    const mailUser = await scratch.createUser(`Mail User ${tag()}`, {
      mailNickname: [`mu${tag()}`],
      targetAddress: [`SMTP:mu@fabrikam.com`],
      mail: [`mu@fabrikam.com`],
      proxyAddresses: [`SMTP:mu@fabrikam.com`],
      msExchRecipientTypeDetails: ['128'],
      msExchRecipientDisplayType: ['6'],
    });
    // Opened while online: both are in the cached copy now.
    await app.call('objects.load', { dn: holder.dn });
    await app.call('objects.load', { dn: mailUser.dn });

    const offline = await app.call<ConnectionState>('directory.workOffline', {});
    expect(offline.status).toBe('offline');

    // The cached holder is found without the DC, and the admin is told what was checked against.
    const clash = await app.call<RecipientPreflight>('recipients.preflight', {
      kind: 'remoteUserMailbox',
      parentDn: scratch.ouDn,
      fields: remoteMailbox(tag(), [taken]),
    });
    expect(clash.canCreate).toBe(false);
    expect(clash.issues.find((i) => i.code === 'taken')?.message).toContain(taken);
    expect(clash.issues.map((i) => i.code)).toContain('checked-offline');

    // Free in the cache: queues. Another admin then takes its extra address on the DC.
    const lateTag = tag();
    const late = `late.${lateTag}@${domain}`;
    const [queuedLate] = await app.call<ChangeView[]>('recipients.create', {
      kind: 'remoteUserMailbox',
      parentDn: scratch.ouDn,
      fields: remoteMailbox(lateTag, [late]),
    });
    const fine = remoteMailbox(tag(), [`fine.${tag()}@${domain}`]);
    const [queuedFine] = await app.call<ChangeView[]>('recipients.create', {
      kind: 'remoteUserMailbox',
      parentDn: scratch.ouDn,
      fields: fine,
    });
    expect(queuedLate?.status).toBe('pending');
    expect(queuedFine?.status).toBe('pending');
    // Queued but not created yet: its address is taken all the same for the next wizard run.
    const twice = await app.call<RecipientPreflight>('recipients.preflight', {
      kind: 'remoteUserMailbox',
      parentDn: scratch.ouDn,
      fields: remoteMailbox(tag(), [fine.extraAddresses![0]!]),
    });
    expect(twice.canCreate).toBe(false);
    expect(twice.issues.find((i) => i.code === 'taken')?.message).toContain(
      `change #${queuedFine!.id}, queued`,
    );
    const thief = await scratch.createUser(`Thief ${tag()}`, { proxyAddresses: [`smtp:${late}`] });

    // A conversion offline takes the cached values as its base.
    const preview = await app.call<ConversionPreview>('recipients.previewConversion', {
      objectGuid: mailUser.guid,
      dn: mailUser.dn,
      targetKind: 'remoteUserMailbox',
      tenant: facts.tenant,
    });
    expect(preview.canConvert).toBe(true);
    const converted = await app.call<ChangeView>('recipients.convert', {
      objectGuid: mailUser.guid,
      dn: mailUser.dn,
      targetKind: 'remoteUserMailbox',
      tenant: facts.tenant,
    });
    expect(converted.status).toBe('pending');
    await new Promise((r) => setTimeout(r, 1000)); // a drain that should not run would have run by now
    expect(await scratch.read(`CN=${fine.name},${scratch.ouDn}`, ['mail']).catch(() => null)).toBeNull();

    expect((await app.call<ConnectionState>('directory.goOnline', {})).status).toBe('online');
    await until(
      () => statusOf(queuedFine!.id),
      (s) => s === 'applied',
    );
    const fineRead = await scratch.read(`CN=${fine.name},${scratch.ouDn}`, [
      'objectGUID',
      'mail',
      'msExchRemoteRecipientType',
      'msExchRecipientTypeDetails',
    ]);
    expect(fineRead.mail).toEqual([fine.primaryAddress]);
    expect(fineRead.msExchRecipientTypeDetails).toEqual(['2147483648']);

    // The address the thief took meanwhile: refused before the add, with the holder named.
    await until(
      () => statusOf(queuedLate!.id),
      (s) => s === 'rejected',
    );
    const refused = (await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === queuedLate!.id)!;
    expect(refused.outcome).toMatchObject({ kind: 'rejected', code: 'DUPLICATE' });
    expect(refused.outcome?.kind === 'rejected' && refused.outcome.message).toContain(late);
    expect(refused.outcome?.kind === 'rejected' && refused.outcome.message).toContain(thief.dn);
    expect(
      await scratch.read(`CN=Olga Offline ${lateTag},${scratch.ouDn}`, ['mail']).catch(() => null),
    ).toBeNull();

    await until(
      () => statusOf(converted.id),
      (s) => s === 'applied',
    );
    const after = await scratch.read(mailUser.dn, [
      'msExchRecipientTypeDetails',
      'msExchRemoteRecipientType',
      'targetAddress',
      'objectClass',
    ]);
    expect(classifyRecipient({ ...after, objectClass: after.objectClass ?? [] }).kind).toBe(
      'remoteUserMailbox',
    );
  });
});
