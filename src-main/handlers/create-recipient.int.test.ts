import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeView } from '../../src-preload/contract/index.ts';
import { classifyRecipient } from '../../src-preload/shared/recipients/recipient-kind.ts';
import { stampFor, type StampableKind } from '../../src-preload/shared/recipients/recipient-stamp.ts';
import { sameValues, valuesOf } from '../../src-preload/shared/values.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// A recipient created through changes.create from the shared stamp holds exactly the stamp: every
// Exchange attribute with its values, and the ones the kind must not have absent.
const facts = loadDcFacts();
let app: ServicesHarness;
let scratch: ScratchDirectory;
const created: string[] = [];

const CLASSES = {
  user: ['top', 'person', 'organizationalPerson', 'user'],
  group: ['top', 'group'],
  contact: ['top', 'person', 'organizationalPerson', 'contact'],
};

beforeAll(async () => {
  scratch = await openScratchDirectory('CreateRecipient');
  app = startServices(facts);
  const profile = await app.saveProfile({ name: 'Admin', port: facts.ldapsPort, identity: facts.admin.upn });
  await app.call('directory.connect', { profileId: profile, password: facts.admin.password });
});
afterAll(async () => {
  await app?.services.dispose();
  for (const guid of created) await scratch?.admin.del(`<GUID=${guid}>`).catch(() => undefined);
  await scratch?.cleanup();
});

async function createKind(kind: StampableKind, objectClass: keyof typeof CLASSES) {
  const alias = `rc${randomBytes(4).toString('hex')}`;
  const stamp = stampFor(kind, {
    alias,
    primary: `${alias}@${facts.realm.toLowerCase()}`,
    secondaries: [`${alias}.extra@${facts.realm.toLowerCase()}`],
    tenant: facts.tenant,
  });
  expect(stamp.objectClass).toBe(objectClass);
  // "Must be absent" (empty) is simply not written by an add.
  const written = Object.fromEntries(
    Object.entries(stamp.attributes).filter(([, values]) => values.length > 0),
  );
  const change = await app.call<ChangeView>('changes.create', {
    parentDn: scratch.ouDn,
    name: `Stamped ${alias}`,
    objectClass: CLASSES[objectClass],
    attributes: {
      ...(objectClass === 'contact' ? {} : { sAMAccountName: [alias] }),
      displayName: [`Stamped ${alias}`],
      ...written,
    },
  });
  expect(change.status).toBe('applied');
  created.push(change.objectGuid);
  const attrs = Object.keys(stamp.attributes);
  const read = await scratch.read(`<GUID=${change.objectGuid}>`, ['objectClass', ...attrs]);
  return { stamp, read };
}

describe('creating recipients from the stamp', () => {
  it('a remote user mailbox holds every Exchange attribute of its stamp, exactly', async () => {
    const { stamp, read } = await createKind('remoteUserMailbox', 'user');
    for (const [attr, values] of Object.entries(stamp.attributes)) {
      expect(sameValues(valuesOf(read, attr), values), `${attr}: ${valuesOf(read, attr)} ≠ ${values}`).toBe(
        true,
      );
    }
    expect(stamp.attributes.msExchRemoteRecipientType).toEqual(['1']);
    expect(classifyRecipient({ ...read, objectClass: valuesOf(read, 'objectClass') }).kind).toBe(
      'remoteUserMailbox',
    );
  });

  it('a mail-enabled security group holds its stamp, groupType included', async () => {
    const { stamp, read } = await createKind('mailSecurityGroup', 'group');
    for (const [attr, values] of Object.entries(stamp.attributes))
      expect(sameValues(valuesOf(read, attr), values), `${attr}: ${valuesOf(read, attr)} ≠ ${values}`).toBe(
        true,
      );
    expect(classifyRecipient({ ...read, objectClass: valuesOf(read, 'objectClass') }).kind).toBe(
      'mailSecurityGroup',
    );
  });
});
