import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../src-preload/contract/errors.ts';
import type { RootDse } from '../directory/rootdse.ts';
import type { AttributeDefinition } from '../directory/schema.ts';
import type { StoredEntry } from '../cache/stored-entry.ts';

/**
 * The bundled sample directory as build/scripts/make-sample-directory.ts writes it (gzipped JSON
 * in resources/): the seed's organisation as entries, plus the schema facts its sheets need.
 */
export interface SampleSnapshot {
  format: 1;
  /** Changes whenever the content does: a cache filled from an older snapshot is refilled. */
  id: string;
  generatedAt: string;
  rootDse: RootDse;
  /** Definitions of every attribute some sample class allows. */
  attributes: AttributeDefinition[];
  /** allowedAttributes per objectClass chain (lowercased, comma-joined). */
  allowed: Record<string, string[]>;
  entries: (StoredEntry & { dn: string; guid: string })[];
}

export const SAMPLE_FILE_NAME = 'sample-directory.json.gz';

export function readSampleSnapshot(file: string): SampleSnapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  } catch (error) {
    throw new AppError(
      'INTERNAL',
      `The bundled sample directory (${file}) cannot be read: ${(error as Error).message}. Reinstall RecipientDesk, or connect to a domain controller.`,
      { file },
      { cause: error },
    );
  }
  const snapshot = parsed as Partial<SampleSnapshot>;
  if (snapshot.format !== 1 || !Array.isArray(snapshot.entries) || snapshot.rootDse === undefined)
    throw new AppError(
      'INTERNAL',
      `The bundled sample directory (${file}) is not in a format this version knows.`,
      {
        file,
      },
    );
  return snapshot as SampleSnapshot;
}
