import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exampleDocument, isJianbaoError } from '@jianbao/core';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.js';
import { docxText, openDocx } from './read-docx.js';

const OFFICE = fileURLToPath(new URL('../../../apps/demo/templates/office-template.docx', import.meta.url));

function style(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0] ?? '';
}

const usage = async (template: Uint8Array) => {
  const error = await renderDocx(await exampleDocument(), { template }).catch((e: unknown) => e);
  expect(isJianbaoError(error) && error.code, String(error)).toBe('USAGE');
  return (error as Error).message;
};

describe('the sample office template (apps/demo/templates)', () => {
  const warnings: string[] = [];
  let bytes: Uint8Array;
  let body = '';
  let styles = '';
  let headers = '';
  let footers = '';
  let settings = '';
  beforeAll(async () => {
    bytes = await renderDocx(await exampleDocument(), {
      template: readFileSync(OFFICE),
      onWarning: (message) => warnings.push(message),
    });
    const docx = await openDocx(bytes);
    body = await docx.part('word/document.xml');
    styles = await docx.part('word/styles.xml');
    settings = await docx.part('word/settings.xml');
    const rels = await docx.part('word/_rels/document.xml.rels');
    const parts = async (kind: string) =>
      (
        await Promise.all(
          [...body.matchAll(new RegExp(`<w:${kind}Reference [^>]*r:id="([^"]+)"`, 'g'))].map((match) => {
            const target = new RegExp(`Id="${match[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
            return docx.part(`word/${target}`);
          }),
        )
      ).join('');
    headers = await parts('header');
    footers = await parts('footer');
  });

  it('takes its styles: faces, sizes and colours of Normal, Title and the headings', () => {
    expect(style(styles, 'Normal')).toContain('w:eastAsia="宋体"');
    expect(style(styles, 'Normal')).toContain('<w:sz w:val="30"/>');
    expect(style(styles, 'Heading1')).toContain('w:eastAsia="微软雅黑"');
    expect(style(styles, 'Heading1')).toContain('<w:color w:val="1F3A93"/>');
    expect(style(styles, 'Title')).toContain('w:eastAsia="黑体"');
  });

  it('takes its page setup: 30 mm top and bottom, 25 mm left and right', () => {
    expect(body).toMatch(/<w:pgMar w:top="1701" w:right="1417" w:bottom="1701" w:left="1417"/);
  });

  it('takes its header (placeholders filled) and its footer, the same on every page', () => {
    expect(headers).toContain('工作简报 · 内部资料 注意保存');
    expect(headers).not.toContain('{{');
    expect(footers).toMatch(/第 .*PAGE.* 页/);
    expect(settings).not.toContain('<w:evenAndOddHeaders/>');
  });

  it('puts its masthead, filled in, where ours was, and none of its sample text', async () => {
    const text = await docxText(bytes);
    expect(text.indexOf('工作简报')).toBeLessThan(text.indexOf('（第1期）'));
    expect(text).toContain('编印：示例办公室编');
    expect(text).toMatch(/编印：示例办公室编\s*2024年1月15日/);
    expect(body).toContain('<w:pStyle w:val="OfficeName"/>');
    expect(body).not.toContain('<w:pStyle w:val="Masthead"/>');
    expect(text).not.toContain('{{');
    expect(text).not.toContain('正文由 jianbao 生成');
    // the content is ours
    expect(text).toContain('各地工作情况汇总');
    expect(text).toContain('报：省委办公厅');
  });

  it('falls back to our styles where it has none, and says which', () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('TableCaption');
    expect(warnings[0]).not.toContain('Heading1');
    expect(style(styles, 'TableCaption')).toContain('w:eastAsia="黑体"');
  });

  it('gives the same bytes every time', async () => {
    expect(
      await renderDocx(await exampleDocument(), { template: readFileSync(OFFICE), onWarning: () => {} }),
    ).toEqual(bytes);
  });
});

describe('a template from a Chinese Word, whose style ids are not English', () => {
  it('matches styles by name (heading 1 with id 1) and warns about the ones it lacks', async () => {
    // as a Chinese Word writes them: Normal is `a`, Heading 1 is `1`
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const template = zipSync({
      'word/document.xml': strToU8(
        `<w:document ${W}><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>`,
      ),
      'word/styles.xml': strToU8(
        `<w:styles ${W}>` +
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/>' +
          '<w:rPr><w:color w:val="336699"/><w:sz w:val="36"/></w:rPr></w:style></w:styles>',
      ),
    });
    const warnings: string[] = [];
    const bytes = await renderDocx(await exampleDocument(), { template, onWarning: (m) => warnings.push(m) });
    const styles = await (await openDocx(bytes)).part('word/styles.xml');
    const heading = style(styles, 'Heading1');
    expect(heading).toContain('<w:color w:val="336699"/>');
    // its basedOn follows the rename of their Normal (a) to ours
    expect(heading).toContain('<w:basedOn w:val="Normal"/>');
    expect(style(styles, 'Normal')).toContain('<w:sz w:val="28"/>');
    expect(warnings.join(' ')).toContain('Heading2');
  });
});

describe('a template is read like any input: bounded, and refused when it is not a Word document', () => {
  it('refuses bytes that are not a zip', async () => {
    expect(await usage(strToU8('not a zip at all'))).toContain('template');
  });

  it('refuses a zip without word/document.xml', async () => {
    expect(await usage(zipSync({ 'a.txt': strToU8('x') }))).toContain('word/document.xml');
  });

  it('refuses a part that inflates past its bound (a zip bomb)', async () => {
    const bomb = zipSync({
      'word/document.xml': strToU8('<w:document/>'),
      'word/styles.xml': new Uint8Array(9 * 1024 * 1024),
    });
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(await usage(bomb)).toContain('inflates past');
  });

  it('refuses a part with a DOCTYPE (no entity expansion)', async () => {
    const doctype = zipSync({
      'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>'),
    });
    expect(await usage(doctype)).toContain('DOCTYPE');
  });
});
