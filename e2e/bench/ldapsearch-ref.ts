// The reference side of the read benchmarks: OpenLDAP's ldapsearch over the same DC, same
// attributes, LDAPS, simple bind as the admin, paged 1,000. Times the whole process (its connect
// and bind included, a few ms), so a ratio slightly favours neither side.

import { spawn } from 'node:child_process';
import type { DcFacts } from '../dc/facts.ts';

export interface RefRead {
  seconds: number;
  count: number;
}

/** Runs ldapsearch and counts the entries it prints, without keeping its output. */
export function ldapsearchRead(
  facts: DcFacts,
  base: string,
  filter: string,
  attributes: readonly string[],
): Promise<RefRead> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      'ldapsearch',
      [
        '-LLL',
        '-o',
        'ldif-wrap=no',
        '-H',
        `ldaps://${facts.host}:${facts.ldapsPort}`,
        '-x',
        '-D',
        facts.admin.upn,
        '-w',
        facts.admin.password,
        '-b',
        base,
        '-s',
        'sub',
        '-E',
        'pr=1000/noprompt',
        filter,
        ...attributes,
      ],
      { env: { ...process.env, LDAPTLS_CACERT: facts.caFile }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let count = 0;
    let partial = '';
    // "dn:" lines; ldif-wrap=no keeps one line per value.
    child.stdout.setEncoding('latin1').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('dn:')) count += 1;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`ldapsearch exited with ${code}`));
      else resolve({ seconds: (performance.now() - start) / 1000, count });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
