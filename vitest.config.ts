import { defineConfig } from 'vitest/config';

// Two projects: "unit" needs nothing but Node; "integration" talks to the real test domain
// controller, which its global setup starts (npm run dc:up) and describes in environment variables.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src-main/**/*.test.ts', 'src-preload/**/*.test.ts', 'src-renderer/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['src-main/**/*.int.test.ts', 'e2e/**/*.int.test.ts'],
          globalSetup: ['e2e/dc/vitest-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One domain controller serialises writes; parallel files would only contend.
          fileParallelism: false,
        },
      },
    ],
  },
});
