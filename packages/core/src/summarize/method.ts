/**
 * How the figures were read and added up, for the summary's JSON and an optional appendix; never in the
 * briefing's body (Simplified; converted with the document when printed).
 */
export const METHOD_NOTE: string[] = [
  '每个数字都保留其城市、在原文中的位置和所在语句，可逐项核对。',
  '只有统计同一事项、同一计量口径（人数、人次、次数、件数等）和同一性质（现有数、参与数、活动数、成果数）的数字才相加；同一市重复提及的同一数字只计一次。',
  '带“余”“多”“超”“以上”的数字按所列数字计入，合计为下限，记作“逾”；带“近”“约”的数字使合计成为约数，记作“约”；区间按下限计入；比率不相加。',
];
