// Test-only: the OData query options the Graph test server understands: $select, and the few
// $filter forms the app sends.

import type { Entity } from './graph-server.ts';

export function select(e: Entity, url: URL): Entity {
  const sel = url.searchParams.get('$select');
  if (!sel) return e;
  const keep = new Set(['id', ...sel.split(',').map((s) => s.trim())]);
  return Object.fromEntries(Object.entries(e).filter(([k]) => keep.has(k))) as Entity;
}

/**
 * The few filter forms the app sends, joined by or: prop eq 'v', proxyAddresses/any(p:p eq 'v'),
 * startsWith(prop,'v') (case-insensitive, as Graph compares strings).
 */
export function matcher(filter: string): ((e: Entity) => boolean) | null {
  const clauses = filter.split(/\s+or\s+/);
  const tests: ((e: Entity) => boolean)[] = [];
  for (const c of clauses) {
    const eq = /^\s*(\w+) eq '((?:[^']|'')*)'\s*$/.exec(c);
    const starts = /^\s*startsWith\((\w+),\s*'((?:[^']|'')*)'\)\s*$/i.exec(c);
    const any = /^\s*proxyAddresses\/any\((\w+):\1 eq '((?:[^']|'')*)'\)\s*$/i.exec(c);
    if (eq) {
      const [, prop = '', raw = ''] = eq;
      const v = raw.replace(/''/g, "'").toLowerCase();
      tests.push((e) => String(e[prop] ?? '').toLowerCase() === v);
    } else if (starts) {
      const [, prop = '', raw = ''] = starts;
      const v = raw.replace(/''/g, "'").toLowerCase();
      tests.push((e) =>
        String(e[prop] ?? '')
          .toLowerCase()
          .startsWith(v),
      );
    } else if (any) {
      const v = (any[2] ?? '').replace(/''/g, "'").toLowerCase();
      tests.push((e) => ((e.proxyAddresses ?? []) as string[]).some((p) => p.toLowerCase() === v));
    } else return null;
  }
  return (e) => tests.some((t) => t(e));
}
