import { type AttributeFacts, type ObjectSheet } from '../../src-preload/contract/index.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import { toObjectDetails } from '../connection/object-details.ts';
import { strings } from '../directory/entry.ts';
import type { DirectorySession } from '../directory/session.ts';
import type { HandlerGroup } from '../ipc/handlers.ts';
import { validateGeneralEdit } from '../../src-preload/shared/recipients/general-edit-validation.ts';
import { preparePhoto } from '../recipients/photo.ts';
import { knownUpnSuffixes } from '../../src-preload/shared/recipients/upn.ts';
import { duplicateAddressIssues } from './duplicate-addresses.ts';

export function objectsHandlers(connection: ConnectionService): HandlerGroup {
  return {
    'objects.load': async ({ dn }) => loadSheet(connection.requireSession(), dn),
    'objects.validateGeneral': async ({ dn, ...edit }) => {
      const session = connection.requireSession();
      const suffixes = knownUpnSuffixes(session.rootDse.upnSuffixes, [session.rootDse.domainDnsName]);
      const local = validateGeneralEdit(edit, { knownSuffixes: suffixes });
      const duplicates = await duplicateAddressIssues(session, dn, edit.mail ?? '', edit.proxyAddresses);
      const issues = [...local.issues, ...duplicates];
      return { issues, canApply: !issues.some((i) => i.severity === 'error') };
    },
    'objects.preparePhoto': async ({ imageBase64 }) => {
      const photo = await preparePhoto(Buffer.from(imageBase64, 'base64'));
      return {
        jpegBase64: photo.jpeg.toString('base64'),
        width: photo.width,
        height: photo.height,
        bytes: photo.jpeg.length,
      };
    },
    'objects.pick': async ({ text, kinds, limit }) => {
      const { rows } = await connection.requireSession().find({ text, kinds, limit });
      return rows.map((row) => ({ dn: row.dn, name: row.name, kind: row.kind }));
    },
  };
}

async function loadSheet(session: DirectorySession, dn: string): Promise<ObjectSheet> {
  const entry = await session.read(dn);
  const [withAllowed] = await session.search({
    base: entry.dn,
    scope: 'base',
    attributes: ['allowedAttributes'],
  });
  const allowedNames = withAllowed ? strings(withAllowed, 'allowedAttributes') : [];
  const allowed: AttributeFacts[] = [];
  for (const name of allowedNames) {
    const definition = session.schema.attribute(name);
    if (!definition) continue;
    const facts: AttributeFacts = {
      name: definition.name,
      syntax: definition.syntax,
      singleValued: definition.singleValued,
      binary: session.schema.isBinary(definition.name),
      systemOnly: definition.systemOnly,
    };
    if (definition.rangeUpper !== undefined) facts.rangeUpper = definition.rangeUpper;
    if (definition.rangeLower !== undefined) facts.rangeLower = definition.rangeLower;
    if (definition.linkId !== undefined) facts.linkId = definition.linkId;
    allowed.push(facts);
  }
  allowed.sort((a, b) => a.name.localeCompare(b.name));
  const details = toObjectDetails(session, entry);
  const target = [...(details.attributes.targetAddress ?? []), ...(details.attributes.proxyAddresses ?? [])];
  const tenantHint =
    target.map((v) => /@([a-z0-9-]+)\.mail\.onmicrosoft\.com$/i.exec(v)?.[1]).find(Boolean) ?? null;
  return {
    details,
    allowed,
    upnSuffixes: knownUpnSuffixes(session.rootDse.upnSuffixes, [session.rootDse.domainDnsName]),
    tenantHint,
  };
}
