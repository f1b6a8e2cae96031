import { readBigInt, readInt32 } from './ad-values.ts';
import { issue, type ValidationIssue } from './issues.ts';
import { firstValue as first, type RecipientAttributes } from './recipient-attributes.ts';
import {
  GROUP_TYPE,
  KINDS,
  REMOTE_FLAGS,
  remoteKindFromFlags,
  type RecipientKind,
} from './recipient-types.ts';
import { parseTargetAddress } from './target-address.ts';

/**
 * Consistency checks for an object whose msExchRecipientTypeDetails names its kind: the rest of
 * the stamp must agree, or Exchange Online, Outlook and Entra Connect each read a different kind.
 */
export function checkStamps(kind: RecipientKind, attrs: RecipientAttributes): ValidationIssue[] {
  const info = KINDS[kind];
  const issues: ValidationIssue[] = [];
  const displayType = readInt32(attrs.msExchRecipientDisplayType);
  const expected = info.displayType === undefined ? [] : [info.displayType, ...(info.alsoDisplayTypes ?? [])];
  if (expected.length > 0 && (displayType === undefined || !expected.includes(displayType))) {
    issues.push(
      issue(
        'warning',
        'display-type-mismatch',
        'msExchRecipientDisplayType',
        `A ${info.displayName.toLowerCase()} should have display type ${expected[0]}, not ${displayType ?? '(none)'}; Outlook and the cloud show the wrong kind of recipient.`,
        displayType?.toString(),
      ),
    );
  }
  if (info.mailEnabled && first(attrs.mailNickname) === '') {
    issues.push(
      issue(
        'warning',
        'missing-alias',
        'mailNickname',
        'The object has no alias (mailNickname): Entra Connect ignores its Exchange attributes.',
      ),
    );
  }
  if (kind === 'linkedMailbox') {
    issues.push(
      issue(
        'warning',
        'linked-mailbox',
        'msExchRecipientTypeDetails',
        'Linked mailboxes get no source anchor and Entra Connect drops them from export.',
      ),
    );
  }
  if (info.remoteKindBits !== undefined) issues.push(...checkRemote(kind, info.remoteKindBits, attrs));
  if (kind === 'mailUser' || kind === 'mailContact') {
    if (first(attrs.targetAddress) === '')
      issues.push(
        issue(
          'warning',
          'missing-target-address',
          'targetAddress',
          `A ${info.displayName.toLowerCase()} needs a target (external) address to receive mail.`,
        ),
      );
  }
  if (info.baseClass === 'group' && info.mailEnabled && kind !== 'mailNonUniversalGroup') {
    const groupType = readInt32(attrs.groupType) ?? 0;
    const wanted =
      kind === 'mailSecurityGroup' ? GROUP_TYPE.universalSecurity : GROUP_TYPE.universalDistribution;
    const isSecurity = (groupType & GROUP_TYPE.security) !== 0;
    if ((groupType & GROUP_TYPE.universal) === 0 || isSecurity !== wanted < 0) {
      issues.push(
        issue(
          'warning',
          'group-type-mismatch',
          'groupType',
          `A ${info.displayName.toLowerCase()} must be a universal ${wanted < 0 ? 'security' : 'distribution'} group (groupType ${wanted}), not ${groupType}.`,
          String(groupType),
        ),
      );
    }
  }
  return issues;
}

function checkRemote(kind: RecipientKind, kindBits: number, attrs: RecipientAttributes): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const remote = readBigInt(attrs.msExchRemoteRecipientType);
  if (remote === undefined) {
    issues.push(
      issue(
        'warning',
        'missing-remote-type',
        'msExchRemoteRecipientType',
        'A remote mailbox should have msExchRemoteRecipientType (1 provisioned, 4 migrated, plus the room/equipment/shared bits).',
      ),
    );
  } else if ((Number(remote) & REMOTE_FLAGS.shared) !== kindBits) {
    issues.push(
      issue(
        'warning',
        'remote-type-mismatch',
        'msExchRemoteRecipientType',
        `msExchRemoteRecipientType ${remote} describes a ${KINDS[remoteKindFromFlags(Number(remote))].displayName.toLowerCase()}, not a ${KINDS[kind].displayName.toLowerCase()}.`,
        remote.toString(),
      ),
    );
  }
  const target = first(attrs.targetAddress);
  if (target === '') {
    issues.push(
      issue(
        'warning',
        'missing-target-address',
        'targetAddress',
        'A remote mailbox needs targetAddress SMTP:alias@<tenant>.mail.onmicrosoft.com, or mail sent on-premises cannot reach it.',
      ),
    );
  } else if (!parseTargetAddress(target).remoteRouting) {
    issues.push(
      issue(
        'warning',
        'not-remote-routing',
        'targetAddress',
        `targetAddress ${target} is not a <tenant>.mail.onmicrosoft.com routing address.`,
        target,
      ),
    );
  }
  return issues;
}
