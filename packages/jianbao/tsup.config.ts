import { defineConfig } from 'tsup';

export default defineConfig({
  // `index` is isomorphic (a PDF needs fonts passed as bytes); `node` finds fonts on disk.
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['@jianbao/core', '@jianbao/pdf', '@jianbao/docx'],
});
