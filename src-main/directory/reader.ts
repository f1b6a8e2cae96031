import type { TreeNode } from './browse.ts';
import type { Entry } from './entry.ts';
import type { FindQuery } from './find.ts';
import type { EffectiveRights } from './rights.ts';
import type { RootDse } from './rootdse.ts';
import type { DirectoryRow } from './rows.ts';
import type { DirectorySchema } from './schema.ts';
import type { SearchSpec } from './search.ts';

/**
 * The reads the contract serves (tree, list pages, Find, property sheets), answered by a live
 * session or by the local cache. Handlers take whichever the connection offers and never ask
 * which; only `cachedAt` says the answer is a copy.
 */
export interface DirectoryReader {
  readonly rootDse: RootDse;
  readonly schema: DirectorySchema;
  readonly readOnly: boolean;
  children(dn: string): Promise<TreeNode[]>;
  /** The list pane's pages (see listSpec): the objects one level under spec.base. */
  pages(spec: SearchSpec): AsyncGenerator<Entry[]>;
  read(dnOrGuid: string): Promise<Entry>;
  find(query: FindQuery): Promise<{ rows: DirectoryRow[]; truncated: boolean }>;
  /** Every attribute the object's classes allow (allowedAttributes), for the sheet's editors. */
  allowedAttributes(entry: Entry): Promise<string[]>;
  effectiveRights(entry: Entry): EffectiveRights;
  /** When the entry was read from the directory, for an answer from the cache; null when live. */
  cachedAt(entry: Entry): string | null;
}

/** Told about what a live session read, so the cache can keep it. */
export interface ReadObserver {
  /** Entries as returned; shape says whether they were read whole or which attributes were asked. */
  entries(entries: readonly Entry[], shape: 'complete' | readonly string[]): void;
  /** The allowedAttributes of an object of these classes. */
  allowed(objectClass: readonly string[], names: readonly string[]): void;
}
