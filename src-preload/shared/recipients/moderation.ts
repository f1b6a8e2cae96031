import { readAdBoolean, readBigInt, writeAdBoolean } from './ad-values.ts';
import { issue, type ValidationIssue } from './issues.ts';

/**
 * msExchModerationFlags is a bit field (Exchange's TransportModerationFlags):
 *   1  BypassNestedModerationEnabled: for groups, messages already approved by a moderated
 *      parent group are not moderated again. It is NOT a notification setting, which is why 0/1,
 *      2/3 and 6/7 pair up: the low bit varies independently of notifications.
 *   2  notify senders inside the organisation when their message is rejected
 *   4  notify senders outside the organisation
 * SendModerationNotifications Never = 0, Internal = 2, Always = 6. A value of 4 (external only)
 * cannot be set through Exchange; it is read as 'always' because external senders are notified.
 * Unknown higher bits are kept on write so nothing set by another tool is lost.
 */

export type ModerationNotify = 'never' | 'internal' | 'always';

export interface ModerationSettings {
  /** msExchEnableModeration; absent means false. */
  enabled: boolean;
  notify: ModerationNotify;
  bypassNestedModeration: boolean;
}

const BYPASS_NESTED = 1n;
const NOTIFY_INTERNAL = 2n;
const NOTIFY_EXTERNAL = 4n;
const KNOWN_BITS = BYPASS_NESTED | NOTIFY_INTERNAL | NOTIFY_EXTERNAL;

/** Exchange's default for new recipients is to notify everyone (Always). */
const DEFAULT_FLAGS = NOTIFY_INTERNAL | NOTIFY_EXTERNAL;

export function notifyFromFlags(flags: bigint): ModerationNotify {
  if ((flags & NOTIFY_EXTERNAL) !== 0n) return 'always';
  if ((flags & NOTIFY_INTERNAL) !== 0n) return 'internal';
  return 'never';
}

export function moderationFromAd(attrs: {
  msExchEnableModeration?: readonly string[];
  msExchModerationFlags?: readonly string[];
}): ModerationSettings {
  const flags = readBigInt(attrs.msExchModerationFlags) ?? DEFAULT_FLAGS;
  return {
    enabled: readAdBoolean(attrs.msExchEnableModeration) ?? false,
    notify: notifyFromFlags(flags),
    bypassNestedModeration: (flags & BYPASS_NESTED) !== 0n,
  };
}

/**
 * The new msExchModerationFlags value: notification bits from `notify`, bit 0 from
 * `bypassNestedModeration`, every other bit of `current` preserved.
 */
export function moderationFlagsFor(
  settings: Pick<ModerationSettings, 'notify' | 'bypassNestedModeration'>,
  current?: readonly string[],
): string {
  const kept = (readBigInt(current) ?? 0n) & ~KNOWN_BITS;
  const notify =
    settings.notify === 'always'
      ? NOTIFY_INTERNAL | NOTIFY_EXTERNAL
      : settings.notify === 'internal'
        ? NOTIFY_INTERNAL
        : 0n;
  return String(kept | notify | (settings.bypassNestedModeration ? BYPASS_NESTED : 0n));
}

/**
 * The Moderation tab's edit: only the notification setting changes; bypass nested moderation and
 * unknown bits stay as they were. Absent flags start from nothing (not from the default), so the
 * value written says exactly what the admin chose.
 */
export function flagsWithNotify(notify: ModerationNotify, current: readonly string[]): string[] {
  const bypassNestedModeration = ((readBigInt(current) ?? 0n) & BYPASS_NESTED) !== 0n;
  return [moderationFlagsFor({ notify, bypassNestedModeration }, current)];
}

export function moderationToAd(
  settings: ModerationSettings,
  currentFlags?: readonly string[],
): { msExchEnableModeration: string[]; msExchModerationFlags: string[] } {
  return {
    msExchEnableModeration: [writeAdBoolean(settings.enabled)],
    msExchModerationFlags: [moderationFlagsFor(settings, currentFlags)],
  };
}

/**
 * Who approves: moderators (msExchModeratedByLink), or for groups the owners (managedBy and
 * msExchCoManagedByLink) when no moderator is set. With neither, Exchange refuses the setting.
 */
export function validateModeration(input: {
  enabled: boolean;
  isGroup: boolean;
  moderatorCount: number;
  ownerCount?: number;
}): ValidationIssue[] {
  if (!input.enabled || input.moderatorCount > 0) return [];
  if (input.isGroup && (input.ownerCount ?? 0) > 0) return [];
  const why = input.isGroup
    ? 'The group has no moderators and no owners'
    : 'Moderation of a recipient that is not a group needs at least one moderator';
  return [
    issue(
      'error',
      'no-moderator',
      'msExchModeratedByLink',
      `${why}, so nobody could approve messages. Add a moderator first.`,
    ),
  ];
}
