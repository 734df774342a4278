import { describe, expect, it } from 'vitest';
import { JianbaoError } from '../errors.js';
import { exampleDocument } from './example.js';
import { BLOCK_TYPES, INLINE_TYPES } from './schema.js';
import { validateDocument } from './validate.js';

describe('briefing document model', () => {
  it('lists every block kind', () => {
    expect([...BLOCK_TYPES].sort()).toEqual(
      [
        'chart',
        'closing',
        'editorsNote',
        'heading',
        'list',
        'masthead',
        'pageBreak',
        'paragraph',
        'sourceNote',
        'table',
        'title',
      ].sort(),
    );
    expect([...INLINE_TYPES].sort()).toEqual(['emphasis', 'excerpt', 'figure', 'text']);
  });

  it('has an example that uses every block and inline kind and round-trips through JSON', async () => {
    const doc = await exampleDocument();
    expect(new Set(doc.children.map((b) => b.type))).toEqual(new Set(BLOCK_TYPES));
    const inlineTypes = new Set(JSON.stringify(doc).match(/"type":"(text|emphasis|figure)"/g));
    expect(inlineTypes.size).toBe(3);
    expect(validateDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('rejects a broken document naming the path', async () => {
    const doc = (await exampleDocument()) as unknown as { children: { type: string; level?: number }[] };
    const heading = doc.children.find((b) => b.type === 'heading');
    if (heading) heading.level = 7;
    expect(() => validateDocument(doc)).toThrow(JianbaoError);
    try {
      validateDocument(doc);
    } catch (error) {
      expect((error as JianbaoError).code).toBe('DOCUMENT_INVALID');
      expect((error as JianbaoError).message).toMatch(/children\.\d+\.level/);
    }
  });

  it('requires every figure to keep at least one source', async () => {
    const doc = await exampleDocument();
    const paragraph = doc.children.find((b) => b.type === 'paragraph');
    const figure =
      paragraph?.type === 'paragraph' ? paragraph.children.find((r) => r.type === 'figure') : undefined;
    if (figure?.type === 'figure') figure.sources = [];
    expect(() => validateDocument(doc)).toThrow(/sources/);
  });
});
