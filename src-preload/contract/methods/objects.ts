import { z } from 'zod';
import { method } from '../define.ts';
import { dnInput, findKinds } from '../schemas.ts';
import type { ValidationIssue, ValidationReport } from '../../shared/recipients/issues.ts';
import type { ObjectDetails } from './directory.ts';

export interface AttributeFacts {
  name: string;
  /** attributeSyntax OID, e.g. 2.5.5.12 (Unicode string). */
  syntax: string;
  singleValued: boolean;
  rangeUpper?: number;
  rangeLower?: number;
  binary: boolean;
  systemOnly: boolean;
  /** Linked attributes (member, publicDelegates…) hold DNs the server keeps in step with back links. */
  linkId?: number;
}

// Defined once, beside the rules that produce it; the contract only carries it.
export type { ValidationIssue, ValidationReport };

export interface ObjectSheet {
  details: ObjectDetails;
  /** Every attribute the object may hold (allowedAttributes), with what the schema says of it. */
  allowed: AttributeFacts[];
  /** Forest UPN suffixes plus the domain's DNS name, for the General tab's suffix picker. */
  upnSuffixes: string[];
  /** The tenant name from a *.mail.onmicrosoft.com address seen on the object, if any. */
  tenantHint: string | null;
}

export interface PreparedPhotoView {
  jpegBase64: string;
  width: number;
  height: number;
  bytes: number;
}

export interface ObjectRef {
  dn: string;
  name: string;
  kind: string;
}

export const objectsMethods = {
  /** Everything a property sheet needs, read fresh: values, rights, schema facts. */
  'objects.load': method(z.object({ dn: dnInput }).strict()).returns<ObjectSheet>(),
  /** Exchange General validation as the user types, including a directory-wide duplicate check. */
  'objects.validateGeneral': method(
    z
      .object({
        dn: dnInput,
        mail: z.string().max(2048).optional(),
        proxyAddresses: z.array(z.string().max(2048)).max(2000),
        mailNickname: z.string().max(2048).optional(),
        displayName: z.string().max(2048).optional(),
        userPrincipalName: z.string().max(2048).optional(),
      })
      .strict(),
  ).returns<ValidationReport>(),
  /** Crop, resize and encode an image for thumbnailPhoto (JPEG or PNG in, 96x96 JPEG under 100 KB out). */
  'objects.preparePhoto': method(
    z.object({ imageBase64: z.string().min(1).max(30_000_000) }).strict(),
  ).returns<PreparedPhotoView>(),
  /** Object picker: users, groups and contacts whose names start with the text (ANR). */
  'objects.pick': method(
    z
      .object({
        text: z.string().min(1).max(256),
        kinds: findKinds.default('all'),
        limit: z.number().int().min(1).max(200).default(25),
      })
      .strict(),
  ).returns<ObjectRef[]>(),
};
