/**
 * proxyAddresses before and after a sync, address by address in words: added, dropped, made
 * primary. A primary change (smtp: → SMTP:) is one address changing role, not a drop and an add.
 */

import { parseProxyAddress } from '../recipients/proxy-addresses.ts';

interface Held {
  raw: string;
  primary: boolean;
}

function byAddress(list: readonly string[]): Map<string, Held> {
  const out = new Map<string, Held>();
  for (const raw of list) {
    const p = parseProxyAddress(raw);
    const key = p.type === 'smtp' ? `smtp:${p.address.toLowerCase()}` : raw.toLowerCase();
    out.set(key, { raw, primary: p.type === 'smtp' && p.primary });
  }
  return out;
}

function shown(raw: string): string {
  const p = parseProxyAddress(raw);
  return p.type === 'smtp' ? p.address : raw;
}

export function proxyChangeDetails(before: readonly string[], after: readonly string[]): string[] {
  const was = byAddress(before);
  const will = byAddress(after);
  const lines: string[] = [];
  for (const [key, a] of will) {
    const b = was.get(key);
    if (!b) lines.push(`Added: ${shown(a.raw)}${a.primary ? ' (primary)' : ''}`);
    else if (a.primary && !b.primary) lines.push(`Becomes the primary address: ${shown(a.raw)}`);
    else if (!a.primary && b.primary) lines.push(`No longer the primary address: ${shown(a.raw)}`);
    else if (a.raw !== b.raw) lines.push(`Spelling changes: ${b.raw} → ${a.raw}`);
  }
  for (const [key, b] of was)
    if (!will.has(key)) lines.push(`Dropped: ${shown(b.raw)} (no longer in AD's proxyAddresses)`);
  return lines;
}
