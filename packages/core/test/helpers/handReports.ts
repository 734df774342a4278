import { buildReports } from './cityReports.js';

/** Three invented cities and a preface, with figures chosen so every total can be added up by hand. */
export function handReports() {
  return buildReports([
    {
      kind: 'preface',
      city: null,
      text: '编者按：现将三市做法摘编如下。',
    },
    {
      city: '甲',
      source: '甲市人大办',
      text: '2023年12月8日，甲市组织1200余名代表参加活动。举办培训班12期，参训860人次。群众满意率98%。全市1200余名代表踊跃参与。在全省率先建立代表履职档案。制定《甲市代表工作条例》。打造“甲事好办”品牌。',
      metrics: [
        ['1200余名', 1200, '名', 'more_than', 'deputies', '代表'],
        ['12期', 12, '期', 'exact', 'training', '培训班'],
        ['860人次', 860, '人次', 'exact', 'training', '参训'],
        ['98%', 98, '%', 'exact', 'rate', '满意率'],
        ['1200余名', 1200, '名', 'more_than', 'deputies', '代表'],
      ],
      firsts: ['在全省率先建立代表履职档案'],
      laws: ['甲市代表工作条例'],
      brands: ['甲事好办'],
      dates: [['2023年12月8日', '2023-12-08']],
    },
    {
      city: '乙',
      source: '乙人宣',
      text: '乙市近3000名代表进站履职，参训1500余人次。开展调研45次。',
      metrics: [
        ['近3000名', 3000, '名', 'nearly', 'deputies', '代表'],
        ['1500余人次', 1500, '人次', 'more_than', 'training', '参训'],
        ['45次', 45, '次', 'exact', 'research', '开展调研'],
      ],
    },
    {
      city: '丙',
      source: '丙市人大常委会研究室',
      text: '2024年1月5日，丙市组织250名代表视察。举办培训班8期。开展调研1.2万余次，走访群众3万至4万户。首次开展代表述职。',
      metrics: [
        ['250名', 250, '名', 'exact', 'deputies', '代表'],
        ['8期', 8, '期', 'exact', 'training', '培训班'],
        ['1.2万余次', 12000, '次', 'more_than', 'research', '开展调研'],
        ['3万至4万户', 30000, '户', 'range', 'visits', '走访群众', 40000],
      ],
      firsts: ['首次开展代表述职'],
      dates: [['2024年1月5日', '2024-01-05']],
    },
    {
      city: '丁',
      source: '丁人办',
      text: '丁市深化“丁家议事”品牌，推动代表工作走深走实。',
      brands: ['丁家议事'],
    },
  ]);
}
