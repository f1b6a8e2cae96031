// What the cloud actions answer (previews with their checks and PowerShell, results): plain data
// that crosses IPC, so the contract and the renderer read the same types main builds.

import type { ActionCheck } from './action-check.ts';
import type { CloudUserSummary } from './hard-match-rules.ts';
import type { RestoreOption, RestoreOptions } from './restore-rules.ts';
import type { SourceOfAuthorityState, SyncObjectKind } from './source-of-authority-rules.ts';

export interface HardMatchPreview {
  immutableId: string;
  before: CloudUserSummary;
  checks: ActionCheck[];
  /** The UPN the change sets, or null when both sides already agree. */
  newUserPrincipalName: string | null;
  powershell: string[];
  followUp: string;
}

export interface HardMatchResult {
  preview: HardMatchPreview;
  after: CloudUserSummary;
}

export interface HardMatchCandidate {
  id: string;
  displayName: string | null;
  userPrincipalName: string;
  mail: string | null;
  onPremisesImmutableId: string | null;
  foundBy: 'userPrincipalName' | 'proxyAddress' | 'displayName';
}

export interface DeletedUser {
  id: string;
  displayName: string | null;
  userPrincipalName: string;
  mail: string | null;
  deletedDateTime: string | null;
  daysLeft: number;
  wasSynced: boolean;
}

export interface RestoreInput extends RestoreOptions {
  deletedUserId: string;
}

export interface RestorePreview {
  user: DeletedUser;
  checks: ActionCheck[];
  /** The restore options the conflicts call for (the sheet shows these). */
  offered: RestoreOption[];
  powershell: string[];
}

export interface RestoreResult {
  preview: RestorePreview;
  restored: { id: string; userPrincipalName: string; proxyAddresses: string[] };
}

export interface LicenceView {
  userPrincipalName: string;
  usageLocation: string | null;
  licences: { skuId: string; skuPartNumber: string }[];
}

export interface LicencePreview {
  before: LicenceView;
  checks: ActionCheck[];
  needsUsageLocation: boolean;
  setUsageLocation: string | null;
  add: string[];
  remove: string[];
  powershell: string[];
}

export interface LicenceResult {
  preview: LicencePreview;
  after: LicenceView;
}

export interface SyncObjectRef {
  kind: SyncObjectKind;
  id: string;
}

export interface SourceOfAuthorityView extends SourceOfAuthorityState {
  text: string;
}

export interface SourceOfAuthorityPreview {
  current: SourceOfAuthorityView;
  checks: ActionCheck[];
  meaning: string;
  powershell: string[];
}
