import { join } from 'node:path';
import { AppError } from '../../src-preload/contract/errors.ts';
import { SAMPLE_DOMAIN_DN } from '../../src-preload/shared/sample-directory.ts';
import { CachedDirectory } from '../cache/cached-directory.ts';
import type { EntryCache } from '../cache/entry-cache.ts';
import { fromStored } from '../cache/stored-entry.ts';
import { DirectorySchema } from '../directory/schema.ts';
import { readSampleSnapshot, SAMPLE_FILE_NAME, type SampleSnapshot } from './snapshot.ts';

const SNAPSHOT_FACT = 'sample:snapshot';

/**
 * The bundled sample directory: its snapshot is copied into the entry cache once (and again after
 * a reset, or when a new version ships another snapshot), then read like any cached directory.
 * The copy is what the admin browses; the snapshot file itself is never written.
 */
export class SampleDirectory {
  readonly #cache: EntryCache;
  readonly #file: string;
  #snapshot: SampleSnapshot | null = null;

  constructor(options: { cache: EntryCache; resourcesDir: string }) {
    this.#cache = options.cache;
    this.#file = join(options.resourcesDir, SAMPLE_FILE_NAME);
  }

  /** The sample as a directory to read, its cache filled from the snapshot when needed. */
  open(): { reader: CachedDirectory; asOf: string } {
    const snapshot = this.#load();
    if (this.#cache.fact<string>(SAMPLE_DOMAIN_DN, SNAPSHOT_FACT) !== snapshot.id) this.#fill(snapshot);
    const reader = new CachedDirectory({
      cache: this.#cache,
      rootDse: snapshot.rootDse,
      schema: new DirectorySchema(snapshot.attributes, []),
      readOnly: false,
      grantAll: true,
      missing: (dn) => new AppError('NOT_FOUND', `The object ${dn} is not in the sample directory.`, { dn }),
    });
    return { reader, asOf: snapshot.generatedAt };
  }

  /** Back to the snapshot as shipped (the journal's sample changes are the caller's to discard). */
  reset(): void {
    this.#fill(this.#load());
  }

  #load(): SampleSnapshot {
    this.#snapshot ??= readSampleSnapshot(this.#file);
    return this.#snapshot;
  }

  #fill(snapshot: SampleSnapshot): void {
    this.#cache.clear(SAMPLE_DOMAIN_DN);
    const entries = snapshot.entries.map((e) => fromStored(e.dn, e.guid, e));
    this.#cache.put(SAMPLE_DOMAIN_DN, entries, 'complete', snapshot.generatedAt);
    for (const [key, names] of Object.entries(snapshot.allowed))
      this.#cache.setFact(SAMPLE_DOMAIN_DN, `allowed:${key}`, names);
    this.#cache.setFact(SAMPLE_DOMAIN_DN, SNAPSHOT_FACT, snapshot.id);
  }
}
