import { defineConfig } from 'tsup';

export default defineConfig({
  // `index` is isomorphic (URLs for a bundler, the coverage check); `node` reads the files.
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // import.meta.url (the font URLs) in the CommonJS build.
  shims: true,
});
