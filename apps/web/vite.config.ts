import { defineConfig } from 'vite';
import { workspaceSources } from '../../vitest.shared';

/**
 * The page bundles the workspace packages from their sources (as the tests do), so `pnpm web` needs no
 * prior build. `base: './'` keeps every asset path relative: the built `dist/` works from any folder or
 * static host, offline once loaded.
 */
export default defineConfig({
  base: './',
  resolve: { alias: workspaceSources },
  build: {
    target: 'es2022',
    // The CJK fonts are large assets fetched on demand, not inlined.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
});
