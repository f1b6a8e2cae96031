import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='rejectUnauthorized'][value.value=false]",
          message: 'Never disable certificate validation: pin the certificate instead.',
        },
      ],
    },
  },
  {
    // Only the Electron shell and the preload may import electron: everything else must run in plain Node.
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}', 'e2e/**/*.ts', 'build/**/*.ts'],
    ignores: ['src-main/index.ts', 'src-main/shell/window.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only the Electron shell imports electron.' }] },
      ],
    },
  },
  {
    // The renderer sees the contract, never main-process code.
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer is sandboxed: it reaches main through window.api.' },
          ],
          patterns: [
            { group: ['**/src-main/**'], message: 'The renderer talks to main only through the contract.' },
            { group: ['**/e2e/**'], message: 'Production code never depends on the test tree.' },
          ],
        },
      ],
    },
  },
  {
    // Production code never imports the test tree (the test DC, scratch objects, relays); tests may.
    files: ['src-main/**/*.ts', 'src-preload/**/*.ts'],
    ignores: ['**/*.test.ts', 'src-main/index.ts', 'src-main/shell/window.ts', 'src-preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only the Electron shell imports electron.' }],
          patterns: [{ group: ['**/e2e/**'], message: 'Production code never depends on the test tree.' }],
        },
      ],
    },
  },
  {
    // The shared rules (src-preload/shared) run on both sides: pure code only.
    files: ['src-preload/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Shared rules run in the renderer too: no electron.' }],
          patterns: [
            { group: ['node:*'], message: 'Shared rules run in the renderer too: no Node modules.' },
            {
              group: ['ldapts', 'ldapts/*', 'react', 'react/*', '@fluentui/*', 'zustand', 'sharp'],
              message: 'Shared rules are pure: no LDAP, UI or native libraries.',
            },
            {
              group: ['**/src-main/**', '**/src-renderer/**', '**/e2e/**'],
              message: 'Shared rules import only the contract and each other.',
            },
          ],
        },
      ],
    },
  },
);
