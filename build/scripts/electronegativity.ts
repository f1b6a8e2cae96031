// Electronegativity over the Electron shell and the preload: fails on any high or medium finding
// that is not a manual-review item recorded in build/security-review.json with its reason.
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run.ts';

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string; value: number };
  confidence: { name: string };
  manualReview?: boolean;
  description: string;
}

const require = createRequire(import.meta.url);
const packageDir = join(repoRoot, 'node_modules/@doyensec/electronegativity');
// The CLI downloads translations and Electron's release list at start; neither is reachable here and
// its HTTP client crashes on the timeout. Configure the bundled English texts ourselves instead.
const i18n = require('i18n') as { configure(o: object): void; setLocale(l: string): void };
i18n.configure({
  locales: ['en-US'],
  defaultLocale: 'en-US',
  directory: join(packageDir, 'dist/locales'),
  updateFiles: false,
  objectNotation: true,
  register: globalThis,
});
i18n.setLocale('en-US');
const run = require(join(packageDir, 'dist/runner.js')) as (
  options: object,
  forCli: boolean,
) => Promise<{ issues: Issue[]; errors: unknown[] }>;

// Scan a copy laid out as in the repo, holding only the shell, the preload and the renderer's HTML.
const scanRoot = mkdtempSync(join(tmpdir(), 'rd-eneg-'));
for (const path of ['src-main/index.ts', 'src-main/shell', 'src-preload', 'src-renderer/index.html']) {
  cpSync(join(repoRoot, path), join(scanRoot, path), { recursive: true });
}
const electronVersion = (
  JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

const result = await run(
  {
    input: scanRoot,
    isSarif: false,
    customScan: [],
    // Needs Electron's release feed from the internet; the pinned version is reviewed when upgraded.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);
rmSync(scanRoot, { recursive: true, force: true });

const reviewed = (
  JSON.parse(readFileSync(join(repoRoot, 'build/security-review.json'), 'utf8')) as {
    reviewed: { id: string; file: string }[];
  }
).reviewed;
const isReviewed = (issue: Issue) =>
  issue.manualReview === true && reviewed.some((r) => r.id === issue.id && r.file === issue.file);

let failed = 0;
for (const issue of result.issues) {
  const serious = issue.severity.name === 'HIGH' || issue.severity.name === 'MEDIUM';
  const verdict = !serious ? 'info' : isReviewed(issue) ? 'reviewed' : 'FAIL';
  if (verdict === 'FAIL') failed += 1;
  console.log(
    `${verdict.padEnd(8)} ${issue.severity.name.padEnd(13)} ${issue.id} ${issue.file}:${issue.location.line} ${issue.description}`,
  );
}
console.log(
  `Electronegativity (Electron ${electronVersion}): ${result.issues.length} findings, ${failed} high/medium unreviewed.`,
);
process.exit(failed === 0 ? 0 : 1);
