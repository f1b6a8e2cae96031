// The reference side of the read benchmarks: OpenLDAP's ldapsearch over the same DC, same
// attributes, LDAPS, simple bind as the admin, paged 1,000. Times the whole process (its connect
// and bind included, a few ms), so a ratio slightly favours neither side.

import { spawn } from 'node:child_process';
import type { DcFacts } from '../dc/facts.ts';

export interface RefRead {
  seconds: number;
  count: number;
}

/** ldapsearch's connection and bind arguments for the test DC: LDAPS, simple bind as the admin. */
export function ldapsearchBind(facts: DcFacts): string[] {
  return [
    '-H',
    `ldaps://${facts.host}:${facts.ldapsPort}`,
    '-x',
    '-D',
    facts.admin.upn,
    '-w',
    facts.admin.password,
  ];
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
        ...ldapsearchBind(facts),
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

export interface Timed {
  seconds: number;
  count: number;
}

/**
 * One untimed warm-up each (the DC's caches and Node's JIT start cold), then `rounds` alternating
 * runs of both sides; the medians, and a warning when the two read different counts.
 */
export async function alternate(
  ours: () => Promise<Timed>,
  ref: () => Promise<Timed>,
  rounds: number,
): Promise<{ ours: number; ref: number }> {
  await ours();
  await ref();
  const oursTimes: number[] = [];
  const refTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const a = await ours();
    const b = await ref();
    if (a.count !== b.count)
      process.stderr.write(`warning: ours read ${a.count} entries, ldapsearch ${b.count}\n`);
    oursTimes.push(a.seconds);
    refTimes.push(b.seconds);
  }
  return { ours: median(oursTimes), ref: median(refTimes) };
}
