import type { ConnectionService } from '../connection/connection-service.ts';
import { loadSheet } from '../connection/object-sheet.ts';
import type { DomainHandlers } from '../ipc/handlers.ts';
import { validateGeneralEdit } from '../../src-preload/shared/recipients/general-edit-validation.ts';
import { preparePhoto } from '../recipients/photo.ts';
import { knownUpnSuffixes } from '../../src-preload/shared/recipients/upn.ts';
import { duplicateAddressIssues } from '../directory/duplicate-addresses.ts';

export function objectsHandlers(connection: ConnectionService): DomainHandlers<'objects'> {
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
