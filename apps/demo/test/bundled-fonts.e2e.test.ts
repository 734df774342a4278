import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BriefingDocument } from '@jianbao/core';
import { facePath } from '@jianbao/fonts/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFontPlaces } from '../src/fonts.js';
import { pdfText } from './helpers/read-back.js';
import { datasetDir, runCli } from './helpers/run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-subset-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// fontPlaces' shape for one role: the Noto package first, then a system font.
const places = () => [
  {
    kind: 'package' as const,
    name: '@expo-google-fonts/noto-serif-sc',
    file: '400Regular/NotoSerifSC_400Regular.ttf',
  },
  { kind: 'system' as const, path: '/usr/share/fonts/x.ttc' },
];
const doc = (text: string) => ({ blocks: [{ kind: 'paragraph', text }] }) as unknown as BriefingDocument;

describe('the PDF is set in the bundled subsets where they cover the document', () => {
  it('puts the subset in the place of the full Noto package it was cut from, keeping the order', async () => {
    const found = await bundledFontPlaces(doc('全省人大代表8300余名，鐘錶〇①'), places);
    expect(found?.('body', 'hans')).toEqual([
      { kind: 'system', path: facePath('body'), shapes: 'sc' },
      { kind: 'system', path: '/usr/share/fonts/x.ttc' },
    ]);
  });

  it('uses the full fonts when a character is outside the subsets', async () => {
    expect(await bundledFontPlaces(doc('鄱阳湖龘'), places)).toBeUndefined();
  });

  it('prints a character outside the subsets from the full font, not a box', async () => {
    const run = runCli([
      'brief',
      datasetDir,
      '--format',
      'pdf',
      '--out',
      dir,
      '--title',
      '龘龘工作简报',
      '--base',
      't',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { text } = await pdfText(join(dir, 't-briefing.pdf'));
    expect(text).toContain('龘龘工作简报');
  });
});
