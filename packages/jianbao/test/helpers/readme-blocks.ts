import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The READMEs whose TypeScript examples the tests compile and run, from the repo root. */
export const READMES = [
  'README.md',
  'packages/jianbao/README.md',
  'packages/pdf/README.md',
  'packages/docx/README.md',
  'packages/core/README.md',
];

export interface ReadmeBlock {
  readme: string;
  /** A file name for the block: `<package or root>-block<N>.ts`. */
  name: string;
  code: string;
}

/** Every ```ts block of the READMEs, in order. */
export function readmeBlocks(root: string): ReadmeBlock[] {
  return READMES.flatMap((readme) =>
    [...readFileSync(join(root, readme), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m, i) => ({
      readme,
      name: `${readme.split('/')[1] ?? 'root'}-block${i + 1}.ts`,
      code: m[1] as string,
    })),
  );
}
