import { dirname, posix, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Main-process code starts workers with `new Worker(new URL('./x-worker.ts', import.meta.url))`,
 * which plain Node runs from source as it is. In the bundle that .ts file does not exist: emit each
 * such file as a chunk of its own and point the URL at it. (electron-vite's `?nodeWorker` and
 * `?modulePath` imports do this too, but plain Node cannot run them: it would load the worker's
 * module, sharp and all, into the main thread.)
 */
function workerUrls(): Plugin {
  const workerUrl = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+\.ts)\1\s*,\s*import\.meta\.url\s*\)/g;
  const placeholder = /__WORKER_CHUNK_([\w$]+)__/g;
  return {
    name: 'recipientdesk:worker-urls',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !id.endsWith('.ts')) return null;
      let found = false;
      const rewritten = code.replace(workerUrl, (_match, _quote, path: string) => {
        found = true;
        const ref = this.emitFile({ type: 'chunk', id: resolve(dirname(id), path), importer: id });
        return `new URL(__WORKER_CHUNK_${ref}__, import.meta.url)`;
      });
      return found ? { code: rewritten, map: null } : null;
    },
    // Vite's own import.meta.ROLLUP_FILE_URL gives a base-relative "/chunks/..." path: make the
    // URL relative to the chunk that holds it instead, as Node resolves it against import.meta.url.
    renderChunk(code, chunk) {
      if (!code.includes('__WORKER_CHUNK_')) return null;
      const rewritten = code.replace(placeholder, (_match, ref: string) => {
        const path = posix.relative(posix.dirname(chunk.fileName), this.getFileName(ref));
        return JSON.stringify(path.startsWith('.') ? path : `./${path}`);
      });
      return { code: rewritten, map: null };
    },
  };
}

// electron-vite looks in src/ by default; this project keeps each runtime in its own top-level folder.
export default defineConfig({
  main: {
    plugins: [workerUrls()],
    build: {
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src-preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    build: {
      rolldownOptions: { input: resolve(import.meta.dirname, 'src-renderer/index.html') },
    },
    plugins: [react()],
  },
});
