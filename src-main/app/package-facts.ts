import { readFileSync } from 'node:fs';

/** Name and version from the package.json next to the app, read once at start-up. */
export function readPackageFacts(packageJsonPath: string): { name: string; version: string } {
  const parsed = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
    productName?: string;
    version?: string;
  };
  return { name: parsed.productName ?? 'RecipientDesk', version: parsed.version ?? '0.0.0' };
}
