/**
 * Synthetic city reports for the scale benchmark: one Markdown file per real prefecture-level city (core's
 * gazetteer), each written from a random mix of sentence templates with varied figures, units, qualifiers and
 * categories, so a 333-city briefing has 333 different reports rather than one report copied 333 times.
 * Deterministic: the same seed gives the same files.
 */
import { CITIES, type City } from '@jianbao/core';

/** One figure a template plants, as the extractor should read it back. */
export interface PlantedFigure {
  /** The figure as written, e.g. `8300余名`. */
  text: string;
  value: number;
  unit: string;
  qualifier: 'exact' | 'more_than' | 'nearly' | 'over' | 'approx';
}

export interface SyntheticReport {
  city: City;
  /** File name, e.g. `001-shijiazhuang.md` (ASCII, sortable). */
  file: string;
  markdown: string;
  figures: PlantedFigure[];
}

/** mulberry32: a small seeded PRNG, so the corpus is reproducible without storing it. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

/** A seeded shuffle (sort by random keys: a comparator returning random signs is not a valid sort). */
function shuffle<T>(random: Random, list: readonly T[]): T[] {
  return list
    .map((item) => ({ item, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** Writes one figure: a value in a range, a qualifier in one of its written forms, the unit. */
function figure(random: Random, low: number, high: number, unit: string, allowWan = false): PlantedFigure {
  let value = between(random, low, high);
  let digits = String(value);
  if (allowWan && value >= 20000 && random() < 0.5) {
    // 2.5万: one decimal of 万, the value the reader gets back is the rounded one.
    const wan = Math.round(value / 1000) / 10;
    value = Math.round(wan * 10000);
    digits = `${wan}万`;
  }
  const form = pick(random, ['exact', 'exact', '余', '多', '近', '超', '超过', '约'] as const);
  switch (form) {
    case 'exact':
      return { text: `${digits}${unit}`, value, unit, qualifier: 'exact' };
    case '余':
    case '多':
      return { text: `${digits}${form}${unit}`, value, unit, qualifier: 'more_than' };
    case '近':
      return { text: `近${digits}${unit}`, value, unit, qualifier: 'nearly' };
    case '超':
    case '超过':
      return { text: `${form}${digits}${unit}`, value, unit, qualifier: 'over' };
    case '约':
      return { text: `约${digits}${unit}`, value, unit, qualifier: 'approx' };
  }
}

function percent(random: Random): PlantedFigure {
  const value = between(random, 600, 1000) / 10;
  return { text: `${value}%`, value, unit: '%', qualifier: 'exact' };
}

interface Sentence {
  text: string;
  figures: PlantedFigure[];
}

type Template = (random: Random, city: City) => Sentence;

const TOPICS = [
  '生态环境保护',
  '养老服务',
  '物业管理',
  '历史文化名城保护',
  '河道管理',
  '文明行为促进',
  '优化营商环境',
  '电动自行车管理',
  '农贸市场管理',
  '城市绿化',
];
const STATIONS = ['代表之家', '代表联络站', '代表工作站', '民情联系点', '基层立法联系点'];
const ISSUES = [
  '停车难',
  '老旧小区加装电梯',
  '学校周边交通',
  '农村饮水安全',
  '社区食堂',
  '背街小巷改造',
  '菜市场升级',
];

/** Sentence templates: each plants its figures (or a first or a law) in its own wording. */
const TEMPLATES: Template[] = [
  (r) => {
    const a = figure(r, 800, 12000, '名');
    return { text: `全市${a.text}各级人大代表参加了本年度的履职学习。`, figures: [a] };
  },
  (r) => {
    const a = figure(r, 12, 220, '期');
    const b = figure(r, 600, 9000, '人次');
    return { text: `市县两级共举办代表培训班${a.text}，参训代表${b.text}。`, figures: [a, b] };
  },
  (r) => {
    const a = figure(r, 40, 1500, '次');
    const b = figure(r, 10, 400, '篇');
    return { text: `围绕年度重点工作组织专题调研${a.text}，形成调研报告${b.text}。`, figures: [a, b] };
  },
  (r) => {
    const a = figure(r, 3000, 60000, '人次', true);
    const b = figure(r, 500, 20000, '条');
    return { text: `代表走访联系选民${a.text}，收集意见建议${b.text}。`, figures: [a, b] };
  },
  (r) => {
    const a = figure(r, 80, 1600, '件');
    const p = percent(r);
    return { text: `本年度交办的代表建议${a.text}已全部答复，问题解决率达到${p.text}。`, figures: [a, p] };
  },
  (r) => {
    const a = figure(r, 30, 1800, '个');
    return { text: `全市已建成${pick(r, STATIONS)}${a.text}，镇街实现全覆盖。`, figures: [a] };
  },
  (r) => {
    const a = figure(r, 2, 20, '项');
    const b = figure(r, 3, 30, '个');
    return { text: `常委会开展执法检查${a.text}，听取审议专项工作报告${b.text}。`, figures: [a, b] };
  },
  (r, c) => {
    const a = figure(r, 1, 9, '部');
    return {
      text: `全年制定和修改地方性法规${a.text}，其中《${c.fullName.hans}${pick(r, TOPICS)}条例》已于年内施行。`,
      figures: [a],
    };
  },
  (r) => {
    const a = figure(r, 200, 30000, '个');
    return { text: `代表们帮助群众解决“${pick(r, ISSUES)}”等实际问题${a.text}。`, figures: [a] };
  },
  (r) => {
    const a = figure(r, 5, 40, '项');
    const b = figure(r, 2, 300, '亿元');
    return {
      text: `票决产生的民生实事项目共${a.text}，计划总投资${b.text}，年底前全部推进到位。`,
      figures: [a, { ...b, value: b.value * 1e8, unit: '元' }],
    };
  },
  (r) => {
    const a = figure(r, 20, 600, '场');
    const b = figure(r, 1000, 80000, '人次', true);
    return { text: `代表讲坛走进社区和企业${a.text}，听众${b.text}。`, figures: [a, b] };
  },
  (_r, c) => ({
    text: `${c.name.hans}在全省率先建成覆盖全部联络站的“数字人大”平台，群众可以在线约见代表。`,
    figures: [],
  }),
  (r) => ({
    text: `各区县人大结合实际探索“${pick(r, ['板凳议事', '田埂议事', '楼道议事', '圆桌议事', '夜间议事'])}”等做法，议事形式更加灵活。`,
    figures: [],
  }),
];

const HEADINGS = [
  '学习走深走实',
  '联系群众更紧',
  '监督聚焦民生',
  '立法回应关切',
  '平台建设提速',
  '代表作用发挥',
  '基层治理创新',
  '服务大局有力',
];

/** One city's report: front matter, then three to five headed sections of shuffled template sentences. */
export function syntheticReport(city: City, index: number, random: Random): SyntheticReport {
  const order = TEMPLATES.map((template, i) => ({ template, key: random() + (i === 0 ? -1 : 0) }))
    .sort((a, b) => a.key - b.key)
    .slice(0, between(random, 8, TEMPLATES.length));
  const sentences = order.map(({ template }) => template(random, city));
  const sections = between(random, 3, 5);
  const headings = shuffle(random, HEADINGS).slice(0, sections);
  const per = Math.ceil(sentences.length / sections);
  const body: string[] = [];
  for (let s = 0; s < sections; s++) {
    const part = sentences.slice(s * per, (s + 1) * per);
    if (part.length === 0) break;
    if (s > 0) body.push(`## ${headings[s]}`);
    body.push(part.map((sentence) => sentence.text).join(''));
  }
  const month = String(between(random, 1, 12)).padStart(2, '0');
  const day = String(between(random, 1, 28)).padStart(2, '0');
  const markdown = [
    '---',
    `city: ${city.name.hans}`,
    `source: ${city.name.hans}市人大常委会办公室`,
    `date: 2024-${month}-${day}`,
    `title: ${city.name.hans}：${headings[0]}`,
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
  return {
    city,
    file: `${String(index + 1).padStart(3, '0')}-${city.code}.md`,
    markdown,
    figures: sentences.flatMap((sentence) => sentence.figures),
  };
}

/**
 * `count` reports for distinct prefecture-level cities, in a seeded shuffle of the gazetteer so a sample of 100
 * spans many provinces. Past the gazetteer's cities (for the 2,000-city scale run) the shuffle repeats with
 * numbered districts of each city (南京二区 …), so every report still has a name of its own.
 */
export function syntheticReports(count: number, seed = 9): SyntheticReport[] {
  const random = prng(seed);
  const shuffled = CITIES.map((city) => ({ city, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ city }) => city);
  const numerals = '一二三四五六七八九十';
  const cities = Array.from({ length: count }, (_, i) => {
    const city = shuffled[i % shuffled.length] as City;
    const round = Math.floor(i / shuffled.length);
    if (round === 0) return city;
    const district = `${round < 10 ? numerals[round] : round + 1}区`;
    return {
      ...city,
      code: `${city.code}-${round + 1}`,
      name: { ...city.name, hans: `${city.name.hans}${district}` },
    };
  });
  return cities.map((city, index) => syntheticReport(city, index, random));
}
