/**
 * Measures that several cities may share, for the overview: 南京、无锡等8个市举办人大代表讲坛. A city shares a
 * measure when its report (folded to Simplified) contains one of `words`. `phrase` is the plain statement the
 * overview makes of it (Simplified; the document is converted afterwards).
 */
export interface MeasureEntry {
  id: string;
  phrase: string;
  words: readonly string[];
}

export const MEASURES: readonly MeasureEntry[] = [
  { id: 'lectures', phrase: '以人大代表讲坛为载体推动学习', words: ['代表讲坛', '代表讲堂', '代表大讲堂'] },
  {
    id: 'first_topic',
    phrase: '落实“第一议题”学习制度',
    words: ['第一议题'],
  },
  {
    id: 'research',
    phrase: '围绕中心工作开展调查研究',
    words: ['调研课题', '专题调研', '调查研究', '调研成果'],
  },
  { id: 'stations', phrase: '依托代表“家站点”联系服务群众', words: ['家站点', '联络站', '代表之家'] },
  {
    id: 'livelihood',
    phrase: '推行民生实事项目人大代表票决制',
    words: ['民生实事项目代表票决', '民生实事项目人大代表票决', '票决制'],
  },
  { id: 'legislation', phrase: '制定或修订地方性法规', words: ['地方性法规', '条例'] },
  { id: 'supervision', phrase: '开展执法检查和专项监督', words: ['执法检查', '专题询问', '专项监督'] },
  {
    id: 'suggestions',
    phrase: '推动代表建议办理落实',
    words: ['代表建议', '建议办理', '重点督办'],
  },
  { id: 'voters', phrase: '组织代表接待和走访选民', words: ['接待选民', '走访', '联系选民', '接待群众'] },
];
