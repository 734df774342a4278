/**
 * Measure words a figure may end with, as written (both scripts). Longest match wins (人次 before 人),
 * and a few that begin common words are refused by the next character (條例, 部門, 人大 …).
 */

export interface UnitMatch {
  unit: string;
  end: number;
}

const UNITS = [
  // people and times
  '人次',
  '人',
  '名',
  '位',
  '次',
  '場次',
  '场次',
  '場',
  '场',
  '期',
  '批次',
  '批',
  '輪',
  '轮',
  // things
  '項',
  '项',
  '件次',
  '件',
  '條次',
  '条次',
  '條',
  '条',
  '個',
  '个',
  '篇',
  '部',
  '份',
  '家次',
  '家',
  '戶',
  '户',
  '處',
  '处',
  '所',
  '座',
  '大類',
  '大类',
  '類',
  '类',
  '套',
  '台',
  '臺',
  '輛',
  '辆',
  '本',
  '冊',
  '册',
  '張',
  '张',
  '封',
  '組',
  '组',
  '支',
  '例',
  '起',
  '宗',
  '棵',
  '株',
  '畝',
  '亩',
  '公頃',
  '公顷',
  '平方公里',
  '平方米',
  '公里',
  '千米',
  '米',
  '噸',
  '吨',
  '千瓦',
  '人民幣',
  '美元',
  '元',
  '個百分點',
  '个百分点',
  '百分點',
  '百分点',
  '%',
  '％',
] as const;

/** Characters that, right after a unit, show it was the start of another word. */
const REFUSED_BEFORE: Record<string, string> = {
  人: '大民們们員员才士',
  名: '單单稱称義义額额字',
  位: '置於于',
  條: '例件款文',
  条: '例件款文',
  部: '門门署分長长委',
  期: '間间限刊末',
  處: '理置长長',
  处: '理置长',
  所: '在有以屬属',
  起: '來来草步',
  本: '屆届次年月市省級级',
  台: '州灣湾',
  支: '持部',
  組: '織织成建長长',
  组: '织成建长',
  例: '如',
  家: '庭鄉乡園园',
};

const BY_FIRST = new Map<number, string[]>();
for (const unit of [...UNITS].sort((a, b) => b.length - a.length)) {
  const key = unit.charCodeAt(0);
  const list = BY_FIRST.get(key);
  if (list) list.push(unit);
  else BY_FIRST.set(key, [unit]);
}

/** The unit written at `at`, or null. `%` and `％` both read as `%`. */
export function matchUnit(text: string, at: number): UnitMatch | null {
  const candidates = BY_FIRST.get(text.charCodeAt(at));
  if (!candidates) return null;
  for (const unit of candidates) {
    if (!text.startsWith(unit, at)) continue;
    const end = at + unit.length;
    const refused = REFUSED_BEFORE[unit];
    if (refused !== undefined && end < text.length && refused.includes(text.charAt(end))) continue;
    return { unit: unit === '％' ? '%' : unit, end };
  }
  return null;
}

/** Units that make a figure a rate. */
export function isRateUnit(unit: string): boolean {
  return unit === '%' || unit.endsWith('百分點') || unit.endsWith('百分点');
}
