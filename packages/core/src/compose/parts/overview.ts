import type { Inline } from '../../document/schema.js';
import { tellingFirsts } from '../facts.js';
import { type DraftBlock, heading, paragraph, text, totalRun } from '../nodes.js';
import { CATEGORY_NAMES, cityList, cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** 一、总体情况: what was reported, then each category's province-wide totals, one unit at a time. */
export function overview({ summary, figures }: PartContext): DraftBlock[] {
  const figureCount = summary.cities.reduce((n, c) => n + c.figureCount, 0);
  const summed = summary.totals.reduce((n, t) => n + t.contributions.length, 0);
  const firsts = summary.cities.reduce((n, c) => n + tellingFirsts(c.firsts).length, 0);
  const laws = summary.cities.reduce((n, c) => n + c.laws.length, 0);
  const reported = summary.cities.filter((c) => c.reported);
  const unreported = summary.cities.filter((c) => !c.reported).map((c) => cityName(c.city));
  const missing = unreported.length > 0 ? `（${unreported.join('、')}本期未报送）` : '';
  const bare = reported.filter((c) => c.figureCount === 0).map((c) => cityName(c.city));
  const withoutFigures = bare.length > 0 ? `${bare.join('、')}材料未列统计数字。` : '';
  const blocks: DraftBlock[] = [
    heading(1, '总体情况'),
    paragraph([
      text(
        `本期汇总${reported.length}个市报送的工作情况${missing}。各地材料共列出数字${figureCount}项，` +
          `其中${summed}项按类别和计量单位分别汇总如下，比率和未归类的数字不作加总；` +
          `另有首创性举措${firsts}项，涉及法规和决定${laws}件。${withoutFigures}`,
      ),
    ]),
  ];
  const categories = [...new Set(summary.totals.map((t) => t.category))];
  for (const category of categories) {
    const all = summary.totals.filter((t) => t.category === category);
    // A unit only one city used makes no province-wide total; it is named only when nothing else is.
    const shared = all.filter((t) => t.cities.length > 1);
    const totals = shared.length > 0 ? shared : all;
    const children: Inline[] = [text(`${CATEGORY_NAMES[category]}方面，`)];
    totals.forEach((total, i) => {
      if (i > 0) children.push(text('；'));
      const who = total.cities.length === 1 ? `${total.cities[0]}报送` : `${cityList(total.cities)}合计`;
      children.push(text(`按“${total.unit}”计，${who}`), totalRun(total, figures));
    });
    children.push(text('。'));
    const [main] = totals;
    if (main && main.missing.length > 0) {
      const what = all.length > 1 ? `按“${main.unit}”计的数字` : '此项数字';
      children.push(text(`其余${main.missing.length}个市未报送${what}。`));
    }
    const single = all.length - totals.length;
    if (single > 0) children.push(text(`另有${single}种计量单位的数字仅一市报送，不作全省合计。`));
    blocks.push(paragraph(children));
  }
  if (categories.length === 0) blocks.push(paragraph([text('各市材料未列出可以汇总的数字。')]));
  return blocks;
}
