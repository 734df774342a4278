import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { briefingInputOf, composeBriefing, readSourceAsync, summarizeInputs } from '../src/index.js';
import { of, plain } from './helpers/briefing.js';

/** A Word file as an office compiles one: a centred title, then each city under its heading, closed by its attribution. */
function compilation(): Uint8Array {
  const p = (text: string, props = '') => `<w:p>${props}<w:r><w:t>${text}</w:t></w:r></w:p>`;
  const body = [
    p('全省各市人大工作情况汇编', '<w:pPr><w:jc w:val="center"/></w:pPr>'),
    p('一、南京市', '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'),
    p('南京市人大常委会组织代表专题调研36次，推动解决问题520个。'),
    p('（南京市人大常委会研究室）'),
    p('二、无锡市', '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'),
    p('无锡市人大常委会组织代表专题调研28次，推动解决问题610个。'),
    p('（无锡市人大常委会办公室）'),
  ].join('');
  return zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`) });
}

describe('a compilation: one Word file of several cities under one title', () => {
  it('heads no city with the file’s title, and makes no editor’s note of it', async () => {
    const source = await readSourceAsync(compilation(), { origin: 'compiled.docx' });
    const summary = summarizeInputs([briefingInputOf(source)]);
    expect(summary.cities.map((c) => [c.city, c.title, c.source])).toEqual([
      ['南京', null, '南京市人大常委会研究室'],
      ['无锡', null, '无锡市人大常委会办公室'],
    ]);
    const doc = await composeBriefing(summary, { date: '2024-01-15' });
    const headings = of(doc, 'heading').map((h) => h.text);
    expect(headings).not.toContain('全省各市人大工作情况汇编');
    expect(headings).toEqual(expect.arrayContaining(['南京市', '无锡市']));
    const [note] = of(doc, 'editorsNote');
    expect(note?.children.map((c) => plain(c.children)).join('')).not.toContain('情况汇编');
  });
});
