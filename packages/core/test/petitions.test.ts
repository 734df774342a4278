import { describe, expect, it } from 'vitest';
import { documentText, of, plain } from './helpers/briefing.js';
import { briefingOfTexts } from './helpers/texts.js';

/**
 * Three cities' petition-work reports (信访), in our own words: cases resolved, a centre built whose name says what
 * it resolves, and next year's plans. Found briefed as 各市推动解决问题合计734件 (342 cases + 9 centres) with
 * 南通's plan for 2025 quoted as work done.
 */
const REPORTS: Record<string, string> = {
  南通: '2024年，南通市共受理群众来信来访1.86万件次，化解信访积案342件。全市建成“一站式”矛盾纠纷调处化解中心9个。\n\n2025年，我们将深化“枫桥经验”，力争初信初访一次性化解率达到90%以上。',
  盐城: '今年以来，盐城市共受理群众来信来访1.42万件次，化解信访积案215件。',
  淮安: '淮安市全年受理来信来访1.1万件次，化解信访积案168件。',
};

const briefing = () => briefingOfTexts(REPORTS, '2024-12-20');

describe('a briefing of petition work', () => {
  it('adds the cases resolved, not the centres built to resolve them', async () => {
    const doc = await briefing();
    // 342 + 215 + 168, named as every city names them.
    expect(documentText(doc)).toContain('各市化解信访积案合计725件');
    const [table] = of(doc, 'table');
    expect(table?.rows.map((row) => row.map((cell) => plain(cell.children)))).toEqual([
      ['南通市', '342'],
      ['淮安市', '168'],
      ['盐城市', '215'],
      ['合计', '725'],
    ]);
  });

  it('quotes what was done, and leaves out next year’s plan however it opens (2025年，我们将…)', async () => {
    const all = documentText(await briefing());
    expect(all).toContain('调处化解中心9个');
    expect(all).not.toContain('我们将');
    expect(all).not.toContain('力争');
  });
});
