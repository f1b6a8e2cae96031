// Guided fixes: step definitions and the rules of their progress, shared by main and the renderer.
export * from './guided-fix.ts';
export * from './sync-commands.ts';
export * from './missing-alias-steps.ts';
export * from './plain-text-steps.ts';
export * from './takeover-steps.ts';
