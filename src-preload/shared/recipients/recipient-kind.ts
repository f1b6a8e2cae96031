import { readBigInt, readInt32 } from './ad-values.ts';
import { issue, type ValidationIssue } from './issues.ts';
import { checkStamps } from './recipient-stamp-checks.ts';
import { firstValue as first, type RecipientAttributes } from './recipient-attributes.ts';
import {
  GROUP_TYPE,
  KINDS,
  kindForTypeDetails,
  remoteKindFromFlags,
  SYNC_EXCLUDED_TYPE_DETAILS_MASK,
  type BaseClass,
  type RecipientKind,
} from './recipient-types.ts';

/** What a search must request for classifyRecipient to work. */
export const RECIPIENT_KIND_ATTRIBUTES = [
  'objectClass',
  'msExchRecipientTypeDetails',
  'msExchRemoteRecipientType',
  'msExchRecipientDisplayType',
  'groupType',
  'mail',
  'mailNickname',
  'targetAddress',
] as const;

export interface RecipientClassification {
  kind: RecipientKind;
  displayName: string;
  mailEnabled: boolean;
  /** `stamped`: from msExchRecipientTypeDetails; `inferred`: worked out from other attributes. */
  basis: 'stamped' | 'inferred';
  /** Inconsistent or incomplete stamps, as warnings for the readiness view. */
  anomalies: ValidationIssue[];
}

export function baseClassOf(objectClass: readonly string[]): BaseClass {
  const classes = new Set(objectClass.map((c) => c.toLowerCase()));
  if (classes.has('msexchdynamicdistributionlist')) return 'dynamicGroup';
  if (classes.has('computer')) return 'computer';
  if (classes.has('group')) return 'group';
  if (classes.has('user')) return 'user';
  if (classes.has('contact')) return 'contact';
  return 'other';
}

export function classifyRecipient(attrs: RecipientAttributes): RecipientClassification {
  const base = baseClassOf(attrs.objectClass);
  const typeDetails = readBigInt(attrs.msExchRecipientTypeDetails);
  const anomalies: ValidationIssue[] = [];
  let kind: RecipientKind;
  let basis: RecipientClassification['basis'] = 'stamped';

  if (typeDetails !== undefined && typeDetails !== 0n) {
    kind = kindForTypeDetails(typeDetails) ?? 'unknown';
    if (kind === 'unknown') {
      anomalies.push(
        issue(
          'warning',
          'unknown-type-details',
          'msExchRecipientTypeDetails',
          `Recipient type ${typeDetails} is not one this app knows; it is shown read-only.`,
          typeDetails.toString(),
        ),
      );
    }
    if ((typeDetails & SYNC_EXCLUDED_TYPE_DETAILS_MASK) !== 0n) {
      anomalies.push(
        issue(
          'warning',
          'excluded-from-sync',
          'msExchRecipientTypeDetails',
          `Recipient type ${typeDetails} is a system mailbox type; Entra Connect does not sync its Exchange attributes.`,
          typeDetails.toString(),
        ),
      );
    }
  } else {
    basis = 'inferred';
    kind = inferKind(base, attrs);
  }

  const info = KINDS[kind];
  if (kind !== 'unknown' && info.baseClass !== base) {
    anomalies.push(
      issue(
        'warning',
        'class-mismatch',
        'objectClass',
        `The recipient type says "${info.displayName}", but the object is a ${base}; Exchange and the sync will misread it.`,
      ),
    );
  }
  if (basis === 'stamped') anomalies.push(...checkStamps(kind, attrs));
  if (basis === 'inferred' && info.mailEnabled) {
    anomalies.push(
      issue(
        'warning',
        'missing-type-details',
        'msExchRecipientTypeDetails',
        `The object looks like a ${info.displayName.toLowerCase()} but has no recipient type stamp; Exchange Online will guess its type. Stamp it to be sure.`,
      ),
    );
  }
  return { kind, displayName: info.displayName, mailEnabled: info.mailEnabled, basis, anomalies };
}

/**
 * Without msExchRecipientTypeDetails (objects mail-enabled by scripts, or by Exchange 2003), Exchange
 * works the type out from the other attributes in the same order used here.
 */
function inferKind(base: BaseClass, attrs: RecipientAttributes): RecipientKind {
  const mail = first(attrs.mail) !== '';
  const hasAlias = first(attrs.mailNickname) !== '';
  const target = first(attrs.targetAddress);
  switch (base) {
    case 'group': {
      const groupType = readInt32(attrs.groupType) ?? 0;
      const security = (groupType & GROUP_TYPE.security) !== 0;
      const universal = (groupType & GROUP_TYPE.universal) !== 0;
      if (!mail) return security ? 'securityGroup' : 'distributionGroupNotMailEnabled';
      if (!universal) return 'mailNonUniversalGroup';
      return security ? 'mailSecurityGroup' : 'distributionGroup';
    }
    case 'contact':
      return mail || target !== '' ? 'mailContact' : 'contact';
    case 'user': {
      const remote = readBigInt(attrs.msExchRemoteRecipientType);
      if (remote !== undefined && remote !== 0n && target !== '') return remoteKindFromFlags(Number(remote));
      if (target !== '' && (mail || hasAlias)) return 'mailUser';
      return 'user';
    }
    case 'dynamicGroup':
      return 'dynamicDistributionGroup';
    case 'computer':
      return 'computer';
    default:
      return 'unknown';
  }
}

export type { RecipientAttributes } from './recipient-attributes.ts';
