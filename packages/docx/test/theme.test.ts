import {
  type BriefingDocument,
  exampleDocument,
  isJianbaoError,
  MODERN_THEME,
  OFFICIAL_THEME,
  type PartialTheme,
  type Theme,
} from '@jianbao/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.js';
import { openDocx } from './read-docx.js';

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const word = (colour: string) => colour.replace('#', '').toUpperCase();

/** One style's XML from styles.xml. */
function style(styles: string, id: string): string {
  const found = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0];
  if (!found) throw new Error(`no style ${id}`);
  return found;
}

async function everything(style: 'official' | 'modern' = 'official'): Promise<BriefingDocument> {
  const doc = await exampleDocument(style);
  for (const node of doc.children) if (node.type === 'title') node.subtitle = '副标题';
  return doc;
}

interface Parts {
  styles: string;
  body: string;
  settings: string;
  footers: string;
  chart: string;
}

async function parts(bytes: Uint8Array): Promise<Parts> {
  const docx = await openDocx(bytes);
  const footers = await Promise.all(
    docx.paths.filter((path) => /^word\/footer\d*\.xml$/.test(path)).map((path) => docx.part(path)),
  );
  return {
    styles: await docx.part('word/styles.xml'),
    body: await docx.part('word/document.xml'),
    settings: await docx.part('word/settings.xml'),
    footers: footers.join(''),
    chart: await docx.part('word/charts/chart1.xml'),
  };
}

describe('every type size of the theme reaches the Word styles', () => {
  const sizes = {
    body: 14,
    title: 25,
    subtitle: 13.5,
    heading1: 14.5,
    heading2: 13,
    heading3: 12.5,
    heading4: 11.5,
    masthead: 40,
    mastheadIssue: 15,
    mastheadLine: 11,
    classification: 10.5,
    caption: 17,
    table: 9.5,
    tableNote: 8.5,
    chartTitle: 18,
    chart: 10,
    sourceNote: 12,
    closing: 13.25,
    pageNumber: 16,
  };
  const STYLE_OF: Record<string, string> = {
    body: 'Normal',
    title: 'Title',
    subtitle: 'Subtitle',
    heading1: 'Heading1',
    heading2: 'Heading2',
    heading3: 'Heading3',
    heading4: 'Heading4',
    masthead: 'Masthead',
    mastheadIssue: 'MastheadIssue',
    mastheadLine: 'MastheadLine',
    classification: 'Classification',
    caption: 'TableCaption',
    table: 'TableText',
    tableNote: 'TableNote',
    sourceNote: 'SourceNote',
    closing: 'Closing',
    pageNumber: 'Footer',
  };
  let xml: Parts;
  beforeAll(async () => {
    xml = await parts(await renderDocx(await everything(), { theme: { sizes } }));
  });

  it.each(Object.entries(STYLE_OF))('%s → %s', (role, id) => {
    const half = Math.round((sizes[role as keyof typeof sizes] ?? 0) * 2);
    expect(style(xml.styles, id)).toContain(`<w:sz w:val="${half}"/>`);
  });

  it('the masthead name is set at the theme size (it fits the line)', () => {
    expect(xml.body).toMatch(/<w:pStyle w:val="Masthead"\/>.*?<w:sz w:val="80"\/>.*?工作简报/);
  });

  it('chart title and chart text (DrawingML counts hundredths of a point)', () => {
    expect(xml.chart).toContain('sz="1800"');
    expect(xml.chart).toContain('sz="1000"');
  });
});

describe('colours, page, grid, rules and forms of the theme reach the Word XML', () => {
  const theme: PartialTheme = {
    page: {
      widthMm: 200,
      heightMm: 280,
      marginsMm: { top: 30, bottom: 40, left: 20, right: 24 },
      linesPerPage: 20,
    },
    colors: {
      text: '#101010',
      muted: '#202020',
      masthead: '#303030',
      mastheadRule: '#404040',
      heading: '#505050',
      figure: '#606060',
      accent: '#707070',
      pageNumber: '#808080',
      tableRule: '#909090',
      tableHeaderFill: '#A0A0A0',
      tableHeaderText: '#B0B0B0',
      tableStripe: '#C0C0C0',
      closingRule: '#D0D0D0',
      chartSeries: ['#123456'],
    },
    rules: { mastheadPt: 3, closingThickMm: 0.5, closingThinMm: 0.2, tablePt: 0.75, editorsNoteBarPt: 2.5 },
    numbering: { pageNumber: '第{n}页', pageNumberPosition: 'center' },
    editorsNote: { boxed: true },
    table: { rules: 'rows', captionAlign: 'left' },
  };
  let xml: Parts;
  beforeAll(async () => {
    xml = await parts(await renderDocx(await everything(), { theme }));
  });

  it('page size and margins, in twips', () => {
    expect(xml.body).toContain(`<w:pgSz w:w="${twips(200)}" w:h="${twips(280)}"`);
    expect(xml.body).toMatch(
      new RegExp(
        `<w:pgMar w:top="${twips(30)}" w:right="${twips(24)}" w:bottom="${twips(40)}" w:left="${twips(20)}"`,
      ),
    );
  });

  it('the line grid: linesPerPage lines in the text block, and exact body spacing on the same pitch', () => {
    const pitch = Math.floor((twips(280) - twips(30) - twips(40)) / 20);
    expect(xml.body).toContain(`<w:docGrid w:type="lines" w:linePitch="${pitch}"/>`);
    expect(style(xml.styles, 'Normal')).toContain(`w:line="${pitch}" w:lineRule="exact"`);
  });

  it('every colour the Word output uses', () => {
    const c = theme.colors as Required<NonNullable<PartialTheme['colors']>>;
    expect(xml.styles).toMatch(new RegExp(`<w:docDefaults>.*?<w:color w:val="${word(c.text)}"/>`));
    expect(style(xml.styles, 'TableNote')).toContain(`<w:color w:val="${word(c.muted)}"/>`);
    expect(style(xml.styles, 'Masthead')).toContain(`<w:color w:val="${word(c.masthead)}"/>`);
    expect(style(xml.styles, 'MastheadLine')).toMatch(
      new RegExp(`<w:bottom [^>]*w:color="${word(c.mastheadRule)}"`),
    );
    expect(style(xml.styles, 'Heading1')).toContain(`<w:color w:val="${word(c.heading)}"/>`);
    expect(style(xml.styles, 'TableCaption')).toContain(`<w:color w:val="${word(c.heading)}"/>`);
    expect(style(xml.styles, 'Figure')).toContain(`<w:color w:val="${word(c.figure)}"/>`);
    expect(style(xml.styles, 'EditorsNote')).toMatch(new RegExp(`<w:left [^>]*w:color="${word(c.accent)}"`));
    expect(style(xml.styles, 'Footer')).toContain(`<w:color w:val="${word(c.pageNumber)}"/>`);
    expect(xml.body).toMatch(new RegExp(`<w:insideH [^>]*w:color="${word(c.tableRule)}"`));
    expect(xml.body).toContain(`w:fill="${word(c.tableHeaderFill)}"`);
    expect(style(xml.styles, 'TableHeader')).toContain(`<w:color w:val="${word(c.tableHeaderText)}"/>`);
    expect(xml.body).toContain(`w:fill="${word(c.tableStripe ?? '')}"`);
    expect(xml.body).toMatch(new RegExp(`<w:top [^>]*w:color="${word(c.closingRule)}"`));
    expect(xml.chart).toContain(`<a:srgbClr val="${word(c.chartSeries[0] ?? '')}"`);
  });

  it('rule widths, in eighths of a point', () => {
    expect(style(xml.styles, 'MastheadLine')).toMatch(/<w:bottom [^>]*w:sz="24"/);
    expect(style(xml.styles, 'EditorsNote')).toMatch(/<w:left [^>]*w:sz="20"/);
    expect(xml.body).toMatch(/<w:insideH [^>]*w:sz="6"/);
    // 版记: 0.5 mm thick rules first and last (11/8 pt), 0.2 mm thin ones between (5/8 pt)
    const closing = /<w:tblpPr [^>]*\/>.*?<\/w:tbl>/.exec(xml.body)?.[0] ?? '';
    expect(closing).toMatch(/<w:top [^>]*w:sz="11"/);
    expect(closing).toMatch(/<w:insideH [^>]*w:sz="5"/);
  });

  it('the page number form, centred, on every page', () => {
    expect(xml.footers).toMatch(/第.*PAGE.*页/);
    expect(xml.footers).toContain('<w:jc w:val="center"/>');
    expect(xml.settings).not.toContain('<w:evenAndOddHeaders/>');
  });

  it('the caption alignment', () => {
    expect(style(xml.styles, 'TableCaption')).toContain('<w:jc w:val="left"/>');
  });
});

describe('official and modern Word documents differ as their themes say', () => {
  let official: Parts;
  let modern: Parts;
  beforeAll(async () => {
    official = await parts(await renderDocx(await everything('official')));
    modern = await parts(await renderDocx(await everything('official'), { style: 'modern' }));
  });
  const both = (check: (xml: Parts, theme: Theme) => void) => {
    check(official, OFFICIAL_THEME);
    check(modern, MODERN_THEME);
  };

  it('are different files', () => {
    expect(official.body).not.toBe(modern.body);
    expect(official.styles).not.toBe(modern.styles);
  });

  it('margins', () =>
    both((xml, theme) => {
      const m = theme.page.marginsMm;
      expect(xml.body).toMatch(
        new RegExp(
          `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}"`,
        ),
      );
    }));

  it('body and heading sizes, faces and colours', () =>
    both((xml, theme) => {
      const half = (size: unknown) =>
        typeof size === 'number' ? size * 2 : { 三号: 32, 二号: 44 }[String(size)];
      expect(style(xml.styles, 'Normal')).toContain(`<w:sz w:val="${half(theme.sizes.body)}"/>`);
      expect(style(xml.styles, 'Title')).toContain(`<w:sz w:val="${half(theme.sizes.title)}"/>`);
      expect(style(xml.styles, 'Normal')).toContain(`w:eastAsia="${theme.fonts.body[0]}"`);
      expect(style(xml.styles, 'Heading1')).toContain(`<w:color w:val="${word(theme.colors.heading)}"/>`);
      expect(style(xml.styles, 'Figure')).toContain(`<w:color w:val="${word(theme.colors.figure)}"/>`);
    }));

  it('masthead layout: centred banner with 第N期 on its own line, or a compact left-aligned header', () =>
    both((xml, theme) => {
      const banner = theme.masthead.layout === 'banner';
      expect(style(xml.styles, 'Masthead')).toContain(`<w:jc w:val="${banner ? 'center' : 'left'}"/>`);
      expect(xml.body.includes('<w:pStyle w:val="MastheadIssue"/>')).toBe(banner);
    }));

  it('page numbers: — N — outside on odd/even pages, or N centred', () =>
    both((xml, theme) => {
      const outside = theme.numbering.pageNumberPosition === 'outside';
      expect(xml.settings.includes('<w:evenAndOddHeaders/>')).toBe(outside);
      expect(xml.footers.includes('— ')).toBe(theme.numbering.pageNumber.includes('—'));
    }));

  it('lists: run in the text (no numbering) or numbered items', () =>
    both((xml, theme) => {
      expect(xml.body.includes('<w:numPr>')).toBe(theme.numbering.lists === 'marks');
    }));

  it('numbered items hang: wrapped lines start under the text, not under the mark', async () => {
    const numbering = await (await openDocx(await renderDocx(await everything('modern')))).part(
      'word/numbering.xml',
    );
    const level = /<w:lvl [^>]*>.*?<\/w:lvl>/.exec(numbering)?.[0] ?? '';
    const hanging = Number(/w:hanging="(\d+)"/.exec(level)?.[1]);
    const left = Number(/w:left="(\d+)"/.exec(level)?.[1]);
    expect(hanging).toBeGreaterThan(0);
    expect(left).toBeGreaterThan(hanging);
  });

  it('the closing block floats to the foot, or follows the text', () =>
    both((xml, theme) => {
      expect(xml.body.includes('<w:tblpPr')).toBe(theme.closing.placement === 'foot');
    }));

  it('table header fill and editor’s note box', () =>
    both((xml, theme) => {
      expect(xml.body).toContain(`w:fill="${word(theme.colors.tableHeaderFill)}"`);
      expect(/<w:left /.test(style(xml.styles, 'EditorsNote'))).toBe(theme.editorsNote.boxed);
    }));
});

describe('options', () => {
  it('refuses an unknown option rather than ignore it', async () => {
    const error = await renderDocx(await exampleDocument(), { templet: new Uint8Array() } as never).catch(
      (e: unknown) => e,
    );
    expect(isJianbaoError(error) && error.code).toBe('USAGE');
    expect((error as Error).message).toContain('templet');
  });

  it('refuses an unknown theme key, naming it', async () => {
    const error = await renderDocx(await exampleDocument(), {
      theme: { colors: { red: '#FF0000' } } as never,
    }).catch((e: unknown) => e);
    expect(isJianbaoError(error) && error.code).toBe('USAGE');
    expect((error as Error).message).toContain('colors.red');
  });
});
