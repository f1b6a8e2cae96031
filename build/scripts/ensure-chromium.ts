import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// Playwright drives Debian's chromium; its own browser download cannot work here (and is never used).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function apt(args: string[]): void {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const command = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=600', ...args];
  const result = spawnSync(command[0] ?? 'apt-get', command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
}

if (existsSync(CHROMIUM)) {
  process.exit(0);
}
if (process.platform !== 'linux') {
  console.error(`No Chromium at ${CHROMIUM}: set CHROMIUM_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}
console.log(`Installing Debian's chromium (${CHROMIUM} is missing)…`);
// A new machine has empty package lists: update once before the first install.
const lists = existsSync('/var/lib/apt/lists')
  ? readdirSync('/var/lib/apt/lists').filter((f) => f.endsWith('Packages'))
  : [];
if (lists.length === 0) apt(['update']);
apt(['install', '-y', '--no-install-recommends', 'chromium']);
