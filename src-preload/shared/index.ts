/**
 * The one home of pure rules that main and the renderer both need: Exchange recipient knowledge
 * (kinds, stamps, addresses, moderation flags, MAPI format, photo limits) and value arithmetic for
 * edits (set/delta diffs, case-exact comparison, case-free attribute lookup).
 *
 * Why here, in src-preload: the top level is fixed, and this is the tree both sides already
 * import: the contract lives beside it, the renderer may import nothing of src-main, and main may
 * import nothing of src-renderer. So a rule the sheet checks as the admin types and main re-checks
 * before journaling is written once, here, and imported by both.
 *
 * What may live here (the lint enforces it): no `node:` modules, no `electron`, no LDAP client, no
 * React; only the contract's types and errors, and other shared modules. Results are plain data
 * that can cross IPC; errors meant for the admin are AppError.
 */
export * from './recipients/index.ts';
export * from './values.ts';
export * from './merge-values.ts';
export * from './account/account-state.ts';
export * from './account/ad-time.ts';
export * from './account/describe-value.ts';
export * from './account/group-type.ts';
export * from './account/user-account-control.ts';
export * from './column-text.ts';
export * from './dn.ts';
export * from './sample-directory.ts';
