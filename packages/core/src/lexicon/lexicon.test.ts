import { describe, expect, it } from 'vitest';
import { extract } from '../extract/extract.js';
import { extractFacts } from '../extract/facts.js';
import { extendLexicon } from './lexicon.js';

/** The figure written as `written`, read with `lexicon`. */
function figure(text: string, written: string, lexicon = extendLexicon({})) {
  const found = extractFacts(text, { lexicon }).metrics.find((m) => m.text === written);
  if (!found) throw new Error(`no figure ${written} in ${text}`);
  return found;
}

describe('extendLexicon: a user’s own words (docs/extraction.md, "Your own words")', () => {
  it('adds units and indicators, as the guide’s example says', () => {
    const lexicon = extendLexicon({
      units: [{ unit: '栋', family: 'items' }],
      indicators: [
        {
          id: 'elderly_canteens',
          name: '老年助餐点',
          category: 'projects',
          words: ['助餐点', '老年食堂'],
          families: ['items'],
        },
      ],
    });
    const extraction = extract('## 东湖市\n全市新建老年助餐点45个，改造危旧房屋120栋。', { lexicon });
    const metrics = extraction.sections.flatMap((s) => s.metrics);
    expect(metrics.find((m) => m.text === '45个')).toMatchObject({
      label: '新建老年助餐点',
      indicator: 'elderly_canteens|items|output',
      category: 'projects',
    });
    const houses = metrics.find((m) => m.text === '120栋');
    expect(houses).toMatchObject({ label: '改造危旧房屋', family: 'items' });
    expect(houses?.indicator.startsWith('改造危旧房屋|')).toBe(true);
    // Without the addition 栋 is no unit: no figure.
    expect(extractFacts('改造危旧房屋120栋。').metrics).toHaveLength(0);
  });

  it('an entry’s `unless` words keep a label from it, even when its own word in the label is longer', () => {
    const canteens = {
      id: 'elderly_canteens',
      name: '老年助餐点',
      category: 'projects' as const,
      words: ['老年助餐点'],
      families: ['items' as const],
    };
    const text = '全市建成老年助餐点45个，另有规划老年助餐点12个。';
    const plain = extendLexicon({ indicators: [canteens] });
    expect(figure(text, '12个', plain).indicator.startsWith('elderly_canteens|')).toBe(true);
    const planned = extendLexicon({ indicators: [{ ...canteens, unless: ['规划'] }] });
    expect(figure(text, '45个', planned).indicator).toBe('elderly_canteens|items|output');
    expect(figure(text, '12个', planned).indicator.startsWith('elderly_canteens|')).toBe(false);
  });

  it('the measure words a label leaves out of a verb phrase are a list of its own, in either script', () => {
    const labelOf = (text: string, written: string, lexicon = extendLexicon({})) =>
      extract(text, { lexicon })
        .sections.flatMap((s) => s.metrics)
        .find((m) => m.text === written)?.label;
    expect(labelOf('全市有94名代表对接了90个项目。', '94名')).toBe('对接了项目的代表');
    expect(labelOf('全市有94名代表對接了90個項目。', '94名')).toBe('對接了項目的代表');
    // 座 is a unit but not in INNER_FIGURE_UNITS: its figure stays, until a user adds it.
    expect(labelOf('全市有94名代表对接了90座桥梁。', '94名')).toBe('对接了90座桥梁的代表');
    const lexicon = extendLexicon({ words: { INNER_FIGURE_UNITS: ['座'] } });
    expect(labelOf('全市有94名代表对接了90座桥梁。', '94名', lexicon)).toBe('对接了桥梁的代表');
  });

  it('refuses an unknown key or list with a USAGE error naming it', () => {
    expect(() => extendLexicon({ indicator: [] } as never)).toThrow(/USAGE|unknown key "indicator"/);
    expect(() => extendLexicon({ words: { NO_SUCH_LIST: ['x'] } } as never)).toThrow(/words\.NO_SUCH_LIST/);
  });
});
