import { exampleDocument, isJianbaoError } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/index.js';
import { renderPdfNode } from '../src/node.js';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe('options', () => {
  it.each(['color', 'template', 'pageSize', 'format'])(
    'renderPdf refuses the unknown option %s',
    async (key) => {
      const error = await failure(renderPdf(await exampleDocument(), { [key]: 'x' } as never));
      expect(isJianbaoError(error) && error.code).toBe('USAGE');
      expect(isJianbaoError(error) && error.details.where).toBe(`options.${key}`);
      const message = (error as Error).message;
      expect(message).toContain(`"${key}"`);
      for (const known of ['fonts', 'style', 'theme', 'onWarning', 'compress', 'creationDate', 'creator']) {
        expect(message).toContain(known);
      }
    },
  );

  it('renderPdfNode refuses an unknown option and an unknown resolve option, naming them', async () => {
    const top = await failure(renderPdfNode(await exampleDocument(), { templet: 'office.docx' } as never));
    expect(isJianbaoError(top) && top.code).toBe('USAGE');
    expect((top as Error).message).toMatch(/"templet".*known: .*resolve/);
    const nested = await failure(
      renderPdfNode(await exampleDocument(), { resolve: { sytem: false } } as never),
    );
    expect(isJianbaoError(nested) && nested.code).toBe('USAGE');
    expect(isJianbaoError(nested) && nested.details.where).toBe('options.resolve.sytem');
    expect((nested as Error).message).toContain('system');
  });

  it('renderPdfNode takes every known option', async () => {
    const pdf = await renderPdfNode(await exampleDocument(), {
      style: 'modern',
      theme: {},
      onWarning: () => {},
      compress: false,
      creationDate: new Date('2024-01-15T00:00:00Z'),
      creator: 'test',
      resolve: { system: true },
    });
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });
});
