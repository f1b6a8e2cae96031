// `npm start`: build, then run the Electron shell; where the Electron binary is missing, say so in one
// line and serve the same app to a browser over loopback instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runStep } from './run.ts';

if (!runStep('build', 'npx', ['electron-vite', 'build'])) process.exit(1);

const electronDir = join(repoRoot, 'node_modules/electron');
let electronBinary: string | null = null;
try {
  const candidate = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
  if (existsSync(candidate)) electronBinary = candidate;
} catch {
  electronBinary = null;
}

const [command, args] = electronBinary
  ? [electronBinary, [join(repoRoot, 'out/main/index.js')]]
  : [process.execPath, [join(repoRoot, 'src-main/web/main.ts'), '--open', ...process.argv.slice(2)]];
if (!electronBinary) {
  console.log(
    'Electron binary not installed (npm run electron:fetch gets it): serving RecipientDesk to your browser instead.',
  );
}
const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
