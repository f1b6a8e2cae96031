// msExchModerationFlags as the Moderation tab edits it. Re-stated from main's recipients/moderation.ts
// (the renderer may not import main code); keep the two in step.
//   bit 1 (1): bypass nested moderation: not a notification setting, kept as it was
//   bit 2 (2): notify senders inside the organisation; bit 3 (4): notify senders outside
// SendModerationNotifications Never = 0, Internal = 2, Always = 6. Unknown higher bits are kept.

export type ModerationNotify = 'never' | 'internal' | 'always';

export const NOTIFY_OPTIONS: { value: ModerationNotify; label: string }[] = [
  { value: 'always', label: 'Notify all senders when their messages are not approved' },
  { value: 'internal', label: 'Notify senders in your organisation only' },
  { value: 'never', label: "Don't notify anyone" },
];

const NOTIFY_INTERNAL = 2n;
const NOTIFY_EXTERNAL = 4n;
const NOTIFY_BITS = NOTIFY_INTERNAL | NOTIFY_EXTERNAL;
/** Exchange's default for a recipient that has no flags yet: notify everyone. */
const DEFAULT_FLAGS = NOTIFY_BITS;

function readFlags(values: readonly string[]): bigint | undefined {
  const text = values[0]?.trim();
  return text !== undefined && /^-?\d+$/.test(text) ? BigInt(text) : undefined;
}

export function notifyFromFlags(values: readonly string[]): ModerationNotify {
  const flags = readFlags(values) ?? DEFAULT_FLAGS;
  // 4 alone cannot be set through Exchange; external senders are notified, so it reads as Always.
  if ((flags & NOTIFY_EXTERNAL) !== 0n) return 'always';
  if ((flags & NOTIFY_INTERNAL) !== 0n) return 'internal';
  return 'never';
}

/** The new value: notification bits from `notify`, every other bit (bypass nested included) kept. */
export function flagsWithNotify(notify: ModerationNotify, current: readonly string[]): string[] {
  const kept = (readFlags(current) ?? 0n) & ~NOTIFY_BITS;
  const bits = notify === 'always' ? NOTIFY_BITS : notify === 'internal' ? NOTIFY_INTERNAL : 0n;
  return [String(kept | bits)];
}

export function bypassNested(values: readonly string[]): boolean {
  return ((readFlags(values) ?? 0n) & 1n) !== 0n;
}
