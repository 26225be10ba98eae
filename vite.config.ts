import { defineConfig } from 'vite';

/**
 * The tab: `vite build` writes dist/tab, which the API serves from the same origin (TAB_DIST_DIR).
 * `vite` alone serves it with hot reload and forwards /api to `npm start`'s API.
 */
export default defineConfig({
  // Vite 8 compiles JSX with oxc itself; the automatic runtime matches tsconfig's react-jsx.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist/tab',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // The first page ships as one chunk on purpose (owner views and charts load on demand); the budget is checked by bench/tab.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Fluent marks its modules 'use client' for React Server Components; a client bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3978' } },
});
