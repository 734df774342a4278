import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts.js';

const figures = (text: string) =>
  extractFacts(text).metrics.map(({ value, valueMax, unit, qualifier, text: written }) => ({
    value,
    valueMax,
    unit,
    qualifier,
    text: written,
  }));
const one = (text: string) => {
  const all = figures(text);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('figures: number forms and units', () => {
  it.each([
    ['組織專題調研1198次', 1198, '次', '1198次'],
    ['收集意見建議12,806條', 12806, '條', '12,806條'],
    ['通過８件法規', 8, '件', '８件'],
    ['舉辦學習班十二期', 12, '期', '十二期'],
    ['全市一千二百名代表', 1200, '名', '一千二百名'],
    ['聽眾兩萬人次', 20000, '人次', '兩萬人次'],
    ['接待群眾3.3 萬人次', 33000, '人次', '3.3 萬人次'],
    ['接待選民3萬6,171人次', 36171, '人次', '3萬6,171人次'],
    ['完成投資48.6亿元', 4_860_000_000, '元', '48.6亿元'],
    ['審減金額9,860萬元', 98_600_000, '元', '9,860萬元'],
    ['資產總額1萬億元', 1_000_000_000_000, '元', '1萬億元'],
    ['辦成率96.4%', 96.4, '%', '96.4%'],
    ['辦成率96.4％', 96.4, '%', '96.4％'],
    ['辦成率百分之九十三', 93, '%', '百分之九十三'],
    ['提高3.5个百分点', 3.5, '个百分点', '3.5个百分点'],
    ['提升2.1個百分點', 2.1, '個百分點', '2.1個百分點'],
    ['形成調研報告20篇', 20, '篇', '20篇'],
    ['制定修訂地方性法規8 件', 8, '件', '8 件'],
  ])('%s', (text, value, unit, written) => {
    expect(one(text)).toMatchObject({ value, unit, text: written, qualifier: 'exact', valueMax: null });
  });
});

describe('figures: the units of an economy’s report', () => {
  it.each([
    ['風電裝機容量達到1180萬千瓦', 11_800_000, '千瓦', '1180萬千瓦'],
    ['全社会用电量650亿千瓦时', 65_000_000_000, '千瓦时', '650亿千瓦时'],
    ['集装箱吞吐量320万标箱', 3_200_000, '标箱', '320万标箱'],
    ['造船完工56艘', 56, '艘', '56艘'],
    ['日供水能力45万立方米', 450_000, '立方米', '45万立方米'],
    ['全年产粮92.5万吨', 925_000, '吨', '92.5万吨'],
    ['收购生猪1.6万公斤', 16_000, '公斤', '1.6万公斤'],
  ])('%s: %d %s', (text, value, unit, written) => {
    expect(one(text)).toMatchObject({ value, unit, text: written });
  });

  it('reads no 架 that opens another word (架构, 架设)', () => {
    expect(figures('优化3架构')).toEqual([]);
    expect(figures('新增运输机12架')).toMatchObject([{ value: 12, unit: '架' }]);
  });
});

describe('figures: qualifiers', () => {
  it.each([
    ['人大代表講壇80 余場', 80, 'more_than', '80 余場'],
    ['8300 餘名代表', 8300, 'more_than', '8300 餘名'],
    ['代表3600 多人次', 3600, 'more_than', '3600 多人次'],
    ['引導1萬多名代表', 10000, 'more_than', '1萬多名'],
    ['觀看2.5 萬余次', 25000, 'more_than', '2.5 萬余次'],
    ['開設講壇三十余場', 30, 'more_than', '三十余場'],
    ['提出意見1,900條以上', 1900, 'more_than', '1,900條以上'],
    ['形成調研成果近300 項', 300, 'nearly', '近300 項'],
    ['瀏覽將近80萬次', 800000, 'nearly', '將近80萬次'],
    ['辦成率超80%', 80, 'over', '超80%'],
    ['整改率超過80%', 80, 'over', '超過80%'],
    ['走訪企業逾1,500家', 1500, 'over', '逾1,500家'],
    ['惠及群眾突破100萬人次', 1_000_000, 'over', '突破100萬人次'],
    ['解決問題約4,200個', 4200, 'approx', '約4,200個'],
    ['總投資大約15億元', 1_500_000_000, 'approx', '大約15億元'],
    ['吸引300人左右參加', 300, 'approx', '300人左右'],
  ])('%s', (text, value, qualifier, written) => {
    expect(one(text)).toMatchObject({ value, qualifier, text: written });
  });

  it('does not read 最近 or 附近 as "nearly"', () => {
    expect(one('最近3次會議')).toMatchObject({ value: 3, qualifier: 'exact', text: '3次' });
  });
});

describe('figures: ranges, changes and figures in a row', () => {
  it('reads 3萬至4萬戶 as one range', () => {
    expect(one('覆蓋3萬至4萬戶居民')).toEqual({
      value: 30000,
      valueMax: 40000,
      unit: '戶',
      qualifier: 'range',
      text: '3萬至4萬戶',
    });
  });
  it.each([
    ['議定事項15到20件', 15, 20, '件'],
    ['舉辦培訓10-12期', 10, 12, '期'],
    ['占比30%至40%', 30, 40, '%'],
  ])('%s', (text, value, valueMax, unit) => {
    expect(one(text)).toMatchObject({ value, valueMax, unit, qualifier: 'range' });
  });

  it('reads a change phrase as two figures', () => {
    expect(figures('國產化率由71%提升到100%')).toMatchObject([
      { value: 71, unit: '%', text: '71%' },
      { value: 100, unit: '%', text: '100%' },
    ]);
  });

  it('reads two quantities in a row as two figures', () => {
    expect(figures('舉辦培訓班164 期4412 人次參訓')).toMatchObject([
      { value: 164, unit: '期', text: '164 期' },
      { value: 4412, unit: '人次', text: '4412 人次' },
    ]);
    expect(figures('存在的20 條27 個具體問題').map((f) => f.value)).toEqual([20, 27]);
  });
});

describe('not figures', () => {
  it.each([
    ['dates and years', '2023年12月8日召開會議，2023 年12 月中旬完成'],
    ['a Chinese year and a plan name', '“十四五”規劃和二〇三五年遠景目標'],
    ['plan name unquoted', '十四五規劃實施'],
    ['times', '9時至17時值守，24小時在線'],
    ['slogans and brands in quotes', '緊盯“四個走在前”，開展“132、找代表”活動，打造“343”創新產業集群'],
    ['brand in corner brackets', '開展「18部法規回頭看」工作'],
    ['formulas', '構建1+4+1+N路徑，配備2+1履職幫手團，推進1+8專項行動'],
    ['addresses and serial numbers', '勞動路1110號1幢2幢樓道，編號為001 號的證書'],
    ['ordinals', '作為第一議題，第二批主題教育，首期講壇，第3批名單'],
    ['anniversaries and ages', '成立40周年座談會，四十週年，年滿60歲'],
    ['titles in 《》', '編印《市人大代表的100個問題》'],
    ['rhetorical small Chinese numerals', '突出三個重點，從四個方面入手，一批項目，每季度開展一次'],
    ['vague counts', '數十家企業，十幾個部門'],
    ['model and version names', '建設5G基站，PM2.5濃度，空中人大2.0'],
    ['durations', '連續10 年開展，一個月內拆除'],
  ])('%s', (_case, text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('labels and categories', () => {
  it('labels a figure by the words before it, or the noun after it', () => {
    const [research, deputies] = extractFacts('確定調研課題36項。活動中,8300余名代表按照要求履職').metrics;
    expect(research).toMatchObject({ label: '確定調研課題', category: 'research' });
    expect(deputies).toMatchObject({ label: '代表', category: 'deputies' });
  });
  it('names a figure of its verb alone (办结) by what its sentence put forward before it, with no figure to lend it', () => {
    const [visits, handled] = extractFacts(
      '组织代表走访选民1.2万人次，对收集到的意見建議逐条分类交办，已办结2870条，办结率96.5%。',
    ).metrics;
    expect(visits?.category).toBe('visits');
    // Suggestions dealt with are what came of the suggestions, never problems solved.
    expect(handled).toMatchObject({
      label: '办结意見建議',
      role: 'outcome',
      indicator: 'opinions:办结|items|outcome',
      category: 'suggestions',
    });
    // A problem solved stays one, named by the problems its sentence spoke of.
    expect(extractFacts('针对群众反映的难题，已化解320个。').metrics[0]).toMatchObject({
      label: '化解难题',
      category: 'problems_solved',
    });
    // Not across a sentence's end, and not for a verb of making (形成 names no thing dealt with).
    expect(extractFacts('收集意见建议。已办结20条。').metrics[0]?.label).toBe('办结');
    expect(extractFacts('把“1号议案”放在首位办理，形成5大类25项办理成果。').metrics[0]?.label).toBe('形成');
  });

  it('reads past a list of titles before a figure to its verb: the titles are the things counted, not its label', () => {
    const label = (text: string) => extractFacts(text).metrics[0];
    expect(label('全年制定《东湖市物业管理条例》《东湖市养犬管理条例》2部地方性法规。')).toMatchObject({
      label: '制定地方性法规',
      role: 'output',
      indicator: 'laws|items|output',
    });
    expect(label('全年制定《物业管理条例》和《养犬管理条例》2部地方性法规。')?.label).toBe('制定地方性法规');
    expect(label('制定《物业管理条例》等3部法规。')?.label).toBe('制定法规');
    expect(label('出台《关于加强监督的决定》等决定3件。')?.label).toBe('出台决定');
    // One short title right before the figure is still the thing made.
    expect(label('编发《人大工作简报》48期。')?.label).toBe('编发《人大工作简报》');
  });

  it('labels a figure right after a colon by the words before it (代表建议：812件, a table’s row stated)', () => {
    const labels = (text: string) => extractFacts(text).metrics.map((m) => [m.label, m.text]);
    expect(labels('代表建议：812件；视察调研：46次；接待人次：2300人次。')).toEqual([
      ['代表建议', '812件'],
      ['视察调研', '46次'],
      ['接待人次', '2300人次'],
    ]);
    // A colon that opens a sentence (会议指出：) is no label: the figure's own clause still names it.
    expect(labels('会议指出：全年办结建议560件。')).toEqual([['办结建议', '560件']]);
  });

  it('gives output, revenue, tax, spending, income and assets each its own indicator: none is another', () => {
    const text =
      '全市地区生产总值5230亿元。一般公共预算收入320亿元，其中税收收入250亿元。一般公共预算支出410亿元。城镇居民人均可支配收入58200元。国有企业资产总额1200亿元。';
    const things = extractFacts(text).metrics.map((m) => m.indicator.split('|')[0]);
    expect(new Set(things).size).toBe(6);
  });

  it('counts the people a clause of all there are names before the figure as a stock (全市共有代表8300名)', () => {
    const roles = (text: string) => extractFacts(text).metrics.map((m) => [m.text, m.role]);
    expect(roles('全市共有代表8300名。组织代表300名参加视察。')).toEqual([
      ['8300名', 'stock'],
      ['300名', 'participants'],
    ]);
    expect(roles('全市现有五级人大代表四千三百名。全体代表420名出席会议。')).toEqual([
      ['四千三百名', 'stock'],
      ['420名', 'participants'],
    ]);
  });

  it('ends no label with the adverb of amounts given in turn (分别)', () => {
    const labels = extractFacts('城乡居民人均可支配收入分别为52100元和31200元。').metrics.map((m) => m.label);
    expect(labels[0]).toBe('城乡居民人均可支配收入');
  });

  it('names each amount given in turn by its own item of the list before 分别', () => {
    const read = (text: string) => extractFacts(text).metrics.map((m) => [m.text, m.label, m.category]);
    expect(read('全市审议法规、监督报告分别为12件和30件。')).toEqual([
      ['12件', '审议法规', 'legislation'],
      ['30件', '监督报告', 'supervision'],
    ]);
    expect(read('收到代表議案、建議和批評意見分別為3件、812件、40件。').map(([, label]) => label)).toEqual([
      '收到代表議案',
      '建議',
      '批評意見',
    ]);
    // The last two items joined by 和: each its own; both counted the way the verb after 分别 says.
    const joined = extractFacts('立法和监督工作分别开展12次、30次。').metrics;
    expect(joined.map((m) => [m.label, m.role])).toEqual([
      ['立法', 'activity'],
      ['监督工作', 'activity'],
    ]);
    // Spending after revenue is no revenue: it was added to the revenue before.
    const fiscal = extractFacts('一般公共预算收入和支出分别为612亿元和700亿元。').metrics;
    expect(fiscal.map((m) => m.indicator.split('|')[0])).toEqual(['fiscal_revenue', '支出']);
    // One compound noun for two figures: which is which is not said by a list, so neither takes the other's name.
    const income = extractFacts('城乡居民人均可支配收入分别为52100元和31200元。').metrics.map((m) => m.label);
    expect(income[0]).toBe('城乡居民人均可支配收入');
    expect(income[1]).not.toBe(income[0]);
  });

  it('names an amount of each item by the whole list (视察、调研各15次), in its own clause', () => {
    const metrics = extractFacts('审议报告8件，视察、调研各15次。').metrics;
    expect(metrics.map((m) => m.label)).toEqual(['审议报告', '视察、调研']);
  });

  it('counts a next item of a list the way the verb before the list does (建成代表之家126个、代表联络站1035个)', () => {
    const read = (text: string) => extractFacts(text).metrics.map((m) => [m.text, m.indicator]);
    expect(read('全市共建成代表之家126个、代表联络站1035个，实现全覆盖。')).toEqual([
      ['126个', 'stations|items|output'],
      ['1035个', 'stations|items|output'],
    ]);
    // Things there are stay things there are; an item with a verb of its own keeps its own role.
    expect(read('全市现有代表之家126个、代表联络站1035个。').map(([, key]) => key)).toEqual([
      'stations|items|stock',
      'stations|items|stock',
    ]);
    expect(read('举办培训班12期、培训代表860人次。').map(([, key]) => key)).toEqual([
      'training|times|activity',
      'training|person_times|participants',
    ]);
  });

  it('names a change against the same months a year before by the amount it changes (较去年同期增长15%)', () => {
    const [visits, change] = extractFacts('累计接待来访群众2.3万人次，较去年同期增长15%。').metrics;
    expect(change?.label).toBe(`${visits?.label}较去年同期增长`);
  });

  it('names what a city counts, not the city that counted it (南京市今年立法8件 → 立法, laws)', () => {
    const read = (text: string) =>
      extractFacts(text).metrics.map((m) => [m.label, m.indicator.split('|')[0]]);
    expect(read('常州市人大常委会今年立法、监督分别为8件和25件。')).toEqual([
      ['立法', 'laws'],
      ['监督', 'supervision'],
    ]);
    expect(read('南京市组织代表视察22次。')[0]?.[0]).toBe('组织代表视察');
    // The city is kept where its name runs into a word (市民) or names whose people they are.
    expect(read('南京市民参与评议3000人次。')[0]?.[0]).toBe('南京市民参与评议');
    // All there are in the city: a stock, whatever the city's name before 全市.
    expect(extractFacts('无锡全市8300余名人大代表对照要求履职。').metrics[0]?.role).toBe('stock');
  });

  it('names what an office’s quarterly report counts, without who acted, when, or the verb of the amount', () => {
    const labels = (text: string) => extractFacts(text).metrics.map((m) => m.label);
    expect(labels('一季度，衢州市新设经营主体1.3万户。')).toEqual(['新设经营主体']);
    expect(labels('舟山市上半年实现外贸进出口1260亿元。')).toEqual(['外贸进出口']);
    expect(labels('即办件占比提升至71%。')).toEqual(['即办件占比']);
    expect(labels('港口完成货物吞吐量1600万吨。港口货物吞吐量完成1.2亿吨。')).toEqual([
      '港口完成货物吞吐量',
      '港口货物吞吐量',
    ]);
    expect(labels('市委市政府召开民营企业座谈会4场。')).toEqual(['召开民营企业座谈会']);
    // Every word of the amount goes but the last one left (全面完成全市|…: 完成 stays, 全市 goes).
    expect(labels('全面完成全市860个代表联络站建设。')).toEqual(['完成代表联络站建设']);
  });

  it('names no place a figure was counted in: 县（市）, 各乡镇（街道）, 各县（市、区） say where, not what', () => {
    const labels = (text: string) => extractFacts(text).metrics.map((m) => m.label);
    expect(labels('常委会领导分赴5个区、县（市）开展接待活动10场。')[1]).toBe('开展接待活动');
    expect(labels('各乡镇（街道）共建成代表联络站74个。')).toEqual(['建成代表联络站']);
    expect(labels('各县（市、区）人大常委会组织代表视察41次。')).toEqual(['组织代表视察']);
  });

  it('lets a verb with a noun of its own keep it, not take its neighbour’s (走访企业…，收集问题…)', () => {
    const read = (text: string) => extractFacts(text).metrics.map((m) => m.label);
    expect(read('走访企业2100余家，收集问题860个。')).toEqual(['走访企业', '收集问题']);
    expect(read('走访选民3200人次，发现问题140个。')).toEqual(['走访选民', '发现问题']);
    // A verb alone still names its neighbour's thing (通过 passes the 法规 reviewed).
    expect(read('审议法规12件、通过10件。')).toEqual(['审议法规', '通过法规']);
  });

  it('counts suggestions dealt with as suggestions, not as problems solved (提出建议1356件，已办结1290件)', () => {
    const [filed, dealt] = extractFacts('全市代表共提出建议1356件，已办结1290件。').metrics;
    expect(filed?.indicator).toBe('deputy_suggestions|items|output');
    expect([dealt?.label, dealt?.indicator]).toEqual(['办结建议', 'deputy_suggestions:办结|items|outcome']);
    // Problems are still problems solved.
    expect(extractFacts('梳理出涉企难题93个，已化解81个。').metrics[1]?.indicator).toBe(
      'problems_solved|items|outcome',
    );
  });

  it('counts what came of suggestions by its verb: 办结 and 采纳 are different things, never added together', () => {
    const things = (text: string) => extractFacts(text).metrics.map((m) => m.indicator);
    expect(things('采纳意见建议120条。办结意见建议2300条。')).toEqual([
      'opinions:采纳|items|outcome',
      'opinions:办结|items|outcome',
    ]);
    // Collected or put forward, they are the suggestions themselves; problems solved are one thing however solved.
    expect(things('收集意见建议3200条。')[0]).toBe('opinions|items|output');
    expect(things('化解矛盾问题56个。解决问题80个。').map((i) => i.split('|')[0])).toEqual([
      'problems_solved',
      'problems_solved',
    ]);
  });

  it('counts what deputies put forward as deputies’ suggestions, however the words run (代表们共提出建议)', () => {
    const thing = (text: string) => extractFacts(text).metrics[0]?.indicator.split('|')[0];
    expect(thing('人大代表提出建议1356件。')).toBe('deputy_suggestions');
    expect(thing('全市五级人大代表共提出建议1356件。')).toBe('deputy_suggestions');
    expect(thing('代表们共提出议案和建议356件。')).toBe('deputy_suggestions');
    expect(thing('市人大代表提出的建议612件。')).toBe('deputy_suggestions');
    // What the public put forward stays opinions.
    expect(thing('收集群众提出的意见建议820条。')).toBe('opinions');
  });

  it('starts no label with the verb of having (全市共有五级人大代表四千三百名 counts 五级人大代表)', () => {
    expect(extractFacts('全市共有五级人大代表四千三百名。').metrics[0]?.label).toBe('五级人大代表');
    expect(extractFacts('全市現有聯絡站126個。').metrics[0]?.label).toBe('聯絡站');
  });

  it('files percentages as rates and lectures as lectures', () => {
    const [lectures, rate] = extractFacts('舉辦人大代表講壇80 余場;代表建議辦成率超80%').metrics;
    expect(lectures?.category).toBe('lectures');
    expect(rate?.category).toBe('rate');
  });
});

describe('units a report counts in, and what is not a unit (issue 14)', () => {
  it.each([
    ['新建道路12公里。', 12, '公里', 'length'],
    ['背街小巷整治200条。', 200, '条', 'items'],
    ['推廣新品種30種。', 30, '種', 'items'],
    ['連續3周開展走訪。', 3, '周', 'times'],
    ['議員提出議案27案。', 27, '案', 'items'],
  ])('%s', (text, value, unit, family) => {
    const [m] = extractFacts(text).metrics;
    expect(m).toMatchObject({ value, unit, family });
  });

  it('千伏 is a voltage, not a count of anything', () => {
    expect(extractFacts('建成500千伏變電站，架設220千伏線路。').metrics).toEqual([]);
  });

  it('an address is not a figure', () => {
    expect(extractFacts('地址：人民路88號3幢。').metrics).toEqual([]);
  });

  it('a report without figures stays without figures', () => {
    const text =
      '常委會堅持黨的領導，不斷提高履職能力，進一步密切同人民群眾的聯系。代表們深入基層，傾聽民聲。';
    expect(extractFacts(text).metrics).toEqual([]);
  });
});
