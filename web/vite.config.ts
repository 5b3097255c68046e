import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressAndStamp } from './build/precompress.js';

// The web app lives in web/ and shares pure code with the server (src/core, src/contract,
// src/documents/export) so a figure on screen and in an exported table cannot drift apart.
export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // react-router's package exports only its development build (warnings, dev checks: ≈ 20 kB gzip more
  // on the first page); a production build takes the production one it ships beside it
  resolve: mode === 'production' ? { alias: [{ find: /^react-router$/, replacement: fileURLToPath(new URL('../node_modules/react-router/dist/production/index.mjs', import.meta.url)) }] } : {},
  plugins: [react(), precompressAndStamp(fileURLToPath(new URL('..', import.meta.url)))],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: bench/web.bench.ts follows it to the login page's chunks
    manifest: true,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        // React in one long-cached chunk; antd is NOT forced into one chunk, so each lazy route
        // loads only the components it uses (the login page stays small).
        manualChunks: (id) => (/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'react' : undefined),
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
}));
