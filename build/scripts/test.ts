// `npm test`: everything CI runs, in order, stopping at the first failure so the cause is on screen.
import { runStep } from './run.ts';

const steps: [string, string, string[]][] = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format', 'npm', ['run', '--silent', 'format:check']],
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['integration tests (test domain controller)', 'npx', ['vitest', 'run', '--project', 'integration']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['security (Electronegativity)', 'node', ['build/scripts/electronegativity.ts']],
  ['chromium for e2e', 'node', ['build/scripts/ensure-chromium.ts']],
  ['end-to-end (Playwright)', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [title, command, args] of steps) {
  if (!runStep(title, command, args)) {
    console.error(`\nnpm test failed at: ${title}`);
    process.exit(1);
  }
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 60000).toFixed(1)} min.`);
