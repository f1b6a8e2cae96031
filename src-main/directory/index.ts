// The directory layer's public surface: what the rest of main imports.
export { DirectorySession } from './session.ts';
export type { SessionOptions, SessionState } from './session.ts';
export type { DirectoryProfile } from './profile.ts';
export type { AttributeValue, Entry } from './entry.ts';
export { first, firstBuffer, strings, values } from './entry.ts';
export type { RootDse } from './rootdse.ts';
export { DirectorySchema } from './schema.ts';
export type { AttributeDefinition, ClassDefinition } from './schema.ts';
export type { SearchSpec } from './search.ts';
export type { TreeNode, ListOptions } from './browse.ts';
export type { DirectoryRow, RowSortKey } from './rows.ts';
export type { FindKind, FindQuery } from './find.ts';
export type { EffectiveRights } from './rights.ts';
export { effectiveRights } from './rights.ts';
export { escapeDnValue, escapeFilterValue, filter, rdn, unescapeDnValue } from './escape.ts';
export { parseFilter } from './filter-parser.ts';
export { guidToBytes, guidToString, isGuidString, sidToString } from './guid.ts';
export { DEFAULT_RANGE_SIZE } from './range.ts';
