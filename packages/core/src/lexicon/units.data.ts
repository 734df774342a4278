import type { UnitFamily } from '../types.js';

/**
 * Measure words a figure may end with, in Simplified (both scripts match: the text is folded first), with what
 * they measure. Longest match wins (人次 before 人). `refusedBefore`: characters that, right after the unit, show it
 * began another word (条例, 部门, 人大 …).
 */
export interface UnitEntry {
  unit: string;
  family: UnitFamily;
  refusedBefore?: string;
  /**
   * How it counts, when not as its family's plain units do: 件次 counts an item once each time it is handled (a
   * suggestion passed to two offices is 2件次), so it is added only to figures of the same measure, never to 件.
   */
  measure?: string;
}

export const UNITS: readonly UnitEntry[] = [
  { unit: '人次', family: 'person_times' },
  { unit: '人', family: 'people', refusedBefore: '大民们员才士口工类选' },
  { unit: '名', family: 'people', refusedBefore: '单称义额字录' },
  { unit: '位', family: 'people', refusedBefore: '置于' },
  { unit: '次', family: 'times' },
  { unit: '场次', family: 'times' },
  { unit: '场', family: 'times', refusedBefore: '所景地合馆' },
  { unit: '期', family: 'times', refusedBefore: '间限刊末望待盼' },
  { unit: '批次', family: 'times' },
  { unit: '批', family: 'times', refusedBefore: '准评示复' },
  { unit: '轮', family: 'times' },
  { unit: '周', family: 'times', refusedBefore: '年边围到密全期末' },
  { unit: '项', family: 'items', refusedBefore: '目' },
  { unit: '件次', family: 'items', measure: 'item_times' },
  { unit: '件', family: 'items' },
  { unit: '条次', family: 'items', measure: 'item_times' },
  { unit: '条', family: 'items', refusedBefore: '例件款文' },
  { unit: '个', family: 'items', refusedBefore: '人别体案' },
  { unit: '篇', family: 'items' },
  { unit: '部', family: 'items', refusedBefore: '门署分长委署' },
  { unit: '份', family: 'items' },
  { unit: '案', family: 'items', refusedBefore: '件例' },
  { unit: '种', family: 'items', refusedBefore: '子植类' },
  { unit: '家次', family: 'items' },
  { unit: '家', family: 'items', refusedBefore: '庭乡园长属' },
  { unit: '处', family: 'items', refusedBefore: '理置长室' },
  { unit: '所', family: 'items', refusedBefore: '在有以属' },
  { unit: '座', family: 'items', refusedBefore: '谈' },
  { unit: '大类', family: 'items' },
  { unit: '类', family: 'items', refusedBefore: '型别' },
  { unit: '套', family: 'items' },
  { unit: '台', family: 'items', refusedBefore: '州湾' },
  { unit: '辆', family: 'items' },
  { unit: '本', family: 'items', refusedBefore: '届次年月市省级地着职' },
  { unit: '册', family: 'items' },
  { unit: '张', family: 'items' },
  { unit: '封', family: 'items' },
  { unit: '组', family: 'items', refusedBefore: '织成建长' },
  { unit: '支', family: 'items', refusedBefore: '持部' },
  { unit: '例', family: 'items', refusedBefore: '如' },
  { unit: '起', family: 'items', refusedBefore: '来草步' },
  { unit: '宗', family: 'items', refusedBefore: '旨教' },
  { unit: '户', family: 'other' },
  { unit: '棵', family: 'other' },
  { unit: '株', family: 'other' },
  { unit: '吨', family: 'other' },
  { unit: '公斤', family: 'other' },
  { unit: '千克', family: 'other' },
  { unit: '千瓦时', family: 'other' },
  { unit: '千瓦', family: 'other' },
  { unit: '立方米', family: 'other' },
  // Concentrations an environment report gives (PM2.5平均浓度31.2微克/立方米).
  { unit: '微克/立方米', family: 'other' },
  { unit: '毫克/立方米', family: 'other' },
  { unit: '毫克/升', family: 'other' },
  { unit: '标箱', family: 'other' },
  { unit: '艘', family: 'other' },
  { unit: '架', family: 'other', refusedBefore: '构设空' },
  { unit: '亩', family: 'area' },
  { unit: '公顷', family: 'area' },
  { unit: '平方公里', family: 'area' },
  { unit: '平方米', family: 'area' },
  { unit: '公里', family: 'length' },
  { unit: '千米', family: 'length' },
  { unit: '米', family: 'length' },
  { unit: '人民币', family: 'money' },
  { unit: '美元', family: 'money' },
  { unit: '元', family: 'money', refusedBefore: '素旦宵' },
  { unit: '个百分点', family: 'rate' },
  { unit: '百分点', family: 'rate' },
  { unit: '%', family: 'rate' },
  { unit: '％', family: 'rate' },
];
