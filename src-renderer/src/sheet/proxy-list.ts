// Client-side list gestures for the E-mail addresses editor. Main validates the result again
// (objects.validateGeneral) before Apply is allowed, so these only need to be convenient.

const SMTP = /^smtp:/i;

export function isSmtp(value: string): boolean {
  return SMTP.test(value);
}

export function isPrimary(value: string): boolean {
  return value.startsWith('SMTP:');
}

export function addressOf(value: string): string {
  return value.replace(/^[^:]*:/, '');
}

/** Makes `address` the one SMTP: primary; every other SMTP address becomes smtp:, other types stay. */
export function makePrimary(list: readonly string[], address: string): string[] {
  const wanted = address.toLowerCase();
  const result = list.map((value) => {
    if (!isSmtp(value)) return value;
    const own = addressOf(value);
    return own.toLowerCase() === wanted ? `SMTP:${own}` : `smtp:${own}`;
  });
  if (!result.some((v) => isSmtp(v) && addressOf(v).toLowerCase() === wanted)) result.push(`SMTP:${address}`);
  return result;
}

/** A typed address without a prefix is an SMTP secondary, as in Exchange's "Add" dialog. */
export function normalizeNewValue(text: string): string {
  const trimmed = text.trim();
  return /^[A-Za-z0-9]+:/.test(trimmed)
    ? trimmed.replace(/^smtp:/i, (p) => (p === 'SMTP:' ? 'SMTP:' : 'smtp:'))
    : `smtp:${trimmed}`;
}
