import { defineConfig } from 'tsup';

export default defineConfig({
  // `index` is isomorphic (browsers pass fonts as bytes); `node` finds fonts on disk.
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // import.meta.url in the Node entry's CommonJS build.
  shims: true,
  external: ['pdfmake', 'fontkit', '@jianbao/core'],
});
