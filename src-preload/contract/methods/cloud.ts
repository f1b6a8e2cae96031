import { z } from 'zod';
import { method } from '../define.ts';
import { DOMAIN_NAME_PATTERN, GUID_PATTERN, dnInput, loadIdInput } from '../schemas.ts';
import type {
  DeletedUser,
  HardMatchCandidate,
  HardMatchPreview,
  HardMatchResult,
  LicencePreview,
  LicenceResult,
  RestorePreview,
  RestoreResult,
  SourceOfAuthorityPreview,
  SourceOfAuthorityView,
} from '../../shared/cloud/action-results.ts';
import type { ActionCheck } from '../../shared/cloud/action-check.ts';
import type { SyncPreview } from '../../shared/cloud/sync-preview.ts';

// Defined beside the rules that produce them; the contract only carries them.
export type {
  ActionCheck,
  DeletedUser,
  HardMatchCandidate,
  HardMatchPreview,
  HardMatchResult,
  LicencePreview,
  LicenceResult,
  RestorePreview,
  RestoreResult,
  SourceOfAuthorityPreview,
  SourceOfAuthorityView,
};

/** Which app registration signs in to which tenant, per connection profile. */
export interface CloudSettings {
  clientId: string;
  /** Tenant ID or a verified domain (contoso.onmicrosoft.com). */
  tenant: string;
  /** True while the documented default registration is used (no client ID of the tenant's own). */
  defaultApp: boolean;
}

/** What the rest of the app knows of the signed-in tenant (verified domains, sync, licences). */
export interface TenantFactsView {
  displayName: string;
  verifiedDomains: { name: string; isInitial: boolean; isDefault: boolean }[];
  syncEnabled: boolean;
  lastSyncDateTime: string | null;
  /** null when the signed-in account may not read the tenant's sync features (Global Administrator only). */
  hardMatchTakeoverBlocked: boolean | null;
  skus: { skuId: string; skuPartNumber: string; enabled: number; consumed: number }[];
}

export interface CloudStatus {
  settings: CloudSettings;
  account: { username: string; name: string; tenantId: string } | null;
  /** Read at sign-in and on cloud.refreshTenant; null when signed out or unreadable. */
  tenant: TenantFactsView | null;
  /** Why the tenant facts could not be read, in words, when they could not. */
  tenantError: string | null;
  /** False in the browser transport: the sign-in lasts for the session only. */
  persistent: boolean;
  /** True where main can open the system browser for the sign-in (the desktop app). */
  browserSignIn: boolean;
}

/** The device code to enter at the verification page, pushed while cloud.signIn waits. */
export interface CloudSignInPrompt {
  signInId: string;
  userCode: string;
  verificationUri: string;
  message: string;
  expiresInSeconds: number;
}

export type CloudMatchBy = 'immutableId' | 'userPrincipalName' | 'proxyAddress';

/** What Microsoft 365 holds for one AD object, and how it was found. */
export interface CloudObjectView {
  kind: 'user' | 'group' | 'contact';
  found: boolean;
  matchedBy: CloudMatchBy | null;
  /** How the match was made, in words ("Hard match: ImmutableId = base64(objectGUID)"). */
  matchText: string;
  /** The ImmutableId Entra Connect gives this AD object (consistency GUID where set, else objectGUID). */
  expectedImmutableId: string | null;
  /** Which AD attribute the ImmutableId comes from. */
  anchorSource: 'mS-DS-ConsistencyGuid' | 'objectGUID' | null;
  cloudId: string | null;
  synced: boolean;
  lastSyncDateTime: string | null;
  provisioningErrors: string[];
  licences: string[];
  usageLocation: string | null;
  /** When the cloud owns the object's attributes, AD edits of them do not flow (source of authority). */
  cloudManaged: boolean | null;
}

/** What the next sync changes in the cloud for one AD user (the reference sync rules). */
export interface CloudSyncPreviewView {
  objectGuid: string;
  dn: string;
  /** The matched cloud user's id; null when the sync would create one. */
  cloudId: string | null;
  matchText: string;
  preview: SyncPreview;
}

/** The next sync, for every object an applied change touched since the tenant's last sync. */
export interface ChangesSyncPreview {
  /** The tenant's last directory sync; null when it never synced (every applied change counts). */
  lastSyncDateTime: string | null;
  objects: CloudSyncPreviewView[];
  /** Objects changed since, deleted (or not in this domain) now: nothing of them to preview. */
  gone: number;
  /** Groups and contacts changed since: the reference rules preview users only. */
  notUsers: number;
  /** More objects changed than one preview looks up; the newest were left out. */
  truncated: boolean;
}

const guidText = z.string().regex(GUID_PATTERN, 'an application (client) ID');
// A tenant is named by its ID, one of its verified domains, or "organizations" (any work account's).
const tenantText = z
  .string()
  .min(1)
  .max(253)
  .refine(
    (t) =>
      GUID_PATTERN.test(t) ||
      (DOMAIN_NAME_PATTERN.test(t) && t.includes('.')) ||
      t.toLowerCase() === 'organizations',
    'a tenant ID or a verified domain such as contoso.onmicrosoft.com',
  );

/** A Microsoft Graph object id (a GUID). */
const cloudId = guidText;
const skuIds = z.array(guidText).max(50);
const hardMatchInput = z.object({ dn: dnInput, cloudUserId: cloudId }).strict();
const licenceInput = z
  .object({
    /** The AD object whose Cloud tab asks: main pushes its fresh view after the change. */
    dn: dnInput.optional(),
    cloudUserId: cloudId,
    add: skuIds,
    remove: skuIds,
    usageLocation: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'a two-letter country code')
      .nullable()
      .optional(),
  })
  .strict();
const restoreInput = z
  .object({
    deletedUserId: cloudId,
    autoReconcileProxyConflict: z.boolean().optional(),
    newUserPrincipalName: z.string().min(3).max(113).nullable().optional(),
  })
  .strict();
const authorityInput = z.object({ dn: dnInput, cloudManaged: z.boolean() }).strict();

export const cloudMethods = {
  /** The registration, the signed-in account and the tenant's facts (no network call). */
  'cloud.status': method(z.object({}).strict()).returns<CloudStatus>(),
  /** Sets the app registration and tenant for the connected profile; signs out of the previous one. */
  'cloud.configure': method(
    z.object({ clientId: guidText.nullable(), tenant: tenantText }).strict(),
  ).returns<CloudStatus>(),
  /**
   * Signs in with a device code: the code arrives as onCloudSignInPrompt and this answers once the
   * admin has entered it (or it expired, or cloud.cancelSignIn was called).
   */
  'cloud.signIn': method(z.object({ signInId: loadIdInput }).strict()).returns<CloudStatus>(),
  /** The system browser with a loopback redirect (desktop app); cloud.signIn is the device code. */
  'cloud.signInWithBrowser': method(z.object({ signInId: loadIdInput }).strict()).returns<CloudStatus>(),
  'cloud.cancelSignIn': method(z.object({ signInId: loadIdInput }).strict()).returns<void>(),
  'cloud.signOut': method(z.object({}).strict()).returns<CloudStatus>(),
  /** Reads the tenant's facts again (after a sync, a new domain or a licence purchase). */
  'cloud.refreshTenant': method(z.object({}).strict()).returns<CloudStatus>(),
  /** Finds the AD object at `dn` in Microsoft 365 the way Entra Connect matches it. */
  'cloud.object': method(z.object({ dn: dnInput }).strict()).returns<CloudObjectView>(),
  /** The Cloud tab's sync preview of one AD user; null for groups and contacts (not previewed yet). */
  'cloud.syncPreview': method(z.object({ dn: dnInput }).strict()).returns<CloudSyncPreviewView | null>(),
  /** The Changes panel's sync preview: every object changed since the tenant's last sync. */
  'cloud.syncPreviewChanges': method(z.object({}).strict()).returns<ChangesSyncPreview>(),
  /** Cloud-only users the AD account at `dn` could take over (same UPN or address first). */
  'cloud.hardMatchCandidates': method(z.object({ dn: dnInput }).strict()).returns<HardMatchCandidate[]>(),
  /** What a hard match of the AD account onto a cloud-only user would write, its checks and PowerShell. */
  'cloud.previewHardMatch': method(hardMatchInput).returns<HardMatchPreview>(),
  /** Sets onPremisesImmutableId (and the UPN) on the cloud user; every check is made again first. */
  'cloud.hardMatch': method(hardMatchInput).returns<HardMatchResult>(),
  'cloud.previewLicences': method(licenceInput).returns<LicencePreview>(),
  'cloud.changeLicences': method(licenceInput).returns<LicenceResult>(),
  /** Users deleted in the last 30 days, newest first. */
  'cloud.deletedUsers': method(z.object({}).strict()).returns<DeletedUser[]>(),
  'cloud.previewRestore': method(restoreInput).returns<RestorePreview>(),
  'cloud.restore': method(restoreInput).returns<RestoreResult>(),
  /** Who owns the attributes of the AD object's cloud twin: AD (synced) or the cloud. */
  'cloud.sourceOfAuthority': method(z.object({ dn: dnInput }).strict()).returns<SourceOfAuthorityView>(),
  'cloud.previewSourceOfAuthority': method(authorityInput).returns<SourceOfAuthorityPreview>(),
  'cloud.setSourceOfAuthority': method(authorityInput).returns<SourceOfAuthorityView>(),
};
