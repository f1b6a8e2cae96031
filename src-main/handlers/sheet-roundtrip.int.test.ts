import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeView, MethodName, ObjectSheet } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { SessionSecretStore } from '../secrets/secret-store.ts';
import { createServices, type Services } from '../services.ts';

// The property sheet's back end end to end: the same registry the renderer calls, a real DC.
const facts = loadDcFacts();
let services: Services;
let scratch: ScratchDirectory;

async function call<T>(name: MethodName, input: unknown): Promise<T> {
  const result = await services.registry.dispatch(name, input, { transport: 'browser' });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function submit(
  sheet: ObjectSheet,
  edits: { attr: string; base: string[]; desired: string[]; binary?: boolean }[],
) {
  const { row, objectClass } = sheet.details;
  const [change] = await call<ChangeView[]>('changes.submit', {
    changes: [{ dn: row.dn, objectGuid: row.guid, objectClass, edits }],
  });
  return change;
}

beforeAll(async () => {
  scratch = await openScratchDirectory('SheetTests');
  services = createServices({
    userDataDir: mkdtempSync(join(tmpdir(), 'rd-sheet-')),
    secrets: new SessionSecretStore(),
    facts: { name: 'RecipientDesk', version: '0.0.0', electronVersion: null },
  });
  const profile = await call<{ id: string }>('directory.saveProfile', {
    name: 'Test DC',
    host: facts.host,
    port: facts.ldapsPort,
    security: 'ldaps',
    bindIdentity: facts.admin.upn,
    caPem: readFileSync(facts.caFile, 'utf8'),
  });
  await call('directory.connect', { profileId: profile.id, password: facts.admin.password });
});

afterAll(async () => {
  await services?.dispose();
  await scratch?.cleanup();
});

describe('property sheet tabs round-trip through the journal', () => {
  it('writes and reads back every tab’s attributes on a user', async () => {
    const { dn: delegateDn } = await scratch.createUser('Delegate Dee');
    const { dn } = await scratch.createUser('Tab Tester', {
      mail: ['tab.tester@contoso.com'],
      mailNickname: ['tab.tester'],
      proxyAddresses: ['SMTP:tab.tester@contoso.com'],
    });
    const photo = await sharp({ create: { width: 96, height: 96, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const sheet = await call<ObjectSheet>('objects.load', { dn });
    expect(sheet.allowed.find((a) => a.name === 'mailNickname')).toMatchObject({
      singleValued: true,
      rangeUpper: 64,
    });

    const change = await submit(sheet, [
      {
        attr: 'proxyAddresses',
        base: ['SMTP:tab.tester@contoso.com'],
        desired: ['smtp:tab.tester@contoso.com', 'SMTP:tt@contoso.com'],
      },
      { attr: 'mail', base: ['tab.tester@contoso.com'], desired: ['tt@contoso.com'] },
      { attr: 'extensionAttribute7', base: [], desired: ['Cost centre 42'] },
      { attr: 'msExchExtensionCustomAttribute1', base: [], desired: ['a', 'b'] },
      { attr: 'msExchHideFromAddressLists', base: [], desired: ['TRUE'] },
      { attr: 'mAPIRecipient', base: [], desired: ['FALSE'] },
      { attr: 'publicDelegates', base: [], desired: [delegateDn] },
      { attr: 'authOrig', base: [], desired: [delegateDn] },
      { attr: 'thumbnailPhoto', base: [], desired: [photo.toString('base64')], binary: true },
    ]);
    expect(change?.status).toBe('applied');

    const after = (await call<ObjectSheet>('objects.load', { dn })).details.attributes;
    expect(after.proxyAddresses?.sort()).toEqual(['SMTP:tt@contoso.com', 'smtp:tab.tester@contoso.com']);
    expect(after.mail).toEqual(['tt@contoso.com']);
    expect(after.extensionAttribute7).toEqual(['Cost centre 42']);
    expect(after.msExchExtensionCustomAttribute1?.sort()).toEqual(['a', 'b']);
    expect(after.msExchHideFromAddressLists).toEqual(['TRUE']);
    expect(after.mAPIRecipient).toEqual(['FALSE']);
    expect(after.publicDelegates).toEqual([delegateDn]);
    expect(after.authOrig).toEqual([delegateDn]);
    expect(after.thumbnailPhoto).toEqual([photo.toString('base64')]);

    // The reverse side of the delegate link shows on the delegate.
    const delegate = (await call<ObjectSheet>('objects.load', { dn: delegateDn })).details.attributes;
    expect(delegate.publicDelegatesBL).toEqual([dn]);
  });

  it('reports an address another object already holds, forest-wide', async () => {
    const { dn } = await scratch.createUser('Dup Checker', { mailNickname: ['dup.checker'] });
    const report = await call<{ issues: { code: string; message: string }[]; canApply: boolean }>(
      'objects.validateGeneral',
      {
        dn,
        mail: 'zoe.muller@contoso.com',
        proxyAddresses: ['SMTP:zoe.muller@contoso.com'],
        mailNickname: 'dup.checker',
      },
    );
    expect(report.canApply).toBe(false);
    expect(report.issues.find((i) => i.code === 'duplicate-in-directory')?.message).toMatch(/Zoë Müller/);
  });

  it('refuses two primaries and a non-image photo before anything is written', async () => {
    const { dn } = await scratch.createUser('Two Primaries', { mailNickname: ['two.primaries'] });
    const report = await call<{ issues: { code: string }[]; canApply: boolean }>('objects.validateGeneral', {
      dn,
      mail: 'a.two@contoso.com',
      proxyAddresses: ['SMTP:a.two@contoso.com', 'SMTP:b.two@contoso.com'],
      mailNickname: 'two.primaries',
    });
    expect(report.issues.map((i) => i.code)).toContain('multiple-primaries');
    const photo = await services.registry.dispatch(
      'objects.preparePhoto',
      { imageBase64: Buffer.from('GIF89a not really').toString('base64') },
      { transport: 'browser' },
    );
    expect(photo.ok ? null : photo.error.code).toBe('VALIDATION_FAILED');
  });

  it('a value over rangeUpper is refused by main before it is journaled, and nothing changes', async () => {
    const { dn } = await scratch.createUser('Long Alias', { mailNickname: ['long.alias'] });
    const sheet = await call<ObjectSheet>('objects.load', { dn });
    const before = (await call<ChangeView[]>('changes.list', {})).length;
    const { row, objectClass } = sheet.details;
    const result = await services.registry.dispatch(
      'changes.submit',
      {
        changes: [
          {
            dn,
            objectGuid: row.guid,
            objectClass,
            edits: [{ attr: 'mailNickname', base: ['long.alias'], desired: ['x'.repeat(65)] }],
          },
        ],
      },
      { transport: 'browser' },
    );
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
    expect(result.ok ? '' : result.error.message).toMatch(/mailNickname: at most 64 characters/);
    expect((await call<ChangeView[]>('changes.list', {})).length).toBe(before);
    expect((await scratch.read(dn, ['mailNickname'])).mailNickname).toEqual(['long.alias']);
  });
});
