import type { ConnectionService } from '../connection/connection-service.ts';
import { loadSheet } from '../connection/object-sheet.ts';
import type { DomainHandlers } from '../ipc/handlers.ts';
import { validateGeneralEdit } from '../../src-preload/shared/recipients/general-edit-validation.ts';
import { preparePhoto } from '../recipients/photo.ts';
import { knownUpnSuffixes } from '../../src-preload/shared/recipients/upn.ts';
import { duplicateAddressIssues } from '../directory/duplicate-addresses.ts';
import { NO_TENANT, verifiedOption, type TenantDomains } from '../cloud/tenant-domains.ts';

export function objectsHandlers(
  connection: ConnectionService,
  tenant: TenantDomains = NO_TENANT,
): DomainHandlers<'objects'> {
  return {
    'objects.load': async ({ dn }) => loadSheet(connection.reader(), dn),
    'objects.validateGeneral': async ({ dn, ...edit }) => {
      const reader = connection.reader();
      const suffixes = knownUpnSuffixes(reader.rootDse.upnSuffixes, [reader.rootDse.domainDnsName]);
      const local = validateGeneralEdit(edit, { knownSuffixes: suffixes, ...verifiedOption(tenant) });
      // Only the DC can say whether an address is taken anywhere in the forest; from the cache
      // that answer would be guesswork, so offline the duplicate check waits for the replay.
      const duplicates = connection.live
        ? await duplicateAddressIssues(connection.requireSession(), dn, edit.mail ?? '', edit.proxyAddresses)
        : [];
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
      const { rows } = await connection.reader().find({ text, kinds, limit });
      return rows.map((row) => ({ dn: row.dn, name: row.name, kind: row.kind }));
    },
  };
}
