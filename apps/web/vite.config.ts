import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
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
    rolldownOptions: {
      // The service worker is a second entry, written as `sw.js` beside index.html: its scope is the page's folder.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        sw: fileURLToPath(new URL('./src/sw.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  plugins: [serviceWorkerShell()],
  worker: { format: 'es' },
});

/**
 * Writes into sw.js the files the page loads before its service worker exists (index.html, the entry script, its
 * static imports and style), which the worker keeps when it is installed.
 */
function serviceWorkerShell(): Plugin {
  return {
    name: 'jianbao:service-worker-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const sw = chunks.find((chunk) => chunk.fileName === 'sw.js');
      const page = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'));
      if (!sw || !page) throw new Error('serviceWorkerShell: no sw.js or no index.html entry in the bundle');
      const shell = ['index.html', page.fileName, ...page.imports, ...(page.viteMetadata?.importedCss ?? [])];
      if (!sw.code.includes('__JIANBAO_SHELL__'))
        throw new Error('serviceWorkerShell: sw.js has no shell placeholder');
      sw.code = sw.code.replace('__JIANBAO_SHELL__', JSON.stringify(shell));
    },
  };
}
