import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts.js';

/** The figure written as `written`, with what the extractor read it as counting. */
function figure(text: string, written: string) {
  const found = extractFacts(text).metrics.find((m) => m.text === written);
  if (!found) throw new Error(`no figure ${written} in ${text}`);
  return found;
}

describe('what a figure counts, from the words around it (issue 14)', () => {
  it('a change right after an amount is the change of that amount, and a rate', () => {
    const text = '全区一般公共预算收入300亿元，同比增长5.1%；';
    expect(figure(text, '300亿元')).toMatchObject({ category: 'other', role: 'money' });
    expect(figure(text, '5.1%')).toMatchObject({ label: '一般公共预算收入同比增长', category: 'rate' });
  });

  it('a named rate keeps its own name and takes nothing from the figure before it', () => {
    const m = figure('形成典型案例12項，整改率超過85%。', '超過85%');
    expect(m.label).toBe('整改率');
    expect(m.category).toBe('rate');
  });

  it('money recovered by rectification is a problem solved; money an audit struck off is supervision', () => {
    const text = '審計發現問題資金2億元，督促追回5000萬元；審減金額1,200萬元。';
    expect(figure(text, '5000萬元').category).toBe('problems_solved');
    expect(figure(text, '1,200萬元').category).toBe('supervision');
  });

  it('a part introduced by 其中 is named by the whole it belongs to, and restates it', () => {
    const text = '形成调研报告十篇，其中3篇获评优秀。';
    const whole = figure(text, '十篇');
    const part = figure(text, '3篇');
    expect(part.label).toBe('获评优秀的调研报告');
    expect(part.indicator).toBe(whole.indicator);
    expect(part.restates).toEqual(whole.span);
  });

  it('the second item of a list is named by its own noun, not by the first item', () => {
    const text = '常委会印发包含9条意见建议和4条问题清单的审议意见书。';
    expect(figure(text, '9条').label).toMatch(/意见建议$/);
    expect(figure(text, '4条').label).toBe('问题清单');
    expect(figure(text, '4条').indicator).not.toBe(figure(text, '9条').indicator);
  });

  it('a list with the amount after each item: a noun item is its own thing, a verb item counts its own doings', () => {
    const noun = '常委会列明意见建议9条、问题清单4条。';
    expect(figure(noun, '4条').label).toBe('问题清单');
    expect(figure(noun, '4条').indicator).not.toBe(figure(noun, '9条').indicator);
    const times = '今年召开座谈会6次、视察21次。';
    expect(figure(times, '21次')).toMatchObject({ label: '视察', category: 'supervision' });
    // A verb that counts things still takes its neighbour's noun (审议 and 通过 the same 法规), as does a word the
    // lexicon knows no thing by (废止, 县级).
    expect(figure('审议法规12件、通过10件。', '10件').label).toBe('通过法规');
    expect(figure('制定地方性法规2部、修改3部、废止1部。', '1部').category).toBe('legislation');
    expect(figure('举办学习班30期，其中市级6期、县级24期。', '24期').category).toBe('training');
  });

  it("an item with no verb of its own is what the list's verb governs (代表提出议案…、建议…)", () => {
    const text = '闭会期间代表提出议案4件、建议211件。';
    expect(figure(text, '211件').indicator).toBe(figure('代表提出建议9件。', '9件').indicator);
    expect(figure(text, '211件').category).toBe('suggestions');
    // A bill is no suggestion: never added to them.
    expect(figure(text, '4件').indicator).not.toBe(figure(text, '211件').indicator);
    expect(figure('代表们共提出议案和建议356件。', '356件').indicator).toBe(figure(text, '211件').indicator);
    // Without the list's verb, 建议 alone names the opinions collected: a different thing.
    expect(figure('收集建议211件。', '211件').indicator).not.toBe(figure(text, '4件').indicator);
  });

  it("a standing committee's bills deliberated are not deputies' suggestions, and its name is not the label", () => {
    const bills = figure('泰州市人大常委会全年审议议案17件。', '17件');
    expect(bills.label).toBe('审议议案');
    expect(bills.indicator).not.toBe(figure('代表提出议案4件。', '4件').indicator);
    expect(figure('常委会审议法规草案6件、议案3件。', '3件').indicator).toBe(bills.indicator);
    expect(figure('全年审议通过议案21件。', '21件').indicator).toBe(bills.indicator);
    expect(figure('盐城市人大常委会机关累计开展学习研讨9次。', '9次').label).toBe('开展学习研讨');
  });

  it('a figure’s noun is no part of the next figure’s label (…的412件建议交由53家承办单位办理)', () => {
    const text = '将市十六届人大二次会议期间代表提出的412件建议交由53家承办单位办理。';
    // A phrase of when and the object marker 将 open no label; who put them forward does.
    expect(figure(text, '412件')).toMatchObject({ label: '代表提出的建议', category: 'suggestions' });
    expect(figure(text, '412件').indicator).toBe(figure('代表提出建议9件。', '9件').indicator);
    // 53 offices that handle them are no suggestions, and 办理 is no part of their noun, nor of others'.
    expect(figure(text, '53家').label).not.toMatch(/建议|办理/);
    expect(figure('跟踪27个民生实事项目办理进度。', '27个').label).toBe('跟踪民生实事项目');
    expect(figure(text, '53家').category).not.toBe('suggestions');
  });

  it('a long topic, then 共 and the verb counted, is named by the verb, not by a cut of the topic', () => {
    const text = '党组深入学习宪法和地方组织法、代表法等法律关于人大工作的重要规定共学习17次。';
    expect(figure(text, '17次')).toMatchObject({ label: '学习', category: 'training' });
  });

  it('people named before the figure are named so, not by what befell them', () => {
    const m = figure('优秀代表120名受到表扬。', '120名');
    expect(m.label).toBe('优秀代表');
    expect(m.category).toBe('deputies');
  });

  it('a label does not end with the 有 that states the amount', () => {
    expect(figure('参与的代表有600多人次，反映的问题有530余件。', '600多人次').label).toBe('参与的代表');
    expect(figure('参与的代表有600多人次，反映的问题有530余件。', '530余件').label).toBe('反映的问题');
    // Nor with the 占 that states a share (占比 is a noun, and stays).
    expect(figure('其中被采纳或部分采纳的占61.5%。', '61.5%').label).toBe('被采纳或部分采纳');
    expect(figure('青年代表占比19.2%。', '19.2%').label).toBe('青年代表占比');
  });

  it('connectives alone before a figure (其中, 另有) are no part of its label', () => {
    const text = '反映的问题有530余件，其中480余件得到推动解决；另有9个事项成为年度民生实事的候选项目。';
    expect(figure(text, '480余件').label).toBe('得到推动解决');
    // Named by the words after it, it counts as they say: problems solved, an outcome.
    expect(figure(text, '480余件')).toMatchObject({ role: 'outcome', category: 'problems_solved' });
    expect(figure(text, '9个').label).toBe('事项');
    expect(figure('全市代表家站点120个，另外新建32个联络站。', '32个').label).toBe('新建联络站');
  });

  it('a part that nothing short names keeps its 其中 and is named by its whole', () => {
    const text = '征集意见建议600条，其中80条被编入下一年度民生实事项目或城市建设重点工程的计划。';
    const part = figure(text, '80条');
    expect(part.label).toBe('意见建议');
    expect(part.restates).toEqual(figure(text, '600条').span);
  });

  it('a figure after a preposition, or after 为, is named by its own noun', () => {
    expect(figure('900多名代表以全市120个代表小组为单位开展走访。', '120个').label).toBe('代表小组');
    const m = figure('民生议案被拆解为12项年度任务。', '12项');
    expect(m.label).toBe('年度任务');
    expect(m.category).not.toBe('suggestions');
  });

  it('a topic and a verb of doing before the figure: the topic names what was counted', () => {
    expect(figure('今年代表论坛开了40期。', '40期').label).toBe('代表论坛');
    expect(figure('到年底，宣讲已办了30余场。', '30余场').label).toBe('宣讲');
    expect(figure('立法调研共组织500次。', '500次').label).toBe('立法调研');
    // Without an adverb or 了 the verb may end a noun: 基层党组织 stays whole.
    expect(figure('新建基层党组织12个。', '12个').label).toMatch(/党组织$/);
  });

  it('a label starts with no 的 and ends with no adverb of the amount', () => {
    expect(figure('今年的民生实事共12项。', '12项').label).toBe('民生实事');
    expect(figure('基础教育、公共交通、保障性住房等方面的调研报告共有15篇。', '15篇').label).toBe('调研报告');
    expect(figure('全年集中学习先后9次。', '9次').label).toBe('学习');
  });

  it('things followed by what came of them are an outcome, not a count of things filed', () => {
    expect(figure('今年共收到代表建议500件。', '500件').role).not.toBe('outcome');
    expect(figure('领导领办督办代表建议，30件重点建议办出了实效。', '30件').role).toBe('outcome');
    expect(figure('代表建议80件均已办结。', '80件').role).toBe('outcome');
  });

  it('a 的 between the words of an indicator does not part them: 反映的问题 are 反映问题', () => {
    const text = '参与的代表有600多人次，反映的问题有530余件；反映问题210件。';
    expect(figure(text, '530余件').indicator).toBe(figure(text, '210件').indicator);
    expect(figure(text, '530余件').category).toBe('suggestions');
  });

  it('a verb made a noun by 活动 names the activity, with the verb before it', () => {
    const m = figure('在3个点位进行了12场视察活动。', '12场');
    expect(m.label).toBe('进行视察活动');
    expect(m.category).toBe('supervision');
  });

  it('a figure whose label names nothing known takes its category from its clause, never its indicator', () => {
    const text = '全县40个村居设立代表联系点，新建联络站8个。';
    const villages = figure(text, '40个');
    expect(villages.category).toBe('platforms');
    // Villages are not stations: the two are never added up.
    expect(villages.indicator).not.toBe(figure(text, '8个').indicator);
  });

  it('hearing reports and pressing suggestions are supervision; 票决 picks livelihood projects', () => {
    expect(figure('聽取審議專項工作報告9項。', '9項').category).toBe('supervision');
    expect(figure('重点督办建议十五件。', '十五件').category).toBe('supervision');
    expect(figure('各镇开展民生票决30场。', '30场').category).toBe('projects');
  });

  it('a figure named by its verb alone takes the noun of the figure before it for its label, not its sum', () => {
    const text = '各代表小组全年共收集群众急难问题120个，已解决96个。';
    const solved = figure(text, '96个');
    expect(solved.label).toBe('解决群众急难问题');
    expect(solved.indicator).toBe('problems_solved|items|outcome');
    expect(figure('共收集群眾急難問題120個，已解決96個。', '96個').label).toBe('解決群眾急難問題');
    // A figure in another clause, or of another family, lends nothing.
    expect(figure('收集群众急难问题120个。全年已解决96个。', '96个').label).toBe('解决');
  });

  it('suggestions solicited are collected like those received; those answered are an outcome, added to neither', () => {
    const received = figure('全年收集群众意见建议1,200条。', '1,200条');
    const solicited = figure('今年共征得群众意见建议3000多条。', '3000多条');
    expect(solicited).toMatchObject({ category: 'suggestions', role: 'output' });
    expect(solicited.indicator).toBe(received.indicator);
    const answered = figure('接待日当场答复代表建议500条。', '500条');
    expect(answered.role).toBe('outcome');
    expect(answered.indicator).not.toBe(received.indicator);
  });

  it('items counted each time handled (件次) are added only to their like, never to items (件, 条)', () => {
    const text = '全年收集转交群众意见建议2,400件次，另征集意见建议90条，转办民生诉求300件次。';
    const times = figure(text, '2,400件次');
    const items = figure(text, '90条');
    expect(times.category).toBe('suggestions');
    expect(items.category).toBe('suggestions');
    expect(times.indicator).not.toBe(items.indicator);
    expect(figure('今年收集轉交意見建議1,200條次。', '1,200條次').indicator).toBe(times.indicator);
  });

  it('suggestions a congress presses are supervision, never added to the suggestions it received', () => {
    const text =
      '全年收到群众意见建议1,200条，选取群众关心的15件建议进行跟踪督办；對集中反映的8件建議開展重點督辦。';
    const received = figure(text, '1,200条');
    expect(received).toMatchObject({ category: 'suggestions', label: '收到群众意见建议' });
    const pressed = figure(text, '15件');
    expect(pressed).toMatchObject({ category: 'supervision', label: '进行跟踪督办的建议', role: 'activity' });
    expect(pressed.indicator).not.toBe(received.indicator);
    // Either script, the source's own words.
    expect(figure(text, '8件')).toMatchObject({ category: 'supervision', label: '開展重點督辦的建議' });
    // A noun followed by another verb stays what it was.
    expect(figure('共收集意见建议300件并及时转交办理。', '300件').category).toBe('suggestions');
  });

  it('things counted and then said to be solved, with adverbs between, are problems solved; a back-reference is no label', () => {
    const text =
      '代表帮群众办成难事520个。年底，前面提到的520个实际问题也由此得到解决；另有30个问题得到推动解决。';
    const [first, again, more] = extractFacts(text).metrics;
    expect(first).toMatchObject({ role: 'outcome', indicator: 'problems_solved|items|outcome' });
    expect(again).toMatchObject({
      label: '实际问题',
      role: 'outcome',
      indicator: 'problems_solved|items|outcome',
    });
    // The second statement of the same 520 restates the first: a sum counts it once.
    expect(again?.restates).toEqual(first?.span);
    expect(more).toMatchObject({ role: 'outcome', indicator: 'problems_solved|items|outcome' });
  });

  it('a noun followed by a verb of doing and its particle is named by the noun alone', () => {
    expect(figure('全年安排调研任务30项，其中18项重点课题做了专题调研。', '18项')).toMatchObject({
      label: '重点课题',
      indicator: 'research_topics|items|stock',
    });
  });

  it('a verb and 的 right after the figure qualify the noun after them, and say how the things came to be', () => {
    const text = '常委会建立联系制度，让6个新组建的区人大代表监督组跟进重点项目。';
    expect(figure(text, '6个')).toMatchObject({
      label: '新组建的区人大代表监督组',
      role: 'output',
      category: 'supervision',
    });
  });

  it('a long clause is cut after a closing quote, never inside a word', () => {
    const text = '代表们围绕“老旧小区加装电梯”“社区居家养老服务体系建设”集中视察12次。';
    expect(figure(text, '12次')).toMatchObject({ label: '集中视察', category: 'supervision' });
  });

  it('a known thing, where, an adverb and a verb of making before the figure: named by the verb and the thing', () => {
    expect(figure('基层立法联系点在全省已建成45个。', '45个')).toMatchObject({
      label: '建成基层立法联系点',
      indicator: 'legislative_points|items|output',
    });
    expect(figure('代表履职服务站新建18个。', '18个').label).toBe('新建代表履职服务站');
    // Not a topic that ends with a verb of its own, nor events (the visits are counted, not who made them).
    expect(figure('群众意见收集转交420件。', '420件').label).toBe('群众意见收集转交');
    expect(figure('调研组共走访20次。', '20次').label).not.toBe('调研组');
    // People keep their verb: those who spoke, not the forum.
    expect(figure('代表讲坛已开讲19人次。', '19人次').label).toBe('代表讲坛已开讲');
  });

  it('a rate that rose or fell to a new value is named as the rate it was, with no verb or adverb in either label', () => {
    const text = '全年建议办结率由72%提升至96%，群众满意率已超过90%。';
    expect(figure(text, '72%').label).toBe('建议办结率');
    expect(figure(text, '96%')).toMatchObject({
      label: '建议办结率',
      indicator: figure(text, '72%').indicator,
    });
    expect(figure(text, '超过90%').label).toBe('群众满意率');
  });

  it('words of when are no part of a label', () => {
    expect(figure('一年来新增代表联络站12个。', '12个').label).toBe('新增代表联络站');
  });

  it('a short title right before the figure is named with its verb; a long one is left to the law reader', () => {
    const text = '全年编发《监督工作专报》12期，出版《代表风采录》1部。';
    expect(figure(text, '12期').label).toBe('编发《监督工作专报》');
    expect(figure(text, '1部').label).toBe('出版《代表风采录》');
    const law = '审议通过《东湖市城市绿化管理条例（修订草案）》1件。';
    expect(figure(law, '1件').label).not.toContain('《');
  });

  it('a verb phrase after the figure stops before a next item that has a figure of its own', () => {
    const text = '全年举办代表培训班120期3600人次参训、代表讲坛45期。';
    expect(figure(text, '3600人次')).toMatchObject({ label: '参训', category: 'training' });
    // A list of verbs with no figure after it is one phrase.
    expect(figure('组织5000多名代表进村入户、进园入企。', '5000多名').label).toContain('进园入企');
  });

  it('a verb and a list of its objects closed by 等 before the figure: the verb, its first object and 等', () => {
    const text = '常委会坚持“第一议题”制度，全年深入学习宪法精神、监督法和代表法有关规定等18次。';
    expect(figure(text, '18次')).toMatchObject({ label: '学习宪法精神等', category: 'training' });
  });

  it('a figure of the same unit opening the next clause with 有 is a part of the one before, as after 其中', () => {
    const text = '代表们提出意见建议520条，有86条最终写进了2025年度的工作要点。';
    const whole = figure(text, '520条');
    const part = figure(text, '86条');
    expect(part).toMatchObject({ label: '最终写进的意见建议', indicator: whole.indicator });
    // A part restates its whole: a sum counts the whole once.
    expect(part.restates).toEqual(whole.span);
    // Another unit is no part: 20 deputies are not 20 of the 500 people visited.
    expect(figure('走访群众500人，有20名代表参加。', '20名').restates).toBeNull();
  });

  it('a change in percentage points after a rate is the change of that rate, a thing of its own', () => {
    const text = '全市基层一线代表占比达52%，比上届提高3.5个百分点。';
    const change = figure(text, '3.5个百分点');
    expect(change.label).toBe('基层一线代表占比比上届提高');
    expect(change.indicator).not.toBe(figure(text, '52%').indicator);
  });

  it('people named by what they did are named without the figures inside it', () => {
    const text = '当天，2150名代表深入218处联络站接待群众4300人。';
    expect(figure(text, '2150名').label).toBe('深入联络站接待群众的代表');
    // A figure before a one-character noun stays: 分为组 would say nothing.
    expect(figure('300多名代表分为5个组。', '300多名').label).toBe('分为5个组的代表');
  });

  it('problem lists handed on to the government are added only to such lists, not to opinions or to supervision', () => {
    const text =
      '代表们收集并反映问题建议400余条；座谈会后，常委会向区政府交办问题建议清单42件，并组建监督组6个。';
    const collected = figure(text, '400余条');
    expect(collected).toMatchObject({ category: 'suggestions', indicator: 'opinions|items|output' });
    const handedOn = figure(text, '42件');
    expect(handedOn.category).toBe('supervision');
    expect(handedOn.label).toContain('交办问题建议清单');
    expect(handedOn.indicator).not.toBe(collected.indicator);
    expect(handedOn.indicator).not.toBe(figure(text, '6个').indicator);
    // Either script, with or without 建议: the same lists.
    expect(figure('市人大常委會向市政府交辦問題清單三十條。', '三十條').indicator).toBe(handedOn.indicator);
  });
});
