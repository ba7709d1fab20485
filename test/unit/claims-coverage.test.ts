// Phenomena met on real coverage of banks' results, each restated in our own words: where the claims
// layer bound too little (report names, list markers, standard comparison bases, HK typography) or too
// much (periods without a year, forecasts after the first item). Each case is a small corpus checked
// end to end through the analyzer, so the recognisers' output is part of what is tested.
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../server/src/core/analyze';
import { neverCancelled } from '../../server/src/core/cancellation';
import { unclaimedReasons } from '../../server/src/core/claims';
import { defaultCorpusConfig } from '../../server/src/core/config';
import { CorpusIndex } from '../../server/src/core/corpusIndex';
import type { DocumentFacts } from '../../server/src/core/types';
import { parseCorpus } from '../fixtures/realistic/corpus';

const analyzer = createAnalyzer(defaultCorpusConfig);

function analyse(corpus: string): { path: string; text: string; facts: DocumentFacts }[] {
  return parseCorpus(corpus).map(({ path, text }) => ({ path, text, facts: analyzer.analyze(path, text) }));
}

/** One line per claim: path: subject | metric | as-of ← figure text. */
function claimLines(corpus: string): string[] {
  const lines: string[] = [];
  for (const { path, facts } of analyse(corpus)) {
    for (const claim of facts.claims) {
      const period = claim.asOf.start === claim.asOf.end ? claim.asOf.start : `${claim.asOf.start}/${claim.asOf.end}`;
      lines.push(`${path}: ${claim.subject} | ${claim.metric} | ${period} ← ${facts.mentions[claim.mention]!.text}`);
    }
  }
  return lines;
}

/** The figures of a corpus left without a claim, with the reason the extractor gives. */
function unclaimedLines(corpus: string): string[] {
  const lines: string[] = [];
  for (const { path, text, facts } of analyse(corpus)) {
    const reasons = unclaimedReasons(text, facts.mentions, facts.documentDate, defaultCorpusConfig, neverCancelled);
    const claimed = new Set(facts.claims.map((claim) => claim.mention));
    facts.mentions.forEach((mention, index) => {
      if (mention.kind === 'figure' && !claimed.has(index)) lines.push(`${path}: ${mention.text} — ${reasons.get(index) ?? 'not reached'}`);
    });
  }
  return lines;
}

/** A corpus indexed as a whole, with each document's diagnostics as "path: code severity". */
function indexed(corpus: string): { documents: ReturnType<typeof analyse>; index: CorpusIndex; messages: string[] } {
  const index = new CorpusIndex(defaultCorpusConfig);
  const documents = analyse(corpus);
  for (const { facts } of documents) index.update(facts);
  const messages = documents.flatMap(({ path }) => index.diagnostics(path).map((diagnostic) => `${path}: ${diagnostic.code} ${diagnostic.severity}`));
  return { documents, index, messages };
}

const cases: { name: string; corpus: string; claims: string[]; unclaimed?: string[] }[] = [
  {
    name: 'a results headline without a date of its own names the year (年度成绩单) and 该行 the bank',
    corpus: `//- scorecard.txt
北辰银行晒出2024年度成绩单。数据显示，该行全年实现营业收入45.2亿元，同比微增1.3%；截至报告期末，总资产较上年末增长8.5%。
`,
    claims: [
      'scorecard.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 45.2亿元',
      'scorecard.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 增1.3%',
      'scorecard.txt: 北辰银行 | 资产总额同比增长 | 2024-12-31 ← 增长8.5%',
    ],
  },
  {
    name: 'an analyst note states its report period in a header (报告期：2024年度); ratios of balances are at its end',
    corpus: `//- note.txt
北辰银行2024年财报点评
报告期：2024年度 | 货币单位：人民币亿元

不良贷款率为1.02%，净息差为1.85%，核心一级资本充足率为10.4%。
`,
    claims: [
      'note.txt: 北辰银行 | 不良贷款率 | 2024-12-31 ← 1.02%',
      'note.txt: 北辰银行 | 净息差 | 2024-01-01/2024-12-31 ← 1.85%',
      'note.txt: 北辰银行 | 核心一级资本充足率 | 2024-12-31 ← 10.4%',
    ],
  },
  {
    name: 'English: a preliminary report names the year, whose shareholders is part of the metric, and ", a decline of" changes the level before it',
    corpus: `//- flash_en.txt
Beichen Bank released its 2024 performance preliminary report, achieving a net profit of 4.51 billion yuan for the year.
The group achieved operating income of 12.38 billion yuan, a decline of 0.5%; net profit attributable to the bank's shareholders was 4.02 billion yuan.
`,
    claims: [
      'flash_en.txt: Beichen Bank | 净利润 | 2024-01-01/2024-12-31 ← 4.51 billion yuan',
      'flash_en.txt: Beichen Bank | 营业收入 | 2024-01-01/2024-12-31 ← 12.38 billion yuan',
      'flash_en.txt: Beichen Bank | 营业收入同比增长 | 2024-01-01/2024-12-31 ← decline of 0.5%',
      'flash_en.txt: Beichen Bank | 归母净利润 | 2024-01-01/2024-12-31 ← 4.02 billion yuan',
    ],
  },
  {
    name: 'a period without a year (the first three quarters) is not the report period but takes the year of the date before it, and its change shares it; 前三季度 of the report year is resolved',
    corpus: `//- quarters_en.txt
Beichen Bank released its 2024 annual results. Net profit was 4.51 billion yuan.
In the first three quarters, net profit was 3.36 billion yuan, a year-on-year decrease of 0.6%.
//- quarters_zh.txt
北辰银行发布2024年年度报告。前三季度，该行净利润33.6亿元。
`,
    claims: [
      'quarters_en.txt: Beichen Bank | 净利润 | 2024-01-01/2024-12-31 ← 4.51 billion yuan',
      'quarters_en.txt: Beichen Bank | 净利润 | 2024-01-01/2024-09-30 ← 3.36 billion yuan',
      'quarters_en.txt: Beichen Bank | 净利润同比增长 | 2024-01-01/2024-09-30 ← decrease of 0.6%',
      'quarters_zh.txt: 北辰银行 | 净利润 | 2024-01-01/2024-09-30 ← 33.6亿元',
    ],
  },
  {
    name: 'the items after a forecast are forecasts too',
    corpus: `//- outlook.txt
---
date: 2025-03-27
---
北辰银行2024年实现净利润45.1亿元。展望2025年，预计营收增速0.6%，净利润增速1.2%。
`,
    claims: [
      'outlook.txt: 北辰银行 | 净利润 | 2024-01-01/2024-12-31 ← 45.1亿元',
      'outlook.txt: 北辰银行 | 营业收入同比增长预测 | 2025-01-01/2025-12-31 ← 0.6%',
      'outlook.txt: 北辰银行 | 净利润同比增长预测 | 2025-01-01/2025-12-31 ← 1.2%',
    ],
  },
  {
    name: 'Hong Kong typography: small full stops as decimal points, a list marker before the year, 集團之 the reporter',
    corpus: `//- hk.txt
北辰銀行股份有限公司 業績表現：
 - 2024年度，集團之股東應佔溢利增長1﹒2%至40﹒25億元，客戶存款為3﹐218億元。
`,
    claims: [
      'hk.txt: 北辰银行 | 归母净利润同比增长 | 2024-01-01/2024-12-31 ← 增長1﹒2%',
      'hk.txt: 北辰银行 | 归母净利润 | 2024-01-01/2024-12-31 ← 40﹒25億元',
      'hk.txt: 北辰银行 | 存款余额 | 2024-12-31 ← 3﹐218億元',
    ],
  },
  {
    name: 'a change against a distant base stays unclaimed, and so does the growth that follows it',
    corpus: `//- base.txt
---
date: 2024-08-01
---
截至2024年6月末，北辰银行涉农贷款余额1200亿元，较2019年末增加500亿元，增长71.4%。
`,
    claims: ['base.txt: 北辰银行 | 涉农贷款 | 2024-06-30 ← 1200亿元'],
    unclaimed: [
      'base.txt: 增加500亿元 — the base of a comparison (较…的), not a value of the period',
      'base.txt: 增长71.4% — the base of a comparison (较…的), not a value of the period',
    ],
  },
  {
    name: 'a whole noise word is no metric remnant (其中 does not leave 中)',
    corpus: `//- share.txt
---
date: 2025-05-16
---
截至2024年末，“微粒贷”累计服务客户超7000万，其中约18%为“首贷户”。
`,
    claims: [
      'share.txt: 微粒贷 | 客户数 | 2024-12-31 ← 超7000万',
      'share.txt: 微粒贷 | 首贷户占比 | 2024-12-31 ← 约18%',
    ],
  },
  {
    name: 'statistics: the population heading its clause is the subject, not the publisher; its items inherit it; a change shares its level\'s period',
    corpus: `//- stats.txt
---
date: 2024-06-28
---
中国人民银行发布数据显示，2024年一季度末银行共处理电子支付业务700.5亿笔，金额851.5万亿元。其中，移动支付业务443.3亿笔，同比增长7.4%。
`,
    claims: [
      'stats.txt: 银行 | 电子支付业务笔数 | 2024-01-01/2024-03-31 ← 700.5亿笔',
      'stats.txt: 银行 | 电子支付业务金额 | 2024-01-01/2024-03-31 ← 851.5万亿元',
      'stats.txt: 银行 | 移动支付业务笔数 | 2024-01-01/2024-03-31 ← 443.3亿笔',
      'stats.txt: 银行 | 移动支付业务笔数同比增长 | 2024-01-01/2024-03-31 ← 增长7.4%',
    ],
  },
  {
    name: 'English bases after a change: the previous quarter is period on period, another period is a base of its own; summaries\' citation markers go',
    corpus: `//- bases_en.txt
Beichen Bank reported its results for the fiscal year ending December 31, 2024. The provision coverage ratio was 231.5%, down 4.2 percentage points from the previous quarter [6]. The deposit cost was 1.81%, down 9 basis points from the first half of the year [4]. - The NPL ratio was 1.12%, up 3 basis points year on year [5].
`,
    claims: [
      'bases_en.txt: Beichen Bank | 拨备覆盖率 | 2024-12-31 ← 231.5%',
      'bases_en.txt: Beichen Bank | 拨备覆盖率环比增长 | 2024-12-31 ← down 4.2 percentage points',
      'bases_en.txt: Beichen Bank | 存款平均成本率 | 2024-01-01/2024-12-31 ← 1.81%',
      'bases_en.txt: Beichen Bank | 不良贷款率 | 2024-12-31 ← 1.12%',
      'bases_en.txt: Beichen Bank | 不良贷款率同比增长 | 2024-12-31 ← up 3 basis points',
    ],
  },
  {
    name: 'traditional statistics: 同比分別增長 pairs with the levels, and a card business counted in 筆 has its 金額',
    corpus: `//- cards_hant.txt
北辰銀行發佈《2024年第一季度支付體系運行總體情況》。一季度，銀行共處理電子支付業務70.5億筆，金額85.1萬億元，同比分別增長3.6%和2.3%。全國共發生銀行卡交易118.1億筆，金額28.4萬億元。
`,
    claims: [
      'cards_hant.txt: 银行 | 电子支付业务笔数 | 2024-01-01/2024-03-31 ← 70.5億筆',
      'cards_hant.txt: 银行 | 电子支付业务金额 | 2024-01-01/2024-03-31 ← 85.1萬億元',
      'cards_hant.txt: 银行 | 电子支付业务笔数同比增长 | 2024-01-01/2024-03-31 ← 增長3.6%',
      'cards_hant.txt: 银行 | 电子支付业务金额同比增长 | 2024-01-01/2024-03-31 ← 2.3%',
      'cards_hant.txt: 银行 | 银行卡交易笔数 | 2024-01-01/2024-03-31 ← 118.1億筆',
      'cards_hant.txt: 银行 | 银行卡交易金额 | 2024-01-01/2024-03-31 ← 28.4萬億元',
    ],
  },
  {
    name: 'a year opening a list item governs the sub-items indented under it, and decimals after a small full stop are not a digit run',
    corpus: `//- quote_hant.txt
北辰銀行 業績表現：
 - 2024年度，集團之股東應佔溢利增長0﹒5%至1438﹒06億元。各業務概況如下
   ：
   （一）淨利息收入減少1﹒6%至211﹒77億元；
   （二）非利息收入增加1﹒0%至123﹒12億元。
 - 北辰銀行在香港設有分行。
`,
    claims: [
      'quote_hant.txt: 北辰银行 | 归母净利润同比增长 | 2024-01-01/2024-12-31 ← 增長0﹒5%',
      'quote_hant.txt: 北辰银行 | 归母净利润 | 2024-01-01/2024-12-31 ← 1438﹒06億元',
      'quote_hant.txt: 北辰银行 | 利息净收入同比增长 | 2024-01-01/2024-12-31 ← 減少1﹒6%',
      'quote_hant.txt: 北辰银行 | 利息净收入 | 2024-01-01/2024-12-31 ← 211﹒77億元',
      'quote_hant.txt: 北辰银行 | 非利息净收入同比增长 | 2024-01-01/2024-12-31 ← 增加1﹒0%',
      'quote_hant.txt: 北辰银行 | 非利息净收入 | 2024-01-01/2024-12-31 ← 123﹒12億元',
    ],
  },
  {
    name: 'the age of a lexicon organisation or product is a claim as of the document date; other durations are not',
    corpus: `//- age.txt
---
date: 2024-12-16
---
2014年12月16日，微众银行在深圳成立。10年来，微众银行坚持普惠金融。“微粒贷”上线9年来累计服务客户超7000万，近5年来不良率保持低位。
//- launch.txt
---
date: 2025-05-16
---
2015年5月，微众银行推出了“微粒贷”。数据显示，上线10年来，“微粒贷”持续服务大众。
`,
    claims: [
      'age.txt: 微众银行 | 成立年限 | 2024-12-16 ← 10年来',
      'age.txt: 微粒贷 | 上线年限 | 2024-12-16 ← 9年来',
      'age.txt: 微粒贷 | 客户数 | 2024-12-16 ← 超7000万',
      'launch.txt: 微粒贷 | 上线年限 | 2025-05-16 ← 10年来',
    ],
    unclaimed: ['age.txt: 近5年来 — a duration that is no organisation\'s or product\'s age'],
  },
  {
    name: 'peers in one article: a second subject with a copula goes on with the metric, 以…的 names it after the figure, 分别达到了 pairs with names described in between',
    corpus: `//- peers.txt
---
date: 2024-04-20
---
民营银行2023年年报盘点
2023年，北辰银行总资产达1200.5亿元，南湖银行为980.3亿元。
东岳银行以860.2亿元的总资产规模位列第三。
西江银行、临海银行和新晋“百亿俱乐部”成员青石银行同样表现亮眼，资产总额分别达到了520.1亿元、480.7亿元和455.9亿元。
`,
    claims: [
      'peers.txt: 北辰银行 | 资产总额 | 2023-12-31 ← 1200.5亿元',
      'peers.txt: 南湖银行 | 资产总额 | 2023-12-31 ← 980.3亿元',
      'peers.txt: 东岳银行 | 资产总额 | 2023-12-31 ← 860.2亿元',
      'peers.txt: 西江银行 | 资产总额 | 2023-12-31 ← 520.1亿元',
      'peers.txt: 临海银行 | 资产总额 | 2023-12-31 ← 480.7亿元',
      'peers.txt: 青石银行 | 资产总额 | 2023-12-31 ← 455.9亿元',
    ],
  },
  {
    name: 'a sum over several subjects is none of theirs; a cited source is no subject, the nationwide class is; 这一数字 is the metric just stated',
    corpus: `//- shares.txt
---
date: 2024-04-20
---
2023年末，北辰银行与南湖银行合计总资产近2200亿元，两家银行合计实现净利润30.2亿元。
据国家金融监管总局数据，2023年全国民营银行共实现净利润204亿元。以此计算，北辰银行净利润占民营银行总利润约为10%，而这一数字在2022年约为9.5%。
`,
    claims: [
      'shares.txt: 民营银行 | 净利润 | 2023-01-01/2023-12-31 ← 204亿元',
      'shares.txt: 北辰银行 | 净利润占民营银行总利润 | 2023-01-01/2023-12-31 ← 约为10%',
      'shares.txt: 北辰银行 | 净利润占民营银行总利润 | 2022-01-01/2022-12-31 ← 约为9.5%',
    ],
    unclaimed: [
      'shares.txt: 近2200亿元 — a sum over several subjects (合计), which is none of theirs',
      'shares.txt: 30.2亿元 — a sum over several subjects (合计), which is none of theirs',
    ],
  },
  {
    name: 'a base a year before the governing period is year on year; bracketed values after names measure what the list goes on to name; a rate beside a change word is the change',
    corpus: `//- private_banks.txt
---
date: 2023-08-26
---
截至2022年末，19家民营银行资产总额达17781.49亿元，较2021年增长8.61%（2021年较2020年增长33.48%）。其中，北辰银行（4738.62亿元）、南湖银行（4410.89亿元）等2家银行资产总额均超过4000亿元；西江银行（-1.71%）和临海银行（-7.73%）资产总额出现负增长。
//- undated.txt
北辰银行发布2023年业绩报告。
东岳银行总资产 1125.11 亿元,较上年末增长 16.08%。
`,
    claims: [
      'private_banks.txt: 19家民营银行 | 资产总额 | 2022-12-31 ← 17781.49亿元',
      'private_banks.txt: 19家民营银行 | 资产总额同比增长 | 2022-12-31 ← 增长8.61%',
      'private_banks.txt: 19家民营银行 | 资产总额同比增长 | 2021-12-31 ← 增长33.48%',
      'private_banks.txt: 北辰银行 | 资产总额 | 2022-12-31 ← 4738.62亿元',
      'private_banks.txt: 南湖银行 | 资产总额 | 2022-12-31 ← 4410.89亿元',
      'private_banks.txt: 2家银行 | 资产总额 | 2022-12-31 ← 超过4000亿元',
      'private_banks.txt: 西江银行 | 资产总额同比增长 | 2022-12-31 ← -1.71%',
      'private_banks.txt: 临海银行 | 资产总额同比增长 | 2022-12-31 ← -7.73%',
      'undated.txt: 东岳银行 | 资产总额 | 2023-12-31 ← 1125.11 亿元',
      'undated.txt: 东岳银行 | 资产总额同比增长 | 2023-12-31 ← 增长 16.08%',
    ],
  },
  {
    name: 'consumer-finance companies are organisations under one name (…消金, …消费金融公司); class nouns are not; 全年 takes the sentence\'s year',
    corpus: `//- cf_a.txt
---
date: 2024-04-23
---
已有十余家消费金融公司披露了2023年业绩。其中，北辰消费金融在2023年末的资产总额为1764.21亿元，全年实现营业收入196.02亿元、净利润36亿元。头部公司中，南湖消金公司净利润则为19.82亿元。
`,
    claims: [
      'cf_a.txt: 北辰消费金融 | 资产总额 | 2023-12-31 ← 1764.21亿元',
      'cf_a.txt: 北辰消费金融 | 营业收入 | 2023-01-01/2023-12-31 ← 196.02亿元',
      'cf_a.txt: 北辰消费金融 | 净利润 | 2023-01-01/2023-12-31 ← 36亿元',
      'cf_a.txt: 南湖消费金融 | 净利润 | 2023-01-01/2023-12-31 ← 19.82亿元',
    ],
  },
  {
    name: 'pinyin glosses after characters (消費(fèi)) are read through; 大增 leaves no residue in the key',
    corpus: `//- cf_b.txt
北辰消費(fèi)金融和南湖消費(fèi)金融發(fā)布了2023年度報(bào)告。具體來(lái)看，北辰消金凈利潤(rùn)36.00億元，同比大增8.14%。
`,
    claims: [
      'cf_b.txt: 北辰消费金融 | 净利润 | 2023-01-01/2023-12-31 ← 36.00億元',
      'cf_b.txt: 北辰消费金融 | 净利润同比增长 | 2023-01-01/2023-12-31 ← 增8.14%',
    ],
  },
  {
    name: 'a summary that separates its statements by spaces: each is a sentence, so a level and a forecast do not share a period; 保持在 states a level',
    corpus: `//- summary.txt
---
date: 2025-04-10
---
维持“买入”评级 [3] 报告的核心观点 - 结合年报适度下调息差假设 预测公司2025年归母净利润同比增长5.5% 目标价27.75元/股 [4] - 截至2024年末 北辰银行不良率保持在0.76% 关注率较上季度下行5bp 拨备覆盖率季度环比持平389% [5] 根据财报总结 财务数据 - 2024年北辰银行实现营收1467亿元,同比下滑10.9%,归母净利润445亿元
`,
    claims: [
      'summary.txt: 北辰银行 | 归母净利润同比增长预测 | 2025-01-01/2025-12-31 ← 增长5.5%',
      'summary.txt: 北辰银行 | 目标价 | 2025-04-10 ← 27.75元/股',
      'summary.txt: 北辰银行 | 不良贷款率 | 2024-12-31 ← 0.76%',
      'summary.txt: 北辰银行 | 关注类贷款占比环比增长 | 2024-12-31 ← 下行5bp',
      'summary.txt: 北辰银行 | 拨备覆盖率 | 2024-12-31 ← 389%',
      'summary.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 1467亿元',
      'summary.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 下滑10.9%',
      'summary.txt: 北辰银行 | 归母净利润 | 2024-01-01/2024-12-31 ← 445亿元',
    ],
  },
  {
    name: 'year-on-year written as 同比+ or YoY is one key; a minus set apart from its number after YoY is its sign',
    corpus: `//- yoy.txt
---
date: 2025-03-20
---
北辰银行2024年营收同比+5.1%。南湖银行2024年营收YoY+4.2%。东岳银行2024年营收YoY - 10.93%。
`,
    claims: [
      'yoy.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 5.1%',
      'yoy.txt: 南湖银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 4.2%',
      'yoy.txt: 东岳银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← - 10.93%',
    ],
  },
  {
    name: 'English: abbreviations in brackets, a CAR of, allowance to NPLs, the metric for a bank is, and a base compared to in another period',
    corpus: `//- en.txt
---
date: 2025-05-26
---
Acme Bank released its 2024 annual results. The non-performing loan (NPL) ratio at the end of 2024 was 1.34%. The bank continued to improve, with a CAR of 19.39%. Allowance to NPLs was 214.91%.
The net profit attributable to shareholders for Acme Bank is 10.9 billion yuan. Net interest margin rose to 2.21% compared to 1.87% in the first half of 2023.
`,
    claims: [
      'en.txt: Acme Bank | 不良贷款率 | 2024-12-31 ← 1.34%',
      'en.txt: Acme Bank | 资本充足率 | 2024-12-31 ← 19.39%',
      'en.txt: Acme Bank | 拨备覆盖率 | 2024-12-31 ← 214.91%',
      'en.txt: Acme Bank | 归母净利润 | 2024-01-01/2024-12-31 ← 10.9 billion yuan',
      'en.txt: Acme Bank | 净息差 | 2024-01-01/2024-12-31 ← 2.21%',
      'en.txt: Acme Bank | 净息差 | 2023-01-01/2023-06-30 ← 1.87%',
    ],
  },
  {
    name: 'Taiwan statistics: 本國銀行 is the population, 稅前盈餘, 逾放比率 and 備抵呆帳覆蓋率 are concepts',
    corpus: `//- tw.txt
---
date: 2025-12-04
---
本國銀行今年前10月稅前盈餘5070.8億元，逾放比率0.15%，備抵呆帳覆蓋率877%。
`,
    claims: [
      'tw.txt: 本国银行 | 利润总额 | 2025-01-01/2025-10-31 ← 5070.8億元',
      'tw.txt: 本国银行 | 不良贷款率 | 2025-10-31 ← 0.15%',
      'tw.txt: 本国银行 | 拨备覆盖率 | 2025-10-31 ← 877%',
    ],
  },
  {
    name: 'analysts\' shorthand names the report (2024H1); names listed with 、 pair with 分别同比+…; changes on 24Q3 are on the quarter; points on growth rates have no key; items qualifying one head carry it',
    corpus: `//- h1.txt
扩表保持强劲
北辰银行2024H1 归母净利润、营收、PPOP 分别同比+5.4%、+7.1%、+10.3%。截至2024年6月末，北辰银行关注率、测算不良净生成率分别较24Q1下行5bp、7bp；总资产、贷款增速分别较24Q1提升0.4pct、下降1.8pct。投向制造业、绿色发展等领域贷款增速分别为13.7%、19.1%。
`,
    claims: [
      'h1.txt: 北辰银行 | 归母净利润同比增长 | 2024-01-01/2024-06-30 ← 5.4%',
      'h1.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-06-30 ← 7.1%',
      'h1.txt: 北辰银行 | 拨备前利润同比增长 | 2024-01-01/2024-06-30 ← 10.3%',
      'h1.txt: 北辰银行 | 关注类贷款占比环比增长 | 2024-06-30 ← 下行5bp',
      'h1.txt: 北辰银行 | 测算不良净生成率环比增长 | 2024-01-01/2024-06-30 ← 7bp',
      'h1.txt: 北辰银行 | 投向制造业贷款同比增长 | 2024-06-30 ← 13.7%',
      'h1.txt: 北辰银行 | 绿色发展贷款同比增长 | 2024-06-30 ← 19.1%',
    ],
    unclaimed: [
      'h1.txt: 提升0.4pct — a value of a list that pairs with nothing',
      'h1.txt: 下降1.8pct — a value of a list that pairs with nothing',
    ],
  },
  {
    name: 'a note after the figures (以上数据截至…) dates those before it in its paragraph, not the next paragraph',
    corpus: `//- note.txt
---
date: 2024-12-16
---
北辰银行开源社区汇聚企业及机构5000+家，服务个人客户超3亿。*以上数据截至2024年6月末
北辰银行个人客户超3.2亿。
`,
    claims: [
      'note.txt: 北辰银行 | 开源社区汇聚机构 | 2024-06-30 ← 5000+家',
      'note.txt: 北辰银行 | 个人客户 | 2024-06-30 ← 超3亿',
      'note.txt: 北辰银行 | 个人客户 | 2024-12-16 ← 超3.2亿',
    ],
  },
  {
    name: 'shorthand before a figure states its period (24H1, 24Q1, 24Q2 a single quarter) unless it is a base (环比1Q); 2024年半年度报告 is the first half; a line\'s label names the metric',
    corpus: `//- shorthand.txt
北辰银行2024年半年度报告点评
北辰银行上半年实现营业收入771亿元。24H1 利息净收入同比+14.7%(24Q1同比+12.2%)。24Q2息差环比1Q收窄10bp至1.91%。24H1净息差1.96%。
拨备覆盖率：250.71%
不良贷款率：维持1.06%
`,
    claims: [
      'shorthand.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-06-30 ← 771亿元',
      'shorthand.txt: 北辰银行 | 利息净收入同比增长 | 2024-01-01/2024-06-30 ← 14.7%',
      'shorthand.txt: 北辰银行 | 利息净收入同比增长 | 2024-01-01/2024-03-31 ← 12.2%',
      'shorthand.txt: 北辰银行 | 净息差环比增长 | 2024-04-01/2024-06-30 ← 收窄10bp',
      'shorthand.txt: 北辰银行 | 净息差 | 2024-04-01/2024-06-30 ← 1.91%',
      'shorthand.txt: 北辰银行 | 净息差 | 2024-01-01/2024-06-30 ← 1.96%',
      'shorthand.txt: 北辰银行 | 拨备覆盖率 | 2024-06-30 ← 250.71%',
      'shorthand.txt: 北辰银行 | 不良贷款率 | 2024-06-30 ← 1.06%',
    ],
  },
  {
    name: 'a ratio of flows stated at a moment is over the year to that day (截至2024年末，净息差…); a ratio of balances stated for a year is at its end; a phrase\'s words tell which it is',
    corpus: `//- timing.txt
截至2024年末，北辰银行净息差1.72%，成本收入比33.1%，拨备覆盖率301.5%。
2024年，北辰银行零售贷款占比51.2%，手续费收入占营业收入比重18.4%，对公房地产不良率3.15%。
`,
    claims: [
      'timing.txt: 北辰银行 | 净息差 | 2024-01-01/2024-12-31 ← 1.72%',
      'timing.txt: 北辰银行 | 成本收入比 | 2024-01-01/2024-12-31 ← 33.1%',
      'timing.txt: 北辰银行 | 拨备覆盖率 | 2024-12-31 ← 301.5%',
      'timing.txt: 北辰银行 | 零售贷款占比 | 2024-12-31 ← 51.2%',
      'timing.txt: 北辰银行 | 手续费收入占营业收入比重 | 2024-01-01/2024-12-31 ← 18.4%',
      'timing.txt: 北辰银行 | 对公房地产不良贷款率 | 2024-12-31 ← 3.15%',
    ],
  },
  {
    name: 'analysts\' parallel lists: names, a base and changes, then the levels after 至; 持平 takes a place; a list without 分别 after 同比; a segment or a rate shared with the last name; a month without a year in the report\'s year',
    corpus: `//- lists.txt
北辰银行2024年年报点评
截至24年末，北辰银行营收、PPOP、归母净利润增速分别较24Q3变动0.5pct、0.2pct、-0.6pct至7.1%、12.8%以及5.9%。拨备覆盖率、拨贷比分别较24Q3下行12.5pct、9bp至377.2%、3.05%。24Q4末不良率、关注率环比分别持平、-4bp至0.81%、1.12%。
6月末总资产、贷款、存款同比+15.2%、+18.1%、+17.4%。24H1 年化ROA、ROE 分别同比-0.12pct、-1.33pct 至0.91%、13.62%。24H1 对公、零售贷款收益率分别较23 年-8bp、-37bp至4.21%、5.88%。
`,
    claims: [
      'lists.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 7.1%',
      'lists.txt: 北辰银行 | 拨备前利润同比增长 | 2024-01-01/2024-12-31 ← 12.8%',
      'lists.txt: 北辰银行 | 归母净利润同比增长 | 2024-01-01/2024-12-31 ← 5.9%',
      'lists.txt: 北辰银行 | 拨备覆盖率环比增长 | 2024-12-31 ← 下行12.5pct',
      'lists.txt: 北辰银行 | 拨贷比环比增长 | 2024-12-31 ← 9bp',
      'lists.txt: 北辰银行 | 拨备覆盖率 | 2024-12-31 ← 377.2%',
      'lists.txt: 北辰银行 | 拨贷比 | 2024-12-31 ← 3.05%',
      'lists.txt: 北辰银行 | 关注类贷款占比环比增长 | 2024-12-31 ← -4bp',
      'lists.txt: 北辰银行 | 不良贷款率 | 2024-12-31 ← 0.81%',
      'lists.txt: 北辰银行 | 关注类贷款占比 | 2024-12-31 ← 1.12%',
      'lists.txt: 北辰银行 | 资产总额同比增长 | 2024-06-30 ← 15.2%',
      'lists.txt: 北辰银行 | 贷款余额同比增长 | 2024-06-30 ← 18.1%',
      'lists.txt: 北辰银行 | 存款余额同比增长 | 2024-06-30 ← 17.4%',
      'lists.txt: 北辰银行 | 总资产收益率同比增长 | 2024-01-01/2024-06-30 ← -0.12pct',
      'lists.txt: 北辰银行 | 净资产收益率同比增长 | 2024-01-01/2024-06-30 ← -1.33pct',
      'lists.txt: 北辰银行 | 总资产收益率 | 2024-01-01/2024-06-30 ← 0.91%',
      'lists.txt: 北辰银行 | 净资产收益率 | 2024-01-01/2024-06-30 ← 13.62%',
      'lists.txt: 北辰银行 | 对公贷款平均收益率同比增长 | 2024-01-01/2024-06-30 ← -8bp',
      'lists.txt: 北辰银行 | 零售贷款平均收益率同比增长 | 2024-01-01/2024-06-30 ← -37bp',
      'lists.txt: 北辰银行 | 对公贷款平均收益率 | 2024-01-01/2024-06-30 ← 4.21%',
      'lists.txt: 北辰银行 | 零售贷款平均收益率 | 2024-01-01/2024-06-30 ← 5.88%',
    ],
    unclaimed: [
      'lists.txt: 0.5pct — a value of a list that pairs with nothing',
      'lists.txt: 0.2pct — a value of a list that pairs with nothing',
      'lists.txt: -0.6pct — a value of a list that pairs with nothing',
      'lists.txt: 23 年 — a duration that is no organisation\'s or product\'s age',
    ],
  },
  {
    name: 'Hong Kong: 按年 is year on year, verbs of reporting (昨公布, 亦扭虧錄) are no part of the metric, and 公布上半年業績 in the lead names the report',
    corpus: `//- hk.txt
---
date: 2025-09-30
---
北辰數字銀行公布上半年業績，淨利息收入按年增長41.2%至3.15億元，淨息差按年升0.6個百分點至4.1%，客戶存款按年增18.5%至210.4億元。
南湖數字銀行昨公布除稅前溢利3120萬元，西岸銀行上半年亦扭虧錄除稅前溢利156.2萬元。
`,
    claims: [
      'hk.txt: 北辰数字银行 | 利息净收入同比增长 | 2025-01-01/2025-06-30 ← 增長41.2%',
      'hk.txt: 北辰数字银行 | 利息净收入 | 2025-01-01/2025-06-30 ← 3.15億元',
      'hk.txt: 北辰数字银行 | 净息差同比增长 | 2025-01-01/2025-06-30 ← 升0.6個百分點',
      'hk.txt: 北辰数字银行 | 净息差 | 2025-01-01/2025-06-30 ← 4.1%',
      'hk.txt: 北辰数字银行 | 存款余额同比增长 | 2025-06-30 ← 增18.5%',
      'hk.txt: 北辰数字银行 | 存款余额 | 2025-06-30 ← 210.4億元',
      'hk.txt: 南湖数字银行 | 利润总额 | 2025-01-01/2025-06-30 ← 3120萬元',
      'hk.txt: 西岸银行 | 利润总额 | 2025-01-01/2025-06-30 ← 156.2萬元',
    ],
  },
  {
    name: 'results named without a year in the title (半年轉賺) are the latest such report before the document date, unless that is long past',
    corpus: `//- hk2.txt
---
date: 2025-09-30
---
兩家數字銀行半年轉賺
北辰數字銀行昨公布除稅前溢利3120萬元，淨息差按年升0.6個百分點至4.1%。
//- old.txt
---
date: 2026-02-20
---
兩家數字銀行半年轉賺
北辰數字銀行除稅前溢利3120萬元。
`,
    claims: [
      'hk2.txt: 北辰数字银行 | 利润总额 | 2025-01-01/2025-06-30 ← 3120萬元',
      'hk2.txt: 北辰数字银行 | 净息差同比增长 | 2025-01-01/2025-06-30 ← 升0.6個百分點',
      'hk2.txt: 北辰数字银行 | 净息差 | 2025-01-01/2025-06-30 ← 4.1%',
      'old.txt: 北辰数字银行 | 利润总额 | 2026-02-20 ← 3120萬元',
    ],
  },
  {
    name: 'a change since the end of last year is year on year only at a year end; 同比多增 is no increment; a bank\'s name runs into its own balances (北辰银行客户贷款总额); a measured name before 同比增长 keeps its concept',
    corpus: `//- h1.txt
截至2025年6月末，北辰银行客户贷款总额9.12万亿元，较上年末增长6.5%；对公贷款增加4100.5亿元，同比多增1800.2亿元。
//- h1b.txt
截至2025年6月末，北辰银行客户贷款总额同比增长10.2%。
//- fy.txt
截至2024年末，北辰银行客户贷款总额较上年末增长9.8%。
//- fyb.txt
2024年末，北辰银行客户贷款总额同比增长9.9%。
`,
    claims: [
      'h1.txt: 北辰银行 | 贷款余额 | 2025-06-30 ← 9.12万亿元',
      'h1.txt: 北辰银行 | 贷款余额较上年末增长 | 2025-06-30 ← 增长6.5%',
      'h1.txt: 北辰银行 | 公司贷款变动额 | 2025-06-30 ← 增加4100.5亿元',
      'h1.txt: 北辰银行 | 公司贷款同比多增 | 2025-06-30 ← 多增1800.2亿元',
      'h1b.txt: 北辰银行 | 贷款余额同比增长 | 2025-06-30 ← 增长10.2%',
      'fy.txt: 北辰银行 | 贷款余额同比增长 | 2024-12-31 ← 增长9.8%',
      'fyb.txt: 北辰银行 | 贷款余额同比增长 | 2024-12-31 ← 增长9.9%',
    ],
  },
  {
    name: 'a bare list of changes after two levels pairs with them in order (营收…，净利润…，同比增长1.6%和1.1%); one period named twice is no list of periods',
    corpus: `//- pair.txt
北辰银行2025年半年报显示，上半年实现营收 821.5 亿元，净利润 230.1 亿元，同比增长 1.6% 和 1.1%。
`,
    claims: [
      'pair.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 821.5 亿元',
      'pair.txt: 北辰银行 | 净利润 | 2025-01-01/2025-06-30 ← 230.1 亿元',
      'pair.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 增长 1.6%',
      'pair.txt: 北辰银行 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 1.1%',
    ],
  },
  {
    name: 'a lead that states a period\'s results covers that report; 负增 is a decrease; the central bank\'s 金融统计数据报告 names its half; a month\'s end without a year leaves the metric (6 月末M2 余额)',
    corpus: `//- lead.txt
核心观点 - 北辰银行2025年上半年归母净利润同比增长0.4% 营收同比负增1.5%
- 净息差小幅下行至1.85%
- 不良率环比下降1BP至0.92% 拨备覆盖率402%
//- pboc.txt
事件：2025 年7 月14 日，中国人民银行发布《2025 年上半年金融统计数据报告》。
6 月末M2 余额330.29 万亿元，同比增长8.3%。
//- quarter.txt
北辰银行2025年6月末总资产3.1万亿元。
`,
    claims: [
      'lead.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增长0.4%',
      'lead.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 负增1.5%',
      'lead.txt: 北辰银行 | 净息差 | 2025-01-01/2025-06-30 ← 1.85%',
      'lead.txt: 北辰银行 | 不良贷款率环比增长 | 2025-06-30 ← 下降1BP',
      'lead.txt: 北辰银行 | 不良贷款率 | 2025-06-30 ← 0.92%',
      'lead.txt: 北辰银行 | 拨备覆盖率 | 2025-06-30 ← 402%',
      'pboc.txt: 中国人民银行 | 广义货币 | 2025-06-30 ← 330.29 万亿元',
      'pboc.txt: 中国人民银行 | 广义货币同比增长 | 2025-06-30 ← 增长8.3%',
      'quarter.txt: 北辰银行 | 资产总额 | 2025-06-30 ← 3.1万亿元',
    ],
  },
  {
    name: 'bullets: the bullet opens the line, not the metric; the level after 下降1BP至 is the changed metric\'s, whatever follows it',
    corpus: `//- a.txt
北辰银行2025年上半年归母净利润同比增长0.4%
- 净息差小幅下行至1.85%
- 不良率环比下降1BP至0.92% 拨备覆盖率402%
//- b.txt
北辰银行2025年上半年归母净利润同比增长0.4%
净息差小幅下行至1.85%
不良率环比下降1BP至0.92% 拨备覆盖率402%
`,
    claims: [
      'a.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增长0.4%',
      'a.txt: 北辰银行 | 净息差 | 2025-01-01/2025-06-30 ← 1.85%',
      'a.txt: 北辰银行 | 不良贷款率环比增长 | 2025-06-30 ← 下降1BP',
      'a.txt: 北辰银行 | 不良贷款率 | 2025-06-30 ← 0.92%',
      'a.txt: 北辰银行 | 拨备覆盖率 | 2025-06-30 ← 402%',
      'b.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增长0.4%',
      'b.txt: 北辰银行 | 净息差 | 2025-01-01/2025-06-30 ← 1.85%',
      'b.txt: 北辰银行 | 不良贷款率环比增长 | 2025-06-30 ← 下降1BP',
      'b.txt: 北辰银行 | 不良贷款率 | 2025-06-30 ← 0.92%',
      'b.txt: 北辰银行 | 拨备覆盖率 | 2025-06-30 ← 402%',
    ],
  },
  {
    name: 'a digest\'s heading (归母净利润 - …) narrows a broader concept in the bullets under it (净利润 → 归母净利润); 2025中报 is the half-year report',
    corpus: `//- digest.txt
六大行2025中报透视
归母净利润 - 北辰银行归母净利润1395.1亿元 同比增长2.66%
- 南湖银行净利润460.16亿元 同比增长1.61%
- 西岸银行净利润492.28亿元 同比增长0.85%
营业收入
- 南湖银行营业收入1331.5亿元
`,
    claims: [
      'digest.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 1395.1亿元',
      'digest.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增长2.66%',
      'digest.txt: 南湖银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 460.16亿元',
      'digest.txt: 南湖银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增长1.61%',
      'digest.txt: 西岸银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 492.28亿元',
      'digest.txt: 西岸银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增长0.85%',
      'digest.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-06-30 ← 1331.5亿元',
    ],
  },
  {
    name: 'English: 归母 written as attributable to parent company shareholders; an abbreviation with a digit in brackets (CET1); verbs of change after the metric (decreased to, stabilized at)',
    corpus: `//- en.txt
Beichen Bank reported its 2025 interim results. In the first half of 2025, net profit attributable to parent company shareholders reached RMB 41.51 bn, an increase of 2.1% year-on-year. The non-performing loan ratio decreased to 1.21%, and the net interest margin stabilized at 1.42%, with a Common Equity Tier 1 (CET1) ratio of 11.3%.
`,
    claims: [
      'en.txt: Beichen Bank | 归母净利润 | 2025-01-01/2025-06-30 ← RMB 41.51 bn',
      'en.txt: Beichen Bank | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← increase of 2.1%',
      'en.txt: Beichen Bank | 不良贷款率 | 2025-06-30 ← 1.21%',
      'en.txt: Beichen Bank | 净息差 | 2025-01-01/2025-06-30 ← 1.42%',
      'en.txt: Beichen Bank | 核心一级资本充足率 | 2025-06-30 ← 11.3%',
    ],
  },
  {
    name: 'a period word without a year takes the year of the nearest date before it (2025年二季度末 … 二季度, 前三季度), a word of the clause over the sentence\'s; with no year anywhere it stays unclaimed',
    corpus: `//- q.txt
截至2025年二季度末，北辰银行总资产2.1万亿元。
二季度总资产净增长1200亿元，前三季度营收同比增长3.2%。
//- none.txt
北辰银行二季度营收同比增长3.2%。
`,
    claims: [
      'q.txt: 北辰银行 | 资产总额 | 2025-06-30 ← 2.1万亿元',
      'q.txt: 北辰银行 | 总资产净变动额 | 2025-04-01/2025-06-30 ← 增长1200亿元',
      'q.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← 增长3.2%',
    ],
    unclaimed: [
      'none.txt: 增长3.2% — no period: no date in the text, no report period and no document date',
    ],
  },
  {
    name: 'a statistics release: a month\'s end opening a line governs the line; a nationwide statistic with nobody named is the central bank\'s; a class of institutions is nobody\'s topic',
    corpus: `//- stats.txt
---
date: 2025-08-15
---
2025年7月金融统计数据报告
7月末，广义货币(M2)余额329.94万亿元，同比增长8.8%。狭义货币(M1)余额111.06万亿元，同比增长5.6%。
7月末，本外币贷款余额272.48万亿元，同比增长6.7%。月末人民币贷款余额268.51万亿元，同比增长6.9%。非银行业金融机构贷款增加2357亿元。
`,
    claims: [
      'stats.txt: 中国人民银行 | 广义货币 | 2025-07-31 ← 329.94万亿元',
      'stats.txt: 中国人民银行 | 广义货币同比增长 | 2025-07-31 ← 增长8.8%',
      'stats.txt: 中国人民银行 | 狭义货币 | 2025-07-31 ← 111.06万亿元',
      'stats.txt: 中国人民银行 | 狭义货币同比增长 | 2025-07-31 ← 增长5.6%',
      'stats.txt: 中国人民银行 | 本外币贷款余额 | 2025-07-31 ← 272.48万亿元',
      'stats.txt: 中国人民银行 | 本外币贷款余额同比增长 | 2025-07-31 ← 增长6.7%',
      'stats.txt: 中国人民银行 | 人民币贷款余额 | 2025-07-31 ← 268.51万亿元',
      'stats.txt: 中国人民银行 | 人民币贷款余额同比增长 | 2025-07-31 ← 增长6.9%',
      'stats.txt: 中国人民银行 | 非银行业金融机构贷款变动额 | 2025-07-31 ← 增加2357亿元',
    ],
  },
  {
    name: 'a statistics release that names nobody speaks for the central bank whose title it bears; a running total opening a sentence dates the next; a breakdown after 其中 is the sector\'s; a bare NPL ratio after a segment\'s loans is the segment\'s',
    corpus: `//- release.txt
---
date: 2025-08-15
---
2025年7月金融统計數據報告
前七個月人民幣貸款增加12.87萬億元。分部門看，住戶貸款增加6807億元，其中，短期貸款減少3830億元；企(事)業單位貸款增加11.63萬億元，其中，短期貸款增加3.75萬億元。
//- segments.txt
---
date: 2025-03-30
---
截至2024年末，北辰银行房地产贷款为4181.02亿元，其中，公司房地产贷款为992.08亿元，不良贷款率为3.76%。个人住房贷款为3188.94亿元，不良贷款率为1.80%。
`,
    claims: [
      'release.txt: 中国人民银行 | 人民币贷款增加 | 2025-01-01/2025-07-31 ← 增加12.87萬億元',
      'release.txt: 中国人民银行 | 住户贷款增加 | 2025-01-01/2025-07-31 ← 增加6807億元',
      'release.txt: 中国人民银行 | 住户短期贷款变动额 | 2025-01-01/2025-07-31 ← 減少3830億元',
      'release.txt: 中国人民银行 | 企（事）业单位贷款变动额 | 2025-01-01/2025-07-31 ← 增加11.63萬億元',
      'release.txt: 中国人民银行 | 企（事）业单位短期贷款变动额 | 2025-01-01/2025-07-31 ← 增加3.75萬億元',
      'segments.txt: 北辰银行 | 房地产贷款 | 2024-12-31 ← 4181.02亿元',
      'segments.txt: 北辰银行 | 公司房地产贷款 | 2024-12-31 ← 992.08亿元',
      'segments.txt: 北辰银行 | 公司房地产贷款不良贷款率 | 2024-12-31 ← 3.76%',
      'segments.txt: 北辰银行 | 个人住房贷款 | 2024-12-31 ← 3188.94亿元',
      'segments.txt: 北辰银行 | 个人住房贷款不良贷款率 | 2024-12-31 ← 1.80%',
    ],
  },
  {
    name: 'English: a base in the corresponding period of the last year is the year before; CITIC Bank is 中信银行',
    corpus: `//- eps.txt
CITIC Bank reported its 2025 interim results. The lender's earnings per share were 0.58 yuan in the half year, down from 0.61 yuan in the corresponding period of the last year.
`,
    claims: [
      'eps.txt: 中信银行 | 基本每股收益 | 2025-01-01/2025-06-30 ← 0.58 yuan',
      'eps.txt: 中信银行 | 基本每股收益 | 2024-01-01/2024-06-30 ← 0.61 yuan',
    ],
  },
  {
    name: 'a yearless period that would end after the document date (前10个月 in May) is the year before\'s',
    corpus: `//- listing.txt
---
date: 2025-05-16
---
北辰银行前10个月新增贷款3801.1亿元。
`,
    claims: [
      'listing.txt: 北辰银行 | 新增贷款 | 2024-01-01/2024-10-31 ← 3801.1亿元',
    ],
  },
  {
    name: 'text extracted from a PDF with a running line index: a phrase broken at a line reads whole; a year opening one line does not govern the next',
    corpus: `//- extract.txt
1、北辰银行数字化转型报告
2、2022年，北辰银行加大科技投入。截至2024年6月末，北辰银行单账户年均IT运
3、维成本降至3元，单日交易峰值超8亿笔。该行的普惠贷款余
4、额达到1200亿元。北辰银行个人客
5、户数突破9000万户。
6、报告由北辰银行研究院编写。
`,
    claims: [
      'extract.txt: 北辰银行 | 单账户年均IT运维成本 | 2024-06-30 ← 3元',
      'extract.txt: 北辰银行 | 交易峰值 | 2024-06-30 ← 超8亿笔',
      'extract.txt: 北辰银行 | 普惠贷款余额 | 2024-06-30 ← 1200亿元',
      'extract.txt: 北辰银行 | 个人客户 | 2024-06-30 ← 突破9000万户',
    ],
  },
  {
    name: 'English results coverage: a semi-annual report for a year is its first half; an aside between a metric and its verb; noise verbs and adjectives; a share of another metric; a base in the same period of the year before; the total a change brings',
    corpus: `//- semi_en.txt
Huaxin Bank published its semi-annual report for 2025 on August 28. Net interest income fell by 4.1% year-on-year to RMB 180.2 billion, while non-interest income, including fees, trading gains and others, saw a significant year-on-year increase of 21.5%, reaching RMB 95.3 billion, accounting for 34.6% of total operating income.
Operating income was RMB 275.5 billion, an increase of 2.1% compared to RMB 269.8 billion in the same period of 2024. The bank added 3 million personal customers, bringing the total to 210 million.
//- adjective_en.txt
Huaxin Bank's first-half 2025 net profit was RMB 60.2 billion.
`,
    claims: [
      'semi_en.txt: Huaxin Bank | 利息净收入同比增长 | 2025-01-01/2025-06-30 ← fell by 4.1%',
      'semi_en.txt: Huaxin Bank | 利息净收入 | 2025-01-01/2025-06-30 ← RMB 180.2 billion',
      'semi_en.txt: Huaxin Bank | 非利息净收入同比增长 | 2025-01-01/2025-06-30 ← increase of 21.5%',
      'semi_en.txt: Huaxin Bank | 非利息净收入 | 2025-01-01/2025-06-30 ← RMB 95.3 billion',
      'semi_en.txt: Huaxin Bank | 非利息收入占比 | 2025-01-01/2025-06-30 ← 34.6%',
      'semi_en.txt: Huaxin Bank | 营业收入 | 2025-01-01/2025-06-30 ← RMB 275.5 billion',
      'semi_en.txt: Huaxin Bank | 营业收入同比增长 | 2025-01-01/2025-06-30 ← increase of 2.1%',
      'semi_en.txt: Huaxin Bank | 营业收入 | 2024-01-01/2024-06-30 ← RMB 269.8 billion',
      'semi_en.txt: Huaxin Bank | 新增个人客户 | 2025-01-01/2025-06-30 ← 3 million',
      'semi_en.txt: Huaxin Bank | 个人客户 | 2025-06-30 ← 210 million',
      'adjective_en.txt: Huaxin Bank | 净利润 | 2025-01-01/2025-06-30 ← RMB 60.2 billion',
    ],
  },
  {
    name: 'a money and credit release and its English coverage: a balance named by its measure (the balance of M2, the stock of social financing) and an increase of RMB loans meet the same keys; a sector before loans is no subject; the change of a balance covers the half',
    corpus: `//- release.txt
中国人民银行发布2025年上半年金融统计数据报告。
6月末，广义货币(M2)余额330.29万亿元，同比增长8.3%。上半年人民币贷款增加12.92万亿元。分部门看，住户贷款增加5000亿元，非银行业金融机构贷款增加2100亿元。月末人民币存款余额320.11万亿元。
//- wire_en.txt
The People's Bank of China released its financial statistics for the first half of 2025 on July 14. At the end of June, the balance of M2 was 330.29 trillion yuan, an increase of 8.3% year-on-year. New RMB loans in the first half of 2025 were 12.92 trillion yuan.
`,
    claims: [
      'release.txt: 中国人民银行 | 广义货币 | 2025-06-30 ← 330.29万亿元',
      'release.txt: 中国人民银行 | 广义货币同比增长 | 2025-06-30 ← 增长8.3%',
      'release.txt: 中国人民银行 | 人民币贷款增加 | 2025-01-01/2025-06-30 ← 增加12.92万亿元',
      'release.txt: 中国人民银行 | 住户贷款增加 | 2025-01-01/2025-06-30 ← 增加5000亿元',
      'release.txt: 中国人民银行 | 非银行业金融机构贷款变动额 | 2025-01-01/2025-06-30 ← 增加2100亿元',
      'release.txt: 中国人民银行 | 人民币存款余额 | 2025-06-30 ← 320.11万亿元',
      'wire_en.txt: 中国人民银行 | 广义货币 | 2025-06-30 ← 330.29 trillion yuan',
      'wire_en.txt: 中国人民银行 | 广义货币同比增长 | 2025-06-30 ← increase of 8.3%',
      'wire_en.txt: 中国人民银行 | 人民币贷款增加 | 2025-01-01/2025-06-30 ← 12.92 trillion yuan',
    ],
  },
  {
    name: 'a balance-sheet item that names the central bank (存放中央银行款项) and the owners of a profit (歸屬銀行股東) are no subjects',
    corpus: `//- items.txt
2025年上半年，北辰银行存放中央银行款项1.2万亿元，较上年末下降3%。歸屬銀行股東淨利潤245億元，同比增長2%。
`,
    claims: [
      'items.txt: 北辰银行 | 存放中央银行款项 | 2025-06-30 ← 1.2万亿元',
      'items.txt: 北辰银行 | 存放中央银行款项较上年末增长 | 2025-06-30 ← 下降3%',
      'items.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 245億元',
      'items.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增長2%',
    ],
  },
  {
    name: 'Taiwanese coverage states a year-on-year change as 年增 or 年減 after the level it changes',
    corpus: `//- tw.txt
---
date: 2025-08-31
---
今年上半年，北辰銀行營收人民幣1,234.5億元，年增0.85%，淨利潤456.7億元，年減1.2%。
`,
    claims: [
      'tw.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 人民幣1,234.5億元',
      'tw.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 增0.85%',
      'tw.txt: 北辰银行 | 净利润 | 2025-01-01/2025-06-30 ← 456.7億元',
      'tw.txt: 北辰银行 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 減1.2%',
    ],
  },
  {
    name: 'a clause that names a metric without a figure turns the sentence to it; values of a comparison\'s bases (较2022年的…和2023年的…) are at their own periods; an amount of change (…亿元的增长) is no level',
    corpus: `//- turn.txt
2024年，北辰银行全年营收381.2亿元，同比减少3.1%；净利润虽仍保持增长，达到109.5亿元，但增速仅为0.8%。
截至2024年末，北辰银行贷款总额为4359.7亿元，较年初增长5.2%，但增速较2022年的28.1%和2023年的23%大幅放缓。
在营业收入下降的背景下，北辰银行2024年实现归母净利润9.04亿元的增长。
`,
    claims: [
      'turn.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 381.2亿元',
      'turn.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 减少3.1%',
      'turn.txt: 北辰银行 | 净利润 | 2024-01-01/2024-12-31 ← 109.5亿元',
      'turn.txt: 北辰银行 | 净利润同比增长 | 2024-01-01/2024-12-31 ← 0.8%',
      'turn.txt: 北辰银行 | 贷款余额 | 2024-12-31 ← 4359.7亿元',
      'turn.txt: 北辰银行 | 贷款余额同比增长 | 2024-12-31 ← 增长5.2%',
      'turn.txt: 北辰银行 | 贷款余额同比增长 | 2022-12-31 ← 28.1%',
      'turn.txt: 北辰银行 | 贷款余额同比增长 | 2023-12-31 ← 23%',
    ],
  },
  {
    name: 'English: "the first half of the year" takes the year of the report named before it',
    corpus: `//- h1_en.txt
The report covers Huaxin Bank's results for the first half of 2025. Net fee and commission income was 20.1 billion yuan in the first half of the year, a year-on-year increase of 2.9%.
`,
    claims: [
      'h1_en.txt: Huaxin Bank | 手续费及佣金净收入 | 2025-01-01/2025-06-30 ← 20.1 billion yuan',
      'h1_en.txt: Huaxin Bank | 手续费及佣金净收入同比增长 | 2025-01-01/2025-06-30 ← increase of 2.9%',
    ],
  },
  {
    name: 'a roundup line without punctuation: a name after a figure takes the clause over, with its metric or the one before',
    corpus: `//- roundup.txt
2025年上半年，十家银行中仅北辰银行和南湖银行实现营收和净利润双增 其中北辰银行营收增速2.62% 南湖银行营收增速8.14% 西江银行4.10%
十家银行中仅两家不良率下降。
`,
    claims: [
      'roundup.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 2.62%',
      'roundup.txt: 南湖银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 8.14%',
      'roundup.txt: 西江银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 4.10%',
    ],
    unclaimed: ['roundup.txt: 两家 — no metric phrase next to it'],
  },
  {
    name: 'a paragraph on the third quarter alone after the first three quarters (具体到第三季度): 到 here is no cut-off',
    corpus: `//- q3.txt
北辰银行2025年前三季度营收980亿元，同比增长1.5%。具体到第三季度，营收320.5亿元，归母净利润70.2亿元，同比增速分别为0.4%、9.8%。
`,
    claims: [
      'q3.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-09-30 ← 980亿元',
      'q3.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← 增长1.5%',
      'q3.txt: 北辰银行 | 营业收入 | 2025-07-01/2025-09-30 ← 320.5亿元',
      'q3.txt: 北辰银行 | 归母净利润 | 2025-07-01/2025-09-30 ← 70.2亿元',
      'q3.txt: 北辰银行 | 营业收入同比增长 | 2025-07-01/2025-09-30 ← 0.4%',
      'q3.txt: 北辰银行 | 归母净利润同比增长 | 2025-07-01/2025-09-30 ← 9.8%',
    ],
  },
  {
    name: 'a before-and-after (从…降至…, "rose from … to …"): both values of one metric, the earlier at its own or the year-before period',
    corpus: `//- fromto.txt
---
date: 2025-03-20
---
南湖银行营业支出从2023年末的42.4亿元增至2024年末的54.3亿元。2024年，南湖银行营收从191.0亿元降至173.4亿元。
2022年至2024年，南湖银行员工人数从3200人增长到4100人。
//- fromto_en.txt
---
date: 2025-03-21
---
Nanhu Bank's net profit rose from 9.4 billion yuan in 2023 to 12.5 billion yuan in 2024.
Nanhu Bank's operating income fell from RMB 30.2 billion to RMB 28.7 billion.
`,
    claims: [
      'fromto.txt: 南湖银行 | 营业支出 | 2023-01-01/2023-12-31 ← 42.4亿元',
      'fromto.txt: 南湖银行 | 营业支出 | 2024-01-01/2024-12-31 ← 54.3亿元',
      'fromto.txt: 南湖银行 | 营业收入 | 2023-01-01/2023-12-31 ← 191.0亿元',
      'fromto.txt: 南湖银行 | 营业收入 | 2024-01-01/2024-12-31 ← 173.4亿元',
      'fromto.txt: 南湖银行 | 员工人数 | 2022-12-31 ← 3200人',
      'fromto.txt: 南湖银行 | 员工人数 | 2024-12-31 ← 4100人',
      'fromto_en.txt: Nanhu Bank | 净利润 | 2023-01-01/2023-12-31 ← 9.4 billion yuan',
      'fromto_en.txt: Nanhu Bank | 净利润 | 2024-01-01/2024-12-31 ← 12.5 billion yuan',
      'fromto_en.txt: Nanhu Bank | 营业收入 | 2025-03-21 ← RMB 28.7 billion',
    ],
    unclaimed: ['fromto_en.txt: RMB 30.2 billion — the earlier value of a before-and-after, whose period the text does not state'],
  },
  {
    name: 'an English results title names the report ("Q3 2025 results" is the first nine months); a date inside a clause dates the rest of the sentence; a change noun names the growth; a quarterly sentence names no period',
    corpus: `//- q3_en.txt
---
date: 2025-10-30
---
Nanhu Bank Q3 2025 results: year-to-date net profit was RMB 21.6 billion.
Nanhu Bank reported a dip in Q3 2025 operating income of 0.8%, while its total assets reached RMB 1.1 trillion.
//- fy_en.txt
---
date: 2025-03-28
---
Beichen Bank's operating income grew 3.1% in 2023, with net profit for 2024 increasing by 1.2%.
Quarterly net interest income grew by 2.0% quarter-on-quarter, and net interest margin decreased by 2 basis points to 1.71%.
`,
    claims: [
      'q3_en.txt: Nanhu Bank | 净利润 | 2025-01-01/2025-09-30 ← RMB 21.6 billion',
      'q3_en.txt: Nanhu Bank | 营业收入同比增长 | 2025-07-01/2025-09-30 ← 0.8%',
      'q3_en.txt: Nanhu Bank | 资产总额 | 2025-09-30 ← RMB 1.1 trillion',
      'fy_en.txt: Beichen Bank | 营业收入同比增长 | 2023-01-01/2023-12-31 ← grew 3.1%',
      'fy_en.txt: Beichen Bank | 净利润同比增长 | 2024-01-01/2024-12-31 ← increasing by 1.2%',
    ],
    unclaimed: ['fy_en.txt: 1.71% — a period without a year (前三季度, the fourth quarter) governs it, which neither the text nor the report resolves'],
  },
  {
    name: 'a distribution per 10 shares and per share: two keys, a final or interim dividend apart from the year\'s, the plan\'s interim its period, a proposal no target, the share count no figure',
    corpus: `//- plan.txt
---
date: 2025-08-29
---
南湖银行2025年中期利润分配方案为每10股派发现金红利3.20元（含税），共计派发现金红利16.4亿元。
南湖银行拟每10股派现3.20元，即每股派现0.32元。
//- plan_en.txt
---
date: 2025-08-29
---
The board of Nanhu Bank approved the profit distribution plan for H1 2025, proposing a cash dividend of 3.20 yuan per 10 shares (tax inclusive).
Nanhu Bank will pay a dividend of RMB 0.32 per share.
//- parts.txt
---
date: 2025-03-30
---
北辰银行2024年度拟派发末期股息每股0.206元，连同中期股息每股0.197元，全年股息每股0.403元。
//- parts_en.txt
---
date: 2025-03-30
---
Beichen Bank proposed a final dividend of RMB 0.206 per share for 2024, after an interim dividend of RMB 0.197 per share; the total dividend for 2024 is RMB 0.403 per share.
`,
    claims: [
      'plan.txt: 南湖银行 | 每10股派息 | 2025-01-01/2025-06-30 ← 3.20元',
      'plan.txt: 南湖银行 | 现金分红总额 | 2025-01-01/2025-06-30 ← 16.4亿元',
      'plan.txt: 南湖银行 | 每10股派息 | 2025-08-29 ← 3.20元',
      'plan.txt: 南湖银行 | 每股股利 | 2025-08-29 ← 0.32元',
      'plan_en.txt: Nanhu Bank | 每10股派息 | 2025-01-01/2025-06-30 ← 3.20 yuan',
      'plan_en.txt: Nanhu Bank | 每股股利 | 2025-01-01/2025-06-30 ← RMB 0.32',
      'parts.txt: 北辰银行 | 末期每股股利 | 2024-01-01/2024-12-31 ← 0.206元',
      'parts.txt: 北辰银行 | 中期每股股利 | 2024-01-01/2024-12-31 ← 0.197元',
      'parts.txt: 北辰银行 | 每股股利 | 2024-01-01/2024-12-31 ← 0.403元',
      'parts_en.txt: Beichen Bank | 末期每股股利 | 2024-01-01/2024-12-31 ← RMB 0.206',
      'parts_en.txt: Beichen Bank | 中期每股股利 | 2024-01-01/2024-12-31 ← RMB 0.197',
      'parts_en.txt: Beichen Bank | 每股股利 | 2024-01-01/2024-12-31 ← RMB 0.403',
    ],
    unclaimed: ['plan_en.txt: 10 — part of the phrase of the figure before it (a conversion, a per-share base)'],
  },
  {
    name: 'an English statistics release: months without a year are the governing or document year, asides between dashes or after "which covers" leave the metric, a dateline opens no phrase',
    corpus: `//- release_en.txt
---
date: 2025-08-14
---
BEIJING, Aug. 13 (Xinhua) -- China's yuan-denominated loans rose 12.87 trillion yuan in the first seven months of the year, the People's Bank of China said.
Outstanding yuan loans stood at 268.51 trillion yuan at the end of July, up 6.9 percent year on year.
Loans to enterprises and public institutions rose 11.63 trillion yuan in the first seven months.
The M2 -- a broad measure of money supply that covers cash and all deposits -- increased 8.8 percent year on year to come in at 329.94 trillion yuan at the end of July.
The M1, which covers cash in circulation, demand deposits, and client reserves, stood at 111.06 trillion yuan at the end of July -- up 5.6 percent year on year.
`,
    claims: [
      'release_en.txt: 中国人民银行 | 人民币贷款增加 | 2025-01-01/2025-07-31 ← rose 12.87 trillion yuan',
      'release_en.txt: 中国人民银行 | 人民币贷款余额 | 2025-07-31 ← 268.51 trillion yuan',
      'release_en.txt: 中国人民银行 | 人民币贷款余额同比增长 | 2025-07-31 ← up 6.9 percent',
      'release_en.txt: 中国人民银行 | 企（事）业单位贷款变动额 | 2025-01-01/2025-07-31 ← rose 11.63 trillion yuan',
      'release_en.txt: 中国人民银行 | 广义货币同比增长 | 2025-07-31 ← increased 8.8 percent',
      'release_en.txt: 中国人民银行 | 广义货币 | 2025-07-31 ← 329.94 trillion yuan',
      'release_en.txt: 中国人民银行 | 狭义货币 | 2025-07-31 ← 111.06 trillion yuan',
      'release_en.txt: 中国人民银行 | 狭义货币同比增长 | 2025-07-31 ← up 5.6 percent',
    ],
  },
  {
    name: 'a clause of only 对比 and a year is the topic\'s period; a period opening a line that announces a list (如下：) dates its items; 由去年…至… is a before-and-after',
    corpus: `//- topic.txt
---
date: 2025-04-20
---
今年一季度，南湖银行实现营业收入48.2亿元。对比2024年，南湖银行实现营业收入181.6亿元，同比增长6.1%。
//- list.txt
---
date: 2025-03-31
---
- 2024年度，北辰银行之股東應佔溢利上升1%至120﹒5億元。各業務狀況如下:
(一)淨利息收入上升3﹒5%至98﹒3億元。淨利差由去年1﹒64%收窄至1﹒51%;
(二)非利息收入下跌3﹒9%至30﹒1億元。
`,
    claims: [
      'topic.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-03-31 ← 48.2亿元',
      'topic.txt: 南湖银行 | 营业收入 | 2024-01-01/2024-12-31 ← 181.6亿元',
      'topic.txt: 南湖银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 增长6.1%',
      'list.txt: 北辰银行 | 归母净利润同比增长 | 2024-01-01/2024-12-31 ← 上升1%',
      'list.txt: 北辰银行 | 归母净利润 | 2024-01-01/2024-12-31 ← 120﹒5億元',
      'list.txt: 北辰银行 | 利息净收入同比增长 | 2024-01-01/2024-12-31 ← 上升3﹒5%',
      'list.txt: 北辰银行 | 利息净收入 | 2024-01-01/2024-12-31 ← 98﹒3億元',
      'list.txt: 北辰银行 | 净利差 | 2023-01-01/2023-12-31 ← 1﹒64%',
      'list.txt: 北辰银行 | 净利差 | 2024-01-01/2024-12-31 ← 1﹒51%',
      'list.txt: 北辰银行 | 非利息净收入同比增长 | 2024-01-01/2024-12-31 ← 下跌3﹒9%',
      'list.txt: 北辰银行 | 非利息净收入 | 2024-01-01/2024-12-31 ← 30﹒1億元',
    ],
  },
  {
    name: '"Central Bank" written as a name is the country\'s central bank; the common noun in a bank\'s results is no subject',
    corpus: `//- wire_en.txt
---
date: 2025-08-13
---
Central Bank: RMB loans increased by 12.87 trillion yuan in the first seven months.
//- bank_en.txt
---
date: 2025-08-30
---
Nanhu Bank's net interest margin narrowed to 1.52% in H1 2025, driven by central bank rate cuts, and its NPL ratio was 1.21%.
`,
    claims: [
      'wire_en.txt: 中国人民银行 | 人民币贷款增加 | 2025-01-01/2025-07-31 ← increased by 12.87 trillion yuan',
      'bank_en.txt: Nanhu Bank | 净息差 | 2025-01-01/2025-06-30 ← 1.52%',
      'bank_en.txt: Nanhu Bank | 不良贷款率 | 2025-06-30 ← 1.21%',
    ],
  },
  {
    name: 'a date after the names that open a sentence governs it after a connective too (另一方面，…); "the full year of 2024" dates the rest of the sentence',
    corpus: `//- connective.txt
另一方面，北辰银行2024年的非利息收入为86.38亿元，同比下降9.87%，在总营收中占比27.97%。
//- fullyear_en.txt
Nanhu Bank's annual report data for the full year of 2024 showed operating income of 46.69 billion yuan, a decrease of 10.9% year-on-year, and a net profit of 14.508 billion yuan.
`,
    claims: [
      'connective.txt: 北辰银行 | 非利息净收入 | 2024-01-01/2024-12-31 ← 86.38亿元',
      'connective.txt: 北辰银行 | 非利息净收入同比增长 | 2024-01-01/2024-12-31 ← 下降9.87%',
      'connective.txt: 北辰银行 | 非利息净收入总营收中占比 | 2024-01-01/2024-12-31 ← 27.97%',
      'fullyear_en.txt: Nanhu Bank | 营业收入 | 2024-01-01/2024-12-31 ← 46.69 billion yuan',
      'fullyear_en.txt: Nanhu Bank | 营业收入同比增长 | 2024-01-01/2024-12-31 ← decrease of 10.9%',
      'fullyear_en.txt: Nanhu Bank | 净利润 | 2024-01-01/2024-12-31 ← 14.508 billion yuan',
    ],
  },
  {
    name: 'an annual clause after a quarter\'s ("…; the annual net profit … was") is the whole year\'s; "quarter-on-quarter" after a change is period on period; the ordinary shareholders\' profit is its own',
    corpus: `//- q4_en.txt
---
date: 2025-03-26
---
Nanhu Bank released its 2024 annual results. Net profit: The net profit for the fourth quarter was 3.5 billion yuan, a decrease of approximately 8.4% quarter-on-quarter; the annual net profit attributable to shareholders was 14.8 billion yuan, an increase of 1.2% year-on-year.
//- ordinary.txt
---
date: 2025-03-26
---
2024年，南湖银行实现归属于母公司股东的净利润148.0亿元，归属于母公司普通股股东的净利润143.6亿元。
`,
    claims: [
      'q4_en.txt: Nanhu Bank | 净利润 | 2024-10-01/2024-12-31 ← 3.5 billion yuan',
      'q4_en.txt: Nanhu Bank | 净利润环比增长 | 2024-10-01/2024-12-31 ← decrease of approximately 8.4%',
      'q4_en.txt: Nanhu Bank | 归母净利润 | 2024-01-01/2024-12-31 ← 14.8 billion yuan',
      'q4_en.txt: Nanhu Bank | 归母净利润同比增长 | 2024-01-01/2024-12-31 ← increase of 1.2%',
      'ordinary.txt: 南湖银行 | 归母净利润 | 2024-01-01/2024-12-31 ← 148.0亿元',
      'ordinary.txt: 南湖银行 | 归属于普通股股东的净利润 | 2024-01-01/2024-12-31 ← 143.6亿元',
    ],
  },
  {
    name: 'Hong Kong\'s 第三季, 前三季 and 上季 are the quarter, the nine months and the quarter before; a clause of only a metric\'s name hands it to 录得 and the figure after it; the level after a change is of its period',
    corpus: `//- hk.txt
---
date: 2025-10-30
---
南湖銀行發佈第三季業績，期內歸屬於母公司股東的淨利潤，錄得101.8億元，按年增長3.29%。
前三季，淨利潤271.9億元，按年增長0.52%。
單看北辰銀行，其上季手續費及佣金淨收入增8.9%，至24.5億元。
`,
    claims: [
      'hk.txt: 南湖银行 | 归母净利润 | 2025-07-01/2025-09-30 ← 101.8億元',
      'hk.txt: 南湖银行 | 归母净利润同比增长 | 2025-07-01/2025-09-30 ← 增長3.29%',
      'hk.txt: 南湖银行 | 净利润 | 2025-01-01/2025-09-30 ← 271.9億元',
      'hk.txt: 南湖银行 | 净利润同比增长 | 2025-01-01/2025-09-30 ← 增長0.52%',
      'hk.txt: 北辰银行 | 手续费及佣金净收入同比增长 | 2025-07-01/2025-09-30 ← 增8.9%',
      'hk.txt: 北辰银行 | 手续费及佣金净收入 | 2025-07-01/2025-09-30 ← 24.5億元',
    ],
  },
  {
    name: 'a report named before its year ("its semi-annual report for 2025, the bank achieved …") dates the sentence as that part of the year; "per 10 ordinary shares" is a distribution per 10 shares',
    corpus: `//- semi_en.txt
Nanhu Bank disclosed its semi-annual report for 2025, the bank achieved a net profit attributable to bank shareholders of 19.2 billion yuan, a year-on-year increase of 0.85%.
The board approved a 2025 interim cash dividend of 1.41 yuan per 10 ordinary shares (pre-tax).
`,
    claims: [
      'semi_en.txt: Nanhu Bank | 归母净利润 | 2025-01-01/2025-06-30 ← 19.2 billion yuan',
      'semi_en.txt: Nanhu Bank | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← increase of 0.85%',
      'semi_en.txt: Nanhu Bank | 中期每10股派息 | 2025-01-01/2025-06-30 ← 1.41 yuan',
    ],
  },
  {
    name: '集团 in a story on several banks is the bank last named; in a page on one bank, that bank',
    corpus: `//- several.txt
---
date: 2025-10-31
---
建設銀行前三季淨利潤2,584.46億元，集團淨利息收益率1.36%。
交通銀行前三季實現淨利潤699.94億元，集團淨利息收益率1.20%。
//- one.txt
---
date: 2025-03-31
---
招商銀行業務狀況：招商銀行總部設於深圳，在香港擁有永隆銀行。
2024年度，集團之股東應佔溢利增長0.5%至1,438.06億元。
`,
    claims: [
      'several.txt: 建设银行 | 净利润 | 2025-01-01/2025-09-30 ← 2,584.46億元',
      'several.txt: 建设银行 | 净息差 | 2025-01-01/2025-09-30 ← 1.36%',
      'several.txt: 交通银行 | 净利润 | 2025-01-01/2025-09-30 ← 699.94億元',
      'several.txt: 交通银行 | 净息差 | 2025-01-01/2025-09-30 ← 1.20%',
      'one.txt: 招商银行 | 归母净利润同比增长 | 2024-01-01/2024-12-31 ← 增長0.5%',
      'one.txt: 招商银行 | 归母净利润 | 2024-01-01/2024-12-31 ← 1,438.06億元',
    ],
  },
  {
    name: 'a change after a level dated inside its clause is of the level\'s period; a figure before 占营收 is not revenue; 分别 after a list of fields that share one noun gives each field its own key',
    corpus: `//- strategy.txt
北辰银行2025年一季度存款付息率1.48%。这一布局使其在2024年实现非息收入626.5亿元，同比增长3.2%。
2024年，北辰银行科技投入12.3亿元占营收3.5%。
这意味着北辰银行在打造价值银行的路上走出了一步。资产端，截至2024年末，科技、绿色、普惠等重点领域贷款分别较上年末增长20.7%、19.6%和11.0%。
`,
    claims: [
      'strategy.txt: 北辰银行 | 存款平均成本率 | 2025-01-01/2025-03-31 ← 1.48%',
      'strategy.txt: 北辰银行 | 非利息净收入 | 2024-01-01/2024-12-31 ← 626.5亿元',
      'strategy.txt: 北辰银行 | 非利息净收入同比增长 | 2024-01-01/2024-12-31 ← 增长3.2%',
      'strategy.txt: 北辰银行 | 科技投入 | 2024-01-01/2024-12-31 ← 12.3亿元',
      'strategy.txt: 北辰银行 | 科技投入占营业收入比例 | 2024-01-01/2024-12-31 ← 3.5%',
      'strategy.txt: 北辰银行 | 科技贷款同比增长 | 2024-12-31 ← 增长20.7%',
      'strategy.txt: 北辰银行 | 绿色贷款余额同比增长 | 2024-12-31 ← 19.6%',
      'strategy.txt: 北辰银行 | 普惠贷款同比增长 | 2024-12-31 ← 11.0%',
    ],
  },
  {
    name: 'a broker\'s bracket of a shorthand period and a copula restates the figure before it at that period (1~3Q24 is the nine months); a signed rate after an amount in a table row is its change',
    corpus: `//- broker.txt
北辰银行2024年营收同比+2.3%(1~3Q24为+1.2%)，净利润同比+4.7%(1~3Q24为+3.4%)。净非息收入同比增5.7%(VS1~3Q24同比+2.5%)。
//- table.txt
北辰银行2024年主要指标：
资产总额 1.71万亿元 +8.6%
每股收益 0.81元 -2.4%
`,
    claims: [
      'broker.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 2.3%',
      'broker.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-09-30 ← 1.2%',
      'broker.txt: 北辰银行 | 净利润同比增长 | 2024-01-01/2024-12-31 ← 4.7%',
      'broker.txt: 北辰银行 | 净利润同比增长 | 2024-01-01/2024-09-30 ← 3.4%',
      'broker.txt: 北辰银行 | 非利息净收入同比增长 | 2024-01-01/2024-12-31 ← 增5.7%',
      'broker.txt: 北辰银行 | 非利息净收入同比增长 | 2024-01-01/2024-09-30 ← 2.5%',
      'table.txt: 北辰银行 | 资产总额 | 2024-12-31 ← 1.71万亿元',
      'table.txt: 北辰银行 | 资产总额同比增长 | 2024-12-31 ← 8.6%',
      'table.txt: 北辰银行 | 基本每股收益 | 2024-01-01/2024-12-31 ← 0.81元',
      'table.txt: 北辰银行 | 基本每股收益同比增长 | 2024-01-01/2024-12-31 ← -2.4%',
    ],
  },
  {
    name: 'a regulator\'s quarterly release names its period (2025年二季度…主要监管指标数据) and its sectors open their clauses (大型商业银行, 财产险公司, 商业银行)',
    corpus: `//- release.txt
金融监管总局8月中旬公布的2025年二季度银行业保险业主要监管指标数据显示，二季度末，银行业金融机构本外币资产总额460.1万亿元，同比增长7.5%。
其中，大型商业银行本外币资产总额200.4万亿元，同比增长10.1%，占比43.5%；股份制商业银行本外币资产总额74.9万亿元，同比增长4.8%。
商业银行不良贷款率1.48%，较上季末下降0.03个百分点。上半年，保险公司原保险保费收入3.6万亿元，同比增长5.2%。
`,
    claims: [
      'release.txt: 银行业金融机构 | 资产总额 | 2025-06-30 ← 460.1万亿元',
      'release.txt: 银行业金融机构 | 资产总额同比增长 | 2025-06-30 ← 增长7.5%',
      'release.txt: 大型商业银行 | 资产总额 | 2025-06-30 ← 200.4万亿元',
      'release.txt: 大型商业银行 | 资产总额同比增长 | 2025-06-30 ← 增长10.1%',
      'release.txt: 大型商业银行 | 资产总额占比 | 2025-06-30 ← 43.5%',
      'release.txt: 股份制商业银行 | 资产总额 | 2025-06-30 ← 74.9万亿元',
      'release.txt: 股份制商业银行 | 资产总额同比增长 | 2025-06-30 ← 增长4.8%',
      'release.txt: 商业银行 | 不良贷款率 | 2025-06-30 ← 1.48%',
      'release.txt: 商业银行 | 不良贷款率环比增长 | 2025-06-30 ← 下降0.03个百分点',
      'release.txt: 保险公司 | 原保险保费收入 | 2025-01-01/2025-06-30 ← 3.6万亿元',
      'release.txt: 保险公司 | 原保险保费收入同比增长 | 2025-01-01/2025-06-30 ← 增长5.2%',
    ],
  },
  {
    name: 'an English summary of a quarterly release: "as of the end of Q2 2025" dates the undated figures, and the sectors it names own them (not "several traditional commercial banks")',
    corpus: `//- release_en.txt
Regulator update - China's banking sector kept growing as of the end of Q2 2025.
- The total assets of banking financial institutions reached 460.1 trillion yuan, a year-on-year increase of 7.5%.
- The net profit of commercial banks for the first half of the year amounted to 1.1 trillion yuan.
- The NPL ratio for commercial banks was 1.48%, a decrease of 0.03 percentage points from the previous quarter.
//- webank_en.txt
Beichen Bank's total assets have surpassed those of several traditional commercial banks. Its operating income was 38.1 billion yuan in 2024.
`,
    claims: [
      'release_en.txt: 银行业金融机构 | 资产总额 | 2025-06-30 ← 460.1 trillion yuan',
      'release_en.txt: 银行业金融机构 | 资产总额同比增长 | 2025-06-30 ← increase of 7.5%',
      'release_en.txt: 商业银行 | 净利润 | 2025-01-01/2025-06-30 ← 1.1 trillion yuan',
      'release_en.txt: 商业银行 | 不良贷款率 | 2025-06-30 ← 1.48%',
      'release_en.txt: 商业银行 | 不良贷款率环比增长 | 2025-06-30 ← decrease of 0.03 percentage points',
      'webank_en.txt: Beichen Bank | 营业收入 | 2024-01-01/2024-12-31 ← 38.1 billion yuan',
    ],
  },
  {
    name: 'a breakdown by sector after 其中 goes on stating the level before it; 中国银行业金融机构 is the sector and a headline\'s 二季末 is no part of a name',
    corpus: `//- sectors_hk.txt
＊二季末保險公司和保險資產管理公司總資產增９﹒２％＊
2025年二季度末，中國銀行業金融機構本外幣資產總額460.1萬億元，同比增長7.5%。
2025年二季度末，保險公司和保險資產管理公司總資產39.0萬億元，較年初增加3.1萬億元。其中，財產險公司3.1萬億元，較年初增長9.1%；人身險公司34.0萬億元，較年初增長8.5%。
`,
    claims: [
      'sectors_hk.txt: 保险公司 | 资产总额同比增长 | 2025-06-30 ← 增９﹒２％',
      'sectors_hk.txt: 银行业金融机构 | 资产总额 | 2025-06-30 ← 460.1萬億元',
      'sectors_hk.txt: 银行业金融机构 | 资产总额同比增长 | 2025-06-30 ← 增長7.5%',
      'sectors_hk.txt: 保险公司 | 资产总额 | 2025-06-30 ← 39.0萬億元',
      'sectors_hk.txt: 保险公司 | 资产总额变动额 | 2025-01-01/2025-06-30 ← 增加3.1萬億元',
      'sectors_hk.txt: 财产险公司 | 资产总额 | 2025-06-30 ← 3.1萬億元',
      'sectors_hk.txt: 财产险公司 | 资产总额较上年末增长 | 2025-06-30 ← 增長9.1%',
      'sectors_hk.txt: 人身险公司 | 资产总额 | 2025-06-30 ← 34.0萬億元',
      'sectors_hk.txt: 人身险公司 | 资产总额较上年末增长 | 2025-06-30 ← 增長8.5%',
    ],
  },
  {
    name: 'a clause that opens with a metric and states no figure is the topic of the bare statement after it (not 其他非息收入 for 非息收入); the level after a bracketed change is the metric\'s',
    corpus: `//- topic.txt
2025年上半年，北辰银行经营情况如下：
- 手续费及佣金净收入减少5.4亿元(降幅2.6%)至204.6亿元
利息净收入作为北辰银行的主要收入来源，上半年实现445.1亿元，同比下降9.3%；非利息净收入表现更为糟糕，同比下降11.3%至248.8亿元。
其他非息收入延续正增态势，同比增长27.0%。
`,
    claims: [
      'topic.txt: 北辰银行 | 手续费及佣金净收入变动额 | 2025-01-01/2025-06-30 ← 减少5.4亿元',
      'topic.txt: 北辰银行 | 手续费及佣金净收入同比增长 | 2025-01-01/2025-06-30 ← 降幅2.6%',
      'topic.txt: 北辰银行 | 手续费及佣金净收入 | 2025-01-01/2025-06-30 ← 204.6亿元',
      'topic.txt: 北辰银行 | 利息净收入 | 2025-01-01/2025-06-30 ← 445.1亿元',
      'topic.txt: 北辰银行 | 利息净收入同比增长 | 2025-01-01/2025-06-30 ← 下降9.3%',
      'topic.txt: 北辰银行 | 非利息净收入同比增长 | 2025-01-01/2025-06-30 ← 下降11.3%',
      'topic.txt: 北辰银行 | 非利息净收入 | 2025-01-01/2025-06-30 ← 248.8亿元',
    ],
    unclaimed: ['topic.txt: 增长27.0% — no metric phrase next to it'],
  },
  {
    name: 'Hong Kong\'s 首三季 is the first nine months and 纯利 the profit attributable to shareholders; 上半年 in a nine-month report is the half; 全年 after a yearless 上半年 is the whole year',
    corpus: `//- hk.txt
北辰銀行(1234)2025年首三季純利達269.9億元(人民幣，下同)，淨利息收入下跌0.7%，至473.4億元。此外，其上半年實現營業收入409.1億元，按年增長1.8%。
//- year.txt
2024年，南湖银行年末不良贷款率微降至1.44%，但上半年曾攀升至1.65%，全年核销贷款金额达17.6亿元。
`,
    claims: [
      'hk.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-09-30 ← 269.9億元',
      'hk.txt: 北辰银行 | 利息净收入同比增长 | 2025-01-01/2025-09-30 ← 下跌0.7%',
      'hk.txt: 北辰银行 | 利息净收入 | 2025-01-01/2025-09-30 ← 473.4億元',
      'hk.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 409.1億元',
      'hk.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 增長1.8%',
      'year.txt: 南湖银行 | 不良贷款率 | 2024-12-31 ← 1.44%',
      'year.txt: 南湖银行 | 不良贷款率 | 2024-06-30 ← 1.65%',
      'year.txt: 南湖银行 | 贷款核销 | 2024-01-01/2024-12-31 ← 17.6亿元',
    ],
  },
  {
    name: 'Taiwan\'s financial holdings: 金控 names, 去（2025）年, a framing 就…观察 clause, 全年 in the report on last year, profit after tax and EPS as the press there words them, a rank after the figure; the byline\'s date is no period',
    corpus: `//- tw.txt
北辰金控去年獲利 每股賺3.21元
2026-01-14
國內上市金控去（2025）年自結獲利出爐，北辰金控全年合併稅後淨利356.2億元，年減4.5%，每股稅後盈餘3.21元。
就2025年全年獲利表現觀察，南湖金控稅後純益298.7億元，排名第二；東岳金控298.7億元排第三。
//- none.txt
西山金控公布營運概況
2026-01-14
西山金控全年合併稅後淨利102.5億元。
`,
    claims: [
      'tw.txt: 北辰金控 | 基本每股收益 | 2025-01-01/2025-12-31 ← 3.21元',
      'tw.txt: 北辰金控 | 净利润 | 2025-01-01/2025-12-31 ← 356.2億元',
      'tw.txt: 北辰金控 | 净利润同比增长 | 2025-01-01/2025-12-31 ← 減4.5%',
      'tw.txt: 北辰金控 | 基本每股收益 | 2025-01-01/2025-12-31 ← 3.21元',
      'tw.txt: 南湖金控 | 净利润 | 2025-01-01/2025-12-31 ← 298.7億元',
      'tw.txt: 东岳金控 | 净利润 | 2025-01-01/2025-12-31 ← 298.7億元',
      'none.txt: 西山金控 | 净利润 | 2026-01-14 ← 102.5億元',
    ],
  },
  {
    name: 'after a condition of adjustment (若计入…, "taking into account …") figures measure the adjusted item; a rise right after a share is the share\'s; 存放央行 is a balance-sheet line, not the central bank; a byline ends the title\'s sentence; "a 0.5% increase from the end of Q3" is no year-on-year change',
    corpus: `//- adj.txt
---
date: 2025-08-30
---
北辰銀行2025年上半年淨利息收入為250.6億港元，按年下跌3.5%；若計入外匯掉期合約的資金收入或成本，淨利息收入則為289.3億港元，按年上升0.4%；淨息差為1.54%。
//- adj_en.txt
North Star Bank posts first-half results
Aug 30, 2025
North Star Bank said net interest income for the first half of 2025 was HK$25.06 billion. Taking into account the funding income or costs of foreign exchange swap contracts, net interest income was HK$28.93 billion, up 0.4%.
//- share.txt
南湖银行2024年年报解读
2025-03-28
南湖银行2024年生息资产同比增长3.5%；其中贷款同比增长8.2%，占比65.0%，同比提升2.8%；存放央行同比下降5.6%，占比4.2%，同比下降0.4个百分点。
Total assets of Nanhu Bank grew by 5% year on year at the end of 2024, with a 0.5% increase from the end of Q3.
`,
    claims: [
      'adj.txt: 北辰银行 | 利息净收入 | 2025-01-01/2025-06-30 ← 250.6億港元',
      'adj.txt: 北辰银行 | 利息净收入同比增长 | 2025-01-01/2025-06-30 ← 下跌3.5%',
      'adj.txt: 北辰银行 | 调整后利息净收入 | 2025-01-01/2025-06-30 ← 289.3億港元',
      'adj.txt: 北辰银行 | 调整后利息净收入同比增长 | 2025-01-01/2025-06-30 ← 上升0.4%',
      'adj.txt: 北辰银行 | 调整后净息差 | 2025-01-01/2025-06-30 ← 1.54%',
      'adj_en.txt: North Star Bank | 利息净收入 | 2025-01-01/2025-06-30 ← HK$25.06 billion',
      'adj_en.txt: North Star Bank | 调整后利息净收入 | 2025-01-01/2025-06-30 ← HK$28.93 billion',
      'adj_en.txt: North Star Bank | 调整后利息净收入同比增长 | 2025-01-01/2025-06-30 ← up 0.4%',
      'share.txt: 南湖银行 | 生息资产同比增长 | 2024-12-31 ← 增长3.5%',
      'share.txt: 南湖银行 | 贷款余额同比增长 | 2024-12-31 ← 增长8.2%',
      'share.txt: 南湖银行 | 贷款余额占比 | 2024-12-31 ← 65.0%',
      'share.txt: 南湖银行 | 贷款余额占比同比增长 | 2024-12-31 ← 提升2.8%',
      'share.txt: 南湖银行 | 存放中央银行款项同比增长 | 2024-12-31 ← 下降5.6%',
      'share.txt: 南湖银行 | 存放中央银行款项占比 | 2024-12-31 ← 4.2%',
      'share.txt: 南湖银行 | 存放中央银行款项占比同比增长 | 2024-12-31 ← 下降0.4个百分点',
      'share.txt: Nanhu Bank | 资产总额同比增长 | 2024-12-31 ← grew by 5%',
    ],
  },
  {
    name: '期内 and 年内 opening a clause are the period just stated; a report named without a year (一季报显示) is the latest of its kind; a name before 股东应占溢利 is the owner of the profit',
    corpus: `//- within.txt
北辰集团业务状况
業績表現: - 截至2025年3月止三個月,北辰銀行股東應佔溢利減少26﹒4%至270﹒16億元。期 內,利息淨收入增加0﹒6%至137﹒71億元。 - 2024年度,北辰銀行股東應佔溢利上升47﹒8%至1266﹒07億元。年內,利息淨收入上升2﹒7%至551﹒86億元。
//- q1.txt
南湖银行上半年业绩
8月22日,南湖银行发布2025年半年度业绩报告。数据显示,报告期内该行实现营业收入693.9亿元,同比下降10.0%。
环比来看,一季报显示,南湖银行实现营收337.1亿元,同比下降13.1%。
`,
    claims: [
      'within.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-03-31 ← 減少26﹒4%',
      'within.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-03-31 ← 270﹒16億元',
      'within.txt: 北辰银行 | 利息净收入同比增长 | 2025-01-01/2025-03-31 ← 增加0﹒6%',
      'within.txt: 北辰银行 | 利息净收入 | 2025-01-01/2025-03-31 ← 137﹒71億元',
      'within.txt: 北辰银行 | 归母净利润同比增长 | 2024-01-01/2024-12-31 ← 上升47﹒8%',
      'within.txt: 北辰银行 | 归母净利润 | 2024-01-01/2024-12-31 ← 1266﹒07億元',
      'within.txt: 北辰银行 | 利息净收入同比增长 | 2024-01-01/2024-12-31 ← 上升2﹒7%',
      'within.txt: 北辰银行 | 利息净收入 | 2024-01-01/2024-12-31 ← 551﹒86億元',
      'q1.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-06-30 ← 693.9亿元',
      'q1.txt: 南湖银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 下降10.0%',
      'q1.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-03-31 ← 337.1亿元',
      'q1.txt: 南湖银行 | 营业收入同比增长 | 2025-01-01/2025-03-31 ← 下降13.1%',
    ],
  },
  {
    name: 'a month\'s statistics release named in the head (2025年11月金融数据, "the November financial data") covers that month; 前值 is the release before\'s value, at the month before; a wire header\'s time before its day leaves the day the document date',
    corpus: `//- monthly.txt
某研究团队解读11月金融数据
2025年12月12日,央行发布2025年11月金融数据。11月M2同比8.0%(前值8.2%)。新增社融2.49万亿元,同比多增1597亿元。
//- wire.txt
China's new yuan loans in November
Xinhua) 10:15, December 13, 2025
BEIJING, Dec. 12 (Xinhua) -- China's yuan-denominated loans rose 15.36 trillion yuan in the first 11 months of the year, according to the People's Bank of China. The November financial data showed M2 up 8 percent.
`,
    claims: [
      'monthly.txt: 中国人民银行 | 广义货币同比增长 | 2025-11-30 ← 8.0%',
      'monthly.txt: 中国人民银行 | 广义货币同比增长 | 2025-10-31 ← 8.2%',
      'monthly.txt: 中国人民银行 | 社会融资规模增量 | 2025-11-01/2025-11-30 ← 2.49万亿元',
      'monthly.txt: 中国人民银行 | 社会融资规模增量同比多增 | 2025-11-01/2025-11-30 ← 多增1597亿元',
      'wire.txt: 中国人民银行 | 人民币贷款增加 | 2025-01-01/2025-11-30 ← rose 15.36 trillion yuan',
      'wire.txt: 中国人民银行 | 广义货币同比增长 | 2025-11-30 ← up 8 percent',
    ],
  },
  {
    name: 'tables: periods across (a unit line, a change column, a section row that times the rows under it, a (%) row), organisations down under a caption\'s period, an English caption\'s unit and a column headed by a day',
    corpus: `//- annual.txt
北辰银行2024年年度报告摘要
北辰银行发布2024年年度报告。
单位：人民币百万元
| 项目 | 2024年 | 2023年 | 同比 |
|---|---|---|---|
| 营业收入 | 146,695 | 164,699 | -10.9% |
| 于年末 | | | |
| 资产总额 | 5,769,270 | 5,587,116 | 3.3% |
| 不良贷款率(%) | 1.06 | 1.06 | - |
//- compare.txt
2025年上半年上市银行业绩对比
2025年上半年，多家银行公布中期业绩。
单位：亿元
| 银行 | 营业收入 | 净利润 |
|---|---|---|
| 北辰银行 | 693.9 | 248.7 |
| 南湖银行 | 980.2 | 301.5 |
//- en.txt
Nanhu Bank interim report highlights
Key Financial Indicators (HKD million)
| Indicator | June 30, 2025 | June 30, 2024 | Change (YoY) |
| Profit attributable to equity holders of the Company | 22,152 | 20,040 | +10.5% |
| Total assets | 4,399,822 | 4,194,408 (Dec 31, 2024) | +4.9% |
Nanhu Bank said its profit attributable to equity holders rose 10.5%.
`,
    claims: [
      'annual.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 146,695',
      'annual.txt: 北辰银行 | 营业收入 | 2023-01-01/2023-12-31 ← 164,699',
      'annual.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← -10.9%',
      'annual.txt: 北辰银行 | 资产总额 | 2024-12-31 ← 5,769,270',
      'annual.txt: 北辰银行 | 资产总额 | 2023-12-31 ← 5,587,116',
      'annual.txt: 北辰银行 | 资产总额同比增长 | 2024-12-31 ← 3.3%',
      'annual.txt: 北辰银行 | 不良贷款率 | 2024-12-31 ← 1.06',
      'annual.txt: 北辰银行 | 不良贷款率 | 2023-12-31 ← 1.06',
      'compare.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 693.9',
      'compare.txt: 北辰银行 | 净利润 | 2025-01-01/2025-06-30 ← 248.7',
      'compare.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-06-30 ← 980.2',
      'compare.txt: 南湖银行 | 净利润 | 2025-01-01/2025-06-30 ← 301.5',
      'en.txt: Nanhu Bank | 归母净利润 | 2025-01-01/2025-06-30 ← 22,152',
      'en.txt: Nanhu Bank | 归母净利润 | 2024-01-01/2024-06-30 ← 20,040',
      'en.txt: Nanhu Bank | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 10.5%',
      'en.txt: Nanhu Bank | 资产总额 | 2025-06-30 ← 4,399,822',
      'en.txt: Nanhu Bank | 资产总额同比增长 | 2025-06-30 ← 4.9%',
    ],
  },
  {
    name: 'an English sentence that opens with its condition of adjustment ("Including funding income …, net interest income totaled …") states the adjusted item',
    corpus: `//- incl.txt
East Lake Bank interim results
Aug 30, 2025
Net interest income for the first half of 2025 was HK$12.06 billion. Including funding income or costs from foreign exchange swap contracts, net interest income totaled HK$13.93 billion, up 0.4% year-on-year.
`,
    claims: [
      'incl.txt: East Lake Bank | 利息净收入 | 2025-01-01/2025-06-30 ← HK$12.06 billion',
      'incl.txt: East Lake Bank | 调整后利息净收入 | 2025-01-01/2025-06-30 ← HK$13.93 billion',
      'incl.txt: East Lake Bank | 调整后利息净收入同比增长 | 2025-01-01/2025-06-30 ← up 0.4%',
    ],
  },
  {
    name: 'a provision (减值损失计提…) keys the loss; an adverb before a change (仅增长, 大幅下降) leaves it the level\'s; 存贷款 lists two items for 分别增…; a comparison base between the names and 分别 is no part of them',
    corpus: `//- parts.txt
---
date: 2025-08-22
---
北辰银行2025年上半年信用及其他资产减值损失计提194.5亿元，同比大幅下降16.0%。
截至2025年6月末，北辰银行资产总额5.2万亿元，较上年末增长2.1%。其中，发放贷款和垫款本金总额3.4万亿元，较上年末仅增长1.0%；企业存贷款余额较上年末分别增5.4%、4.7%。
南湖银行2025年上半年实现营业收入693.9亿元，同比下降10.0%。其中，利息净收入500.1亿元，同比下降8.2%。
`,
    claims: [
      'parts.txt: 北辰银行 | 信用及其他资产减值损失 | 2025-01-01/2025-06-30 ← 194.5亿元',
      'parts.txt: 北辰银行 | 信用及其他资产减值损失同比增长 | 2025-01-01/2025-06-30 ← 下降16.0%',
      'parts.txt: 北辰银行 | 资产总额 | 2025-06-30 ← 5.2万亿元',
      'parts.txt: 北辰银行 | 资产总额较上年末增长 | 2025-06-30 ← 增长2.1%',
      'parts.txt: 北辰银行 | 贷款余额 | 2025-06-30 ← 3.4万亿元',
      'parts.txt: 北辰银行 | 贷款余额较上年末增长 | 2025-06-30 ← 增长1.0%',
      'parts.txt: 北辰银行 | 公司存款较上年末增长 | 2025-06-30 ← 增5.4%',
      'parts.txt: 北辰银行 | 公司贷款较上年末增长 | 2025-06-30 ← 4.7%',
      'parts.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-06-30 ← 693.9亿元',
      'parts.txt: 南湖银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 下降10.0%',
      'parts.txt: 南湖银行 | 利息净收入 | 2025-01-01/2025-06-30 ← 500.1亿元',
      'parts.txt: 南湖银行 | 利息净收入同比增长 | 2025-01-01/2025-06-30 ← 下降8.2%',
    ],
  },
  {
    name: 'a paragraph opening with 其中 goes on from the period the paragraph before it stated',
    corpus: `//- esg.txt
北辰银行发布可持续发展报告
发布于 2024年6月18日
截至2023年末，北辰银行普惠贷款余额突破3000亿元。

其中，该行小微企业贷款余额超1200亿元，服务小微企业超40万户。

截至2023年末，北辰银行已与多家科研机构共建实验室。

其中，北辰银行绿色贷款余额超600亿元。
`,
    claims: [
      'esg.txt: 北辰银行 | 普惠贷款余额 | 2023-12-31 ← 突破3000亿元',
      'esg.txt: 北辰银行 | 小微企业贷款 | 2023-12-31 ← 超1200亿元',
      'esg.txt: 北辰银行 | 小微企业客户 | 2023-12-31 ← 超40万户',
      'esg.txt: 北辰银行 | 绿色贷款余额 | 2023-12-31 ← 超600亿元',
    ],
  },
  {
    name: '赚 is the profit a market\'s press means by it: Hong Kong\'s attributable profit (中期多赚14%至24亿元), a Taiwanese holding\'s net profit; 依次为 lists as 分别为 does',
    corpus: `//- hk.txt
北辰銀行中期多賺14%至24億元 派息增加
2025年8月21日
北辰銀行公布，截至6月30日止半年，股東應佔溢利24.1億元。
//- tw.txt
南湖金控全年賺1,036.2億元 每股賺7.12元
2026年1月12日
南湖金控去年稅後賺1,036.2億元，較前年減少8.5%。
//- mainland.txt
北辰银行近五年增长放缓
2025年4月2日
2021年至2023年，北辰银行营收增速依次为18.26%、13.69%、5.76%。
`,
    claims: [
      'hk.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 多賺14%',
      'hk.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 24億元',
      'hk.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 24.1億元',
      'tw.txt: 南湖金控 | 净利润 | 2025-01-01/2025-12-31 ← 1,036.2億元',
      'tw.txt: 南湖金控 | 基本每股收益 | 2025-01-01/2025-12-31 ← 7.12元',
      'tw.txt: 南湖金控 | 净利润 | 2025-01-01/2025-12-31 ← 1,036.2億元',
      'tw.txt: 南湖金控 | 净利润同比增长 | 2025-01-01/2025-12-31 ← 減少8.5%',
      'mainland.txt: 北辰银行 | 营业收入同比增长 | 2021-01-01/2021-12-31 ← 18.26%',
      'mainland.txt: 北辰银行 | 营业收入同比增长 | 2022-01-01/2022-12-31 ← 13.69%',
      'mainland.txt: 北辰银行 | 营业收入同比增长 | 2023-01-01/2023-12-31 ← 5.76%',
    ],
  },
  {
    name: 'a change named by its noun after the figure (实现0.8%的增长, "a 1.6% rise", "a 6.47% increase from the prior year-end"), a base\'s rate before 的增长率, and the amount before a bracketed conversion and "in operating income"',
    corpus: `//- zh.txt
北辰银行2024年业绩点评
2025年4月2日
2024年，北辰银行净利润实现0.8%的增长，对比2023年净利润21.01%的增长率，增速明显放缓。营收录得3.1%的降幅。
//- en.txt
Beichen Bank's interim results, August 30, 2025
In the first half of 2025, Beichen Bank generated 69.385 billion yuan ($9.7 billion) in operating income, down 10 percent.
It posted a net profit attributable to its parent‑company shareholders of 24.87 billion yuan, a 1.6% rise.
As of June 30, 2025, its total assets reached 5.12 trillion yuan, a 6.47% increase from the prior year-end, reflecting a 10.8% increase year-on-year.
`,
    claims: [
      'zh.txt: 北辰银行 | 净利润同比增长 | 2024-01-01/2024-12-31 ← 0.8%',
      'zh.txt: 北辰银行 | 净利润同比增长 | 2023-01-01/2023-12-31 ← 21.01%',
      'zh.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 3.1%',
      'en.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-06-30 ← 69.385 billion yuan',
      'en.txt: Beichen Bank | 营业收入同比增长 | 2025-01-01/2025-06-30 ← down 10 percent',
      'en.txt: Beichen Bank | 归母净利润 | 2025-01-01/2025-06-30 ← 24.87 billion yuan',
      'en.txt: Beichen Bank | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 1.6%',
      'en.txt: Beichen Bank | 资产总额 | 2025-06-30 ← 5.12 trillion yuan',
      'en.txt: Beichen Bank | 资产总额较上年末增长 | 2025-06-30 ← 6.47%',
      'en.txt: Beichen Bank | 资产总额同比增长 | 2025-06-30 ← 10.8%',
    ],
  },
  {
    name: 'a national statistic "in China" and "money in circulation" are the central bank\'s M2 and M0, and "reflecting an 8.3% increase" the change of the level before it',
    corpus: `//- release.txt
PBOC: Financial Statistics for the First Half of 2025
By staff reporter, July 15, 2025
The People's Bank of China said that as of June 2025, the broad money supply (M2) in China reached 330.29 trillion yuan, reflecting an 8.3% increase year-on-year. The total money in circulation (M0) amounted to 13.18 trillion yuan, marking a significant 12% growth.
`,
    claims: [
      'release.txt: 中国人民银行 | 广义货币 | 2025-06-30 ← 330.29 trillion yuan',
      'release.txt: 中国人民银行 | 广义货币同比增长 | 2025-06-30 ← 8.3%',
      'release.txt: 中国人民银行 | 流通中货币 | 2025-06-30 ← 13.18 trillion yuan',
      'release.txt: 中国人民银行 | 流通中货币同比增长 | 2025-06-30 ← 12%',
    ],
  },
  {
    name: 'lists whose names stand in the clause before (…均有正增长，分别同比增长是…; 北辰银行近年利息净收入下滑明显，2020年至2024年分别为…), changes in points of the rates just listed, a described topic metric and Hong Kong\'s 中期息每股',
    corpus: `//- lists.txt
北辰银行业绩回顾
2025年9月1日
2025年上半年，北辰银行经营收入和拨备前利润均有正增长，分別同比增長是2.95%和3.37%。
北辰银行近年利息凈收入下滑明顯，2020 年至 2024 年分別為 819.67 億、796.05 億、742.93 億、704.42 億、620.63 億。
截至2025年6月末，北辰银行資本充足率及一級資本充足率分別為15.9%及12.07%，分別較去年底下跌0.12個百分點及0.04個百分點。
作为营收支柱的利息净收入，上半年仅录得445.07亿元，同比下降9.3%。
北辰银行中期息每股0.1094元。
`,
    claims: [
      'lists.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 2.95%',
      'lists.txt: 北辰银行 | 拨备前利润同比增长 | 2025-01-01/2025-06-30 ← 3.37%',
      'lists.txt: 北辰银行 | 利息净收入 | 2020-01-01/2020-12-31 ← 819.67 億',
      'lists.txt: 北辰银行 | 利息净收入 | 2021-01-01/2021-12-31 ← 796.05 億',
      'lists.txt: 北辰银行 | 利息净收入 | 2022-01-01/2022-12-31 ← 742.93 億',
      'lists.txt: 北辰银行 | 利息净收入 | 2023-01-01/2023-12-31 ← 704.42 億',
      'lists.txt: 北辰银行 | 利息净收入 | 2024-01-01/2024-12-31 ← 620.63 億',
      'lists.txt: 北辰银行 | 资本充足率 | 2025-06-30 ← 15.9%',
      'lists.txt: 北辰银行 | 一级资本充足率 | 2025-06-30 ← 12.07%',
      'lists.txt: 北辰银行 | 资本充足率较上年末增长 | 2025-06-30 ← 下跌0.12個百分點',
      'lists.txt: 北辰银行 | 一级资本充足率较上年末增长 | 2025-06-30 ← 0.04個百分點',
      'lists.txt: 北辰银行 | 利息净收入 | 2025-01-01/2025-06-30 ← 445.07亿元',
      'lists.txt: 北辰银行 | 利息净收入同比增长 | 2025-01-01/2025-06-30 ← 下降9.3%',
      'lists.txt: 北辰银行 | 中期每股股利 | 2025-01-01/2025-06-30 ← 0.1094元',
    ],
  },
  {
    name: 'an amount again in another currency is no claim, and the change after it is the amount\'s; a summary\'s space-parted change goes on from its level; a heading inside a flattened digest narrows 净利润; a summary header names its report (- 2025 - 中期财报)',
    corpus: `//- converted.txt
Beichen Bank posts interim results, August 29, 2025
As of June 30, 2025, Beichen Bank's total assets reached RMB 4.43 trillion ($0.61 trillion), representing an increase of 9.52% from the end of last year. Operating income was RMB 38.59 billion ($5.34 billion), a rise of 2.95% year-on-year.
//- converted_tw.txt
北辰銀行上半年淨賺人民幣682億元
2025年8月30日
北辰銀行上半年淨賺人民幣682億元（約新台幣2,900億元），年減0.2%。
//- digest.txt
上市银行中报速览
2025年9月1日
资产规模 - 北辰银行资产总计5.32万亿元 较上年末增长7.2% [2] 归母净利润 - 南湖银行归母净利润139.5亿元 同比增长2.66% [3] - 西江银行净利润49.2亿元 同比增长0.85% [3] 净息差表现 - 北辰银行净息差1.26% [6]
//- header.txt
北辰银行(02388) - 2025 - 中期财报 要点(reportify)
收入和利润 - 提取减值准备前之净经营收入为40.22亿港元,同比增长13.3%[4]
`,
    claims: [
      'converted.txt: Beichen Bank | 资产总额 | 2025-06-30 ← RMB 4.43 trillion',
      'converted.txt: Beichen Bank | 资产总额较上年末增长 | 2025-06-30 ← increase of 9.52%',
      'converted.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-06-30 ← RMB 38.59 billion',
      'converted.txt: Beichen Bank | 营业收入同比增长 | 2025-01-01/2025-06-30 ← rise of 2.95%',
      'converted_tw.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 人民幣682億元',
      'converted_tw.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 人民幣682億元',
      'converted_tw.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 減0.2%',
      'digest.txt: 北辰银行 | 资产总额 | 2025-09-01 ← 5.32万亿元',
      'digest.txt: 北辰银行 | 资产总额较上年末增长 | 2025-09-01 ← 增长7.2%',
      'digest.txt: 南湖银行 | 归母净利润 | 2025-09-01 ← 139.5亿元',
      'digest.txt: 南湖银行 | 归母净利润同比增长 | 2025-09-01 ← 增长2.66%',
      'digest.txt: 西江银行 | 归母净利润 | 2025-09-01 ← 49.2亿元',
      'digest.txt: 西江银行 | 归母净利润同比增长 | 2025-09-01 ← 增长0.85%',
      'digest.txt: 北辰银行 | 净息差 | 2025-09-01 ← 1.26%',
      'header.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 40.22亿港元',
      'header.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 增长13.3%',
    ],
    unclaimed: [
      'converted.txt: $0.61 trillion — the amount before it in another currency',
      'converted.txt: $5.34 billion — the amount before it in another currency',
      'converted_tw.txt: 約新台幣2,900億元 — the amount before it in another currency',
    ],
  },
  {
    name: 'a Hong Kong bank\'s or a Taiwanese holding\'s bare 元 is its home currency, unless the document says its amounts are renminbi',
    corpus: `//- hk.txt
中銀香港上半年盈利221.5億元 按年升10.5%
2025年8月29日
中銀香港派第二次中期股息每股0.29元，淨息差1.34厘。
//- tw.txt
富邦金全年賺1,208.5億元
2026年1月12日
//- mainland_in_hk.txt
工商銀行公布中期業績
2025年8月30日
工商銀行中期純利1,688億元（人民幣，下同），按年跌0.4%。
`,
    claims: [
      'hk.txt: 中银香港 | 盈利 | 2025-01-01/2025-06-30 ← 221.5億元',
      'hk.txt: 中银香港 | 盈利同比增长 | 2025-01-01/2025-06-30 ← 升10.5%',
      'hk.txt: 中银香港 | 派第二次中期每股股利 | 2025-01-01/2025-06-30 ← 0.29元',
      'hk.txt: 中银香港 | 净息差 | 2025-01-01/2025-06-30 ← 1.34厘',
      'tw.txt: 富邦金控 | 净利润 | 2025-01-01/2025-12-31 ← 1,208.5億元',
      'mainland_in_hk.txt: 工商银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 1,688億元',
      'mainland_in_hk.txt: 工商银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 跌0.4%',
    ],
  },
  {
    name: 'last year\'s same period opening a clause states the value of the metric just stated a year before (去年同期为…, 较去年同期…增长…); a change restated as a rate after 或; 其 before a sentence\'s date',
    corpus: `//- hk.txt
北辰银行公布中期业绩
2025年8月29日
2025年上半年，北辰银行净利润为227.96亿元，较去年同期204.63亿元增长11.4%。基本每股收益2.0952元，去年同期为1.8954元。
截至2025年6月末，北辰银行不良贷款率1.24%，下降0.01个百分点，去年同期为1.25%。上半年净息差为1.80%，较去年同期下降了16个基点。
北辰银行提取减值准备前之净经营收入为400.22亿港元，按年上升46.86亿港元或13.3%。
//- en.txt
Beichen Bank results, March 28, 2025
In 2024, Beichen Bank's net profit was RMB 40.2 billion, down RMB 2.1 billion, or 5.3%.
//- zh.txt
北辰银行业绩观察
2025年10月30日
北辰银行2025年前三季度净利润2,699亿元。此外，其上半年實現營業收入409.08亿元；淨息差1.16%。
`,
    claims: [
      'hk.txt: 北辰银行 | 净利润 | 2025-01-01/2025-06-30 ← 227.96亿元',
      'hk.txt: 北辰银行 | 净利润 | 2024-01-01/2024-06-30 ← 204.63亿元',
      'hk.txt: 北辰银行 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 增长11.4%',
      'hk.txt: 北辰银行 | 基本每股收益 | 2025-01-01/2025-06-30 ← 2.0952元',
      'hk.txt: 北辰银行 | 基本每股收益 | 2024-01-01/2024-06-30 ← 1.8954元',
      'hk.txt: 北辰银行 | 不良贷款率 | 2025-06-30 ← 1.24%',
      'hk.txt: 北辰银行 | 不良贷款率同比增长 | 2025-06-30 ← 下降0.01个百分点',
      'hk.txt: 北辰银行 | 不良贷款率 | 2024-06-30 ← 1.25%',
      'hk.txt: 北辰银行 | 净息差 | 2025-01-01/2025-06-30 ← 1.80%',
      'hk.txt: 北辰银行 | 净息差同比增长 | 2025-01-01/2025-06-30 ← 下降了16个基点',
      'hk.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 400.22亿港元',
      'hk.txt: 北辰银行 | 营业收入变动额 | 2025-01-01/2025-06-30 ← 上升46.86亿港元',
      'hk.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 13.3%',
      'en.txt: Beichen Bank | 净利润 | 2024-01-01/2024-12-31 ← RMB 40.2 billion',
      'en.txt: Beichen Bank | 净利润变动额 | 2024-01-01/2024-12-31 ← down RMB 2.1 billion',
      'en.txt: Beichen Bank | 净利润同比增长 | 2024-01-01/2024-12-31 ← 5.3%',
      'zh.txt: 北辰银行 | 净利润 | 2025-01-01/2025-09-30 ← 2,699亿元',
      'zh.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 409.08亿元',
      'zh.txt: 北辰银行 | 净息差 | 2025-01-01/2025-06-30 ← 1.16%',
    ],
  },
  {
    name: 'in a summary that parts its statements by spaces, a metric and its change spaced apart (零售不良率 微升0.07%) are one statement',
    corpus: `//- spaced.txt
北辰银行2024年报解读
2025年3月30日
资产质量 截至2024年末 不良贷款率保持 0.95% 稳定 但零售不良率 微升0.07个百分点 房地产贷款不良率 下降0.27个百分点 至4.74%
`,
    claims: [
      'spaced.txt: 北辰银行 | 不良贷款率 | 2024-12-31 ← 0.95%',
      'spaced.txt: 北辰银行 | 零售不良率同比增长 | 2024-12-31 ← 升0.07个百分点',
      'spaced.txt: 北辰银行 | 房地产贷款不良贷款率同比增长 | 2024-12-31 ← 下降0.27个百分点',
      'spaced.txt: 北辰银行 | 房地产贷款不良贷款率 | 2024-12-31 ← 4.74%',
    ],
  },
  {
    name: 'a Hong Kong group\'s half-year in PDF-extracted text: radicals read as ideographs, 除税前利润 and 除税后利润, a name after a preposition or a verb of a deal is no subject, a report named with 的',
    corpus: `//- pdf.txt
北辰集团发布2025年中期业绩:除税后利润24亿美元,同比减少30%
7月30日,北辰集团发布2025年中期业绩,该集团期内除税后利润24亿美元,同比减少30%;每股基本盈利0.65美元。
除税前利润较2024年上半年减少5.7亿美元⾄15.8亿美元,主要由于确认与联营公司南湖银⾏股份有限公司相关的减值亏损2.1亿美元。
收入较2024年上半年减少3.2亿美元⾄34.1亿美元。今年⾸六个⽉集团吸纳6万名新增客户。
//- report.txt
北辰集团近期公布了其2025年上半年的财务报告。净利润方面,除税后利润达到24.41亿美元,与去年同期相比减少了29.6%。
`,
    claims: [
      'pdf.txt: 北辰集团 | 净利润 | 2025-01-01/2025-06-30 ← 24亿美元',
      'pdf.txt: 北辰集团 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 减少30%',
      'pdf.txt: 北辰集团 | 净利润 | 2025-01-01/2025-06-30 ← 24亿美元',
      'pdf.txt: 北辰集团 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 减少30%',
      'pdf.txt: 北辰集团 | 基本每股收益 | 2025-01-01/2025-06-30 ← 0.65美元',
      'pdf.txt: 北辰集团 | 利润总额变动额 | 2025-01-01/2025-06-30 ← 减少5.7亿美元',
      'pdf.txt: 北辰集团 | 利润总额 | 2025-01-01/2025-06-30 ← 15.8亿美元',
      'pdf.txt: 北辰集团 | 收入变动额 | 2025-01-01/2025-06-30 ← 减少3.2亿美元',
      'pdf.txt: 北辰集团 | 收入 | 2025-01-01/2025-06-30 ← 34.1亿美元',
      'pdf.txt: 北辰集团 | 新增客户 | 2025-01-01/2025-06-30 ← 6万名',
      'report.txt: 北辰集团 | 净利润 | 2025-01-01/2025-06-30 ← 24.41亿美元',
      'report.txt: 北辰集团 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 减少了29.6%',
    ],
  },
  {
    name: 'an English digest that names its year after the result ("a net profit of RMB 36.7 billion for 2024") covers that year\'s report; "although" opens no metric',
    corpus: `//- digest_en.txt
Stable Financial Performance: Beichen Bank reported a net profit of RMB 36.7 billion for 2024, with an operating revenue of RMB 78.6 billion. The net interest margin (NIM) was 1.42%, and the NPL ratio was 1.34%, although the NIM slightly decreased by 19 basis points year-over-year.
`,
    claims: [
      'digest_en.txt: Beichen Bank | 净利润 | 2024-01-01/2024-12-31 ← RMB 36.7 billion',
      'digest_en.txt: Beichen Bank | 营业收入 | 2024-01-01/2024-12-31 ← RMB 78.6 billion',
      'digest_en.txt: Beichen Bank | 净息差 | 2024-01-01/2024-12-31 ← 1.42%',
      'digest_en.txt: Beichen Bank | 不良贷款率 | 2024-12-31 ← 1.34%',
      'digest_en.txt: Beichen Bank | 净息差同比增长 | 2024-01-01/2024-12-31 ← decreased by 19 basis points',
    ],
  },
  {
    name: 'English digests: loans to customers, a change of a figure then its concept ("a decrease of 4 basis points in net interest margin"), a second change after "and", "a 9% reduction", a dividend\'s total',
    corpus: `//- interim_en.txt
Beichen Bank interim results
2025-08-30
Beichen Bank reported a net profit of 38.5 billion yuan for the second quarter, with a quarter-on-quarter decrease of 4 basis points in net interest margin.
In the first half of 2025, total loans to customers rose by 6.99% to RMB7.2 trillion.
The net interest margin was 1.88%, down 3 basis points quarter-on-quarter and 18 basis points year-on-year.
Operating expenses decreased, totaling 19.206 billion yuan, a 9% reduction.
The core tier 1 capital adequacy ratio stood at 13.57%, tier-1 capital adequacy at 14.80%.
The board proposed a dividend of RMB 1 per share, totaling RMB 25.2 billion.
`,
    claims: [
      'interim_en.txt: Beichen Bank | 净利润 | 2025-04-01/2025-06-30 ← 38.5 billion yuan',
      'interim_en.txt: Beichen Bank | 净息差环比增长 | 2025-04-01/2025-06-30 ← decrease of 4 basis points',
      'interim_en.txt: Beichen Bank | 贷款余额同比增长 | 2025-06-30 ← rose by 6.99%',
      'interim_en.txt: Beichen Bank | 贷款余额 | 2025-06-30 ← RMB7.2 trillion',
      'interim_en.txt: Beichen Bank | 净息差 | 2025-01-01/2025-06-30 ← 1.88%',
      'interim_en.txt: Beichen Bank | 净息差环比增长 | 2025-01-01/2025-06-30 ← down 3 basis points',
      'interim_en.txt: Beichen Bank | 净息差同比增长 | 2025-01-01/2025-06-30 ← 18 basis points',
      'interim_en.txt: Beichen Bank | 营业支出 | 2025-01-01/2025-06-30 ← 19.206 billion yuan',
      'interim_en.txt: Beichen Bank | 营业支出同比增长 | 2025-01-01/2025-06-30 ← 9%',
      'interim_en.txt: Beichen Bank | 核心一级资本充足率 | 2025-06-30 ← 13.57%',
      'interim_en.txt: Beichen Bank | 一级资本充足率 | 2025-06-30 ← 14.80%',
      'interim_en.txt: Beichen Bank | 每股股利 | 2025-01-01/2025-06-30 ← RMB 1',
      'interim_en.txt: Beichen Bank | 现金分红总额 | 2025-01-01/2025-06-30 ← RMB 25.2 billion',
    ],
  },
  {
    name: 'a monetary authority\'s monthly release in both languages (the authorized institutions it counts are no subject of their own): a change stated for a month is month on month, the year-on-year one says so, a span since the year began, a base after "from" with its own date',
    corpus: `//- hkma_en.txt
HKMA monthly monetary statistics
2025-09-30
Total deposits with authorized institutions increased by 0.9% in August 2025. Among the total, Hong Kong dollar deposits decreased by 2.1% in August.
In the year to end-August, total deposits and Hong Kong dollar deposits increased by 8.7% and 2.6% respectively.
The Hong Kong dollar loan-to-deposit ratio increased to 74.6% at the end of August from 73.1% at the end of July.
Hong Kong dollar M1 decreased by 2.9% in August and increased by 16.1% compared to a year ago.
//- hkma_zh.txt
金管局公布8月份貨幣統計數字
2025-09-30
金管局公布，認可機構的存款總額在今年8月份上升0.9%，港元存款在8月份下跌2.1%。
8月份經季節因素調整的港元貨幣供應量M1下跌2.9%，與去年同期比較則上升16.1%。
`,
    claims: [
      'hkma_en.txt: 香港金融管理局 | 存款余额环比增长 | 2025-08-31 ← increased by 0.9%',
      'hkma_en.txt: 香港金融管理局 | 港元存款环比增长 | 2025-08-31 ← decreased by 2.1%',
      'hkma_en.txt: 香港金融管理局 | 存款余额较上年末增长 | 2025-09-30 ← increased by 8.7%',
      'hkma_en.txt: 香港金融管理局 | 港元存款较上年末增长 | 2025-09-30 ← 2.6%',
      'hkma_en.txt: 香港金融管理局 | 港元贷存比率 | 2025-08-31 ← 74.6%',
      'hkma_en.txt: 香港金融管理局 | 港元贷存比率 | 2025-07-31 ← 73.1%',
      'hkma_en.txt: 香港金融管理局 | 港元狭义货币环比增长 | 2025-08-31 ← decreased by 2.9%',
      'hkma_en.txt: 香港金融管理局 | 港元狭义货币同比增长 | 2025-08-31 ← increased by 16.1%',
      'hkma_zh.txt: 香港金融管理局 | 存款余额环比增长 | 2025-08-31 ← 上升0.9%',
      'hkma_zh.txt: 香港金融管理局 | 港元存款环比增长 | 2025-08-31 ← 下跌2.1%',
      'hkma_zh.txt: 香港金融管理局 | 港元狭义货币环比增长 | 2025-08-31 ← 下跌2.9%',
      'hkma_zh.txt: 香港金融管理局 | 港元狭义货币同比增长 | 2025-08-31 ← 上升16.1%',
    ],
  },
  {
    name: 'a central bank\'s English release names its aggregate twice ("The broad money supply, or M2, stood at …"); a header row of years inside a table names no values',
    corpus: `//- pboc_en.txt
Financial statistics
2025-12-12
The broad money supply, or M2, stood at 336.99 trillion yuan at the end of November, up 8% year on year.
//- table_en.txt
Beichen Bank 2024 annual results
2025-03-28
Capital adequacy (%) | 2024 | 2023 |
Capital adequacy ratio | 19.39% | 19.10% |
`,
    claims: [
      'pboc_en.txt: 中国人民银行 | 广义货币 | 2025-11-30 ← 336.99 trillion yuan',
      'pboc_en.txt: 中国人民银行 | 广义货币同比增长 | 2025-11-30 ← up 8%',
      'table_en.txt: Beichen Bank | 资本充足率 | 2024-12-31 ← 19.39%',
      'table_en.txt: Beichen Bank | 资本充足率 | 2023-12-31 ← 19.10%',
    ],
  },
  {
    name: 'a mid-year change against the end of the year before, named by its year (较2024年末增加), is the change since the year began',
    corpus: `//- q3.txt
北辰银行三季度经营情况
2025-11-02
截至2025年9月30日，北辰银行不良贷款余额为87.1亿元，较2024年末增加2.9亿元；不良贷款率为1.12%，较2024年末下降0.06个百分点。
//- q3b.txt
北辰银行前三季度业绩
2025-10-31
截至2025年9月末，北辰银行不良贷款率为1.12%，较上年末下降0.06个百分点。
`,
    claims: [
      'q3.txt: 北辰银行 | 不良贷款余额 | 2025-09-30 ← 87.1亿元',
      'q3.txt: 北辰银行 | 不良贷款余额变动额 | 2025-09-30 ← 增加2.9亿元',
      'q3.txt: 北辰银行 | 不良贷款率 | 2025-09-30 ← 1.12%',
      'q3.txt: 北辰银行 | 不良贷款率较上年末增长 | 2025-09-30 ← 下降0.06个百分点',
      'q3b.txt: 北辰银行 | 不良贷款率 | 2025-09-30 ← 1.12%',
      'q3b.txt: 北辰银行 | 不良贷款率较上年末增长 | 2025-09-30 ← 下降0.06个百分点',
    ],
  },
  {
    name: 'English research digests of a nine-month report: "Q1 to Q3 of 2025", a clause that names the next change\'s metric, "improved by", "for the same period", bases after "from"',
    corpus: `//- q3_en.txt
Beichen Bank 2025 third-quarter results
For Q1 to Q3 of 2025, Beichen Bank's operating income decreased by 9.8% year-on-year to 100.7 billion yuan.
The net profit attributable to shareholders for the same period is 38.3 billion yuan, down 3.5% year-on-year.
The yield on interest-earning assets is recorded at 3.50%, down 5 basis points from mid-2025, while the cost of interest-bearing liabilities has improved significantly, decreasing by 6 basis points to 1.73%.
The core tier 1 capital adequacy ratio improved by 1.18 percentage points, and the cost of liabilities improved by 13 basis points.
The bank's total assets at the end of the third quarter are 5.77 trillion yuan, and total interest-earning assets amounted to 5.61 trillion yuan.
The loan provision coverage ratio stands at 229.6%, and the annualized weighted average ROE stands at 11.09%.
`,
    claims: [
      'q3_en.txt: Beichen Bank | 营业收入同比增长 | 2025-01-01/2025-09-30 ← decreased by 9.8%',
      'q3_en.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-09-30 ← 100.7 billion yuan',
      'q3_en.txt: Beichen Bank | 归母净利润 | 2025-01-01/2025-09-30 ← 38.3 billion yuan',
      'q3_en.txt: Beichen Bank | 归母净利润同比增长 | 2025-01-01/2025-09-30 ← down 3.5%',
      'q3_en.txt: Beichen Bank | 生息资产平均收益率 | 2025-01-01/2025-09-30 ← 3.50%',
      'q3_en.txt: Beichen Bank | 计息负债平均成本率同比增长 | 2025-01-01/2025-09-30 ← decreasing by 6 basis points',
      'q3_en.txt: Beichen Bank | 计息负债平均成本率 | 2025-01-01/2025-09-30 ← 1.73%',
      'q3_en.txt: Beichen Bank | 核心一级资本充足率同比增长 | 2025-09-30 ← 1.18 percentage points',
      'q3_en.txt: Beichen Bank | 资产总额 | 2025-09-30 ← 5.77 trillion yuan',
      'q3_en.txt: Beichen Bank | 生息资产 | 2025-09-30 ← 5.61 trillion yuan',
      'q3_en.txt: Beichen Bank | 拨备覆盖率 | 2025-09-30 ← 229.6%',
      'q3_en.txt: Beichen Bank | 加权平均净资产收益率 | 2025-01-01/2025-09-30 ← 11.09%',
    ],
  },
  {
    name: 'a newspaper\'s note on the monthly monetary figures names no authority: Hong Kong\'s statistics are the Monetary Authority\'s, 认可机构 counts for it, a span since the year began mid-sentence',
    corpus: `//- hk_note.txt
本港存款回落
2025-09-01
8月份港元存款按月下跌2.1%，認可機構的存款總額按月上升0.9%，年初截至8月底存款總額及港元存款分別上升8.7%及2.6%。
跨境貿易結算的人民幣匯款總額於8月份為9969億元人民幣。港元貸存比率由7月底的73.1%，上升至8月底的74.6%。
`,
    claims: [
      'hk_note.txt: 香港金融管理局 | 港元存款环比增长 | 2025-08-31 ← 下跌2.1%',
      'hk_note.txt: 香港金融管理局 | 存款余额环比增长 | 2025-08-31 ← 上升0.9%',
      'hk_note.txt: 香港金融管理局 | 存款余额较上年末增长 | 2025-08-31 ← 上升8.7%',
      'hk_note.txt: 香港金融管理局 | 港元存款较上年末增长 | 2025-08-31 ← 2.6%',
      'hk_note.txt: 香港金融管理局 | 跨境贸易结算人民币汇款 | 2025-08-01/2025-08-31 ← 9969億元人民幣',
      'hk_note.txt: 香港金融管理局 | 港元贷存比率 | 2025-07-31 ← 73.1%',
    ],
  },
  {
    name: 'a Hong Kong bank\'s interim in both languages: the company\'s and the interim\'s profit are the attributable profit, "Shareholders\' attributable profit", HK\'s top line before impairment provisions',
    corpus: `//- zh.txt
北辰银行2025年中期业绩
2025-08-30
北辰银行公布2025年中期业绩，公司归母净利润221.52亿元，增长10.54%；中期归母净利润同为221.52亿元。
//- en.txt
Beichen Bank 2025 interim results
2025-08-30
Net operating income before impairment provisions reached HK$40.022 billion. Shareholders' attributable profit totaled HK$22.12 billion, up 10.54% year-on-year.
`,
    claims: [
      'zh.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 221.52亿元',
      'zh.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增长10.54%',
      'zh.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 221.52亿元',
      'en.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-06-30 ← HK$40.022 billion',
      'en.txt: Beichen Bank | 归母净利润 | 2025-01-01/2025-06-30 ← HK$22.12 billion',
      'en.txt: Beichen Bank | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← up 10.54%',
    ],
  },
  {
    name: 'a wire story on annual results: "reported … profit in fiscal 2025" names the report; bases in the prior period or year, "a decrease from", "for the year"; "excluding …, it increased" is another measure',
    corpus: `//- wire_en.txt
LONDON (Wire) - Beichen Bank reported Tuesday higher profit in fiscal 2025, despite weaker net interest income.
In the year, profit before taxation stood at $6.96 billion, up from $6.01 billion in the previous year. Profit attributable to shareholders reached $5.09 billion, compared to $4.05 billion in the prior period.
Meanwhile, interest income for the year was $24.55 billion. Net interest income totaled $5.96 billion, a decrease from $6.37 billion in the previous fiscal year.
Operating income grew by 10% to $10.9 billion, and excluding significant one-off items, it increased by 13%.
`,
    claims: [
      'wire_en.txt: Beichen Bank | 利润总额 | 2025-01-01/2025-12-31 ← $6.96 billion',
      'wire_en.txt: Beichen Bank | 利润总额 | 2024-01-01/2024-12-31 ← $6.01 billion',
      'wire_en.txt: Beichen Bank | 归母净利润 | 2025-01-01/2025-12-31 ← $5.09 billion',
      'wire_en.txt: Beichen Bank | 归母净利润 | 2024-01-01/2024-12-31 ← $4.05 billion',
      'wire_en.txt: Beichen Bank | 利息收入 | 2025-01-01/2025-12-31 ← $24.55 billion',
      'wire_en.txt: Beichen Bank | 利息净收入 | 2025-01-01/2025-12-31 ← $5.96 billion',
      'wire_en.txt: Beichen Bank | 利息净收入 | 2024-01-01/2024-12-31 ← $6.37 billion',
      'wire_en.txt: Beichen Bank | 营业收入同比增长 | 2025-01-01/2025-12-31 ← grew by 10%',
      'wire_en.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-12-31 ← $10.9 billion',
      'wire_en.txt: Beichen Bank | 调整后营业收入同比增长 | 2025-01-01/2025-12-31 ← increased by 13%',
    ],
  },
  {
    name: 'a title names its report without 年 (北辰银行2025财报); a year the text compares with is no report, and a change against it no change of the year; 第四季度单季 is the fourth quarter',
    corpus: `//- cib.txt
北辰银行2025财报：增长靠四季度
2025年，北辰银行交出一份矛盾的财报。全年212.7亿元的营收实现微增，但前三季度营收同比下滑1.82%。第四季度单季营收暴增7.3%至51.5亿元，净利润14.4亿元。
与2022年业绩巅峰时期相比，北辰银行2025年的营收仍缩水近10亿元。
`,
    claims: [
      'cib.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-12-31 ← 212.7亿元',
      'cib.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← 下滑1.82%',
      'cib.txt: 北辰银行 | 营业收入同比增长 | 2025-10-01/2025-12-31 ← 增7.3%',
      'cib.txt: 北辰银行 | 营业收入 | 2025-10-01/2025-12-31 ← 51.5亿元',
      'cib.txt: 北辰银行 | 净利润 | 2025-10-01/2025-12-31 ← 14.4亿元',
    ],
  },
  {
    name: 'a roundup of annual results ranks the banks: "以1.88%的同比增速实现其营业总收入", a clause naming the growth rate before its bare value',
    corpus: `//- rank.txt
北辰银行等股份行2025年业绩快报
2026-01-29
对比该4家股份行，北辰银行增速最快，2025年以1.88%的同比增速实现其营业总收入1739.64亿元；南湖银行营业收入为719.68亿元，营业收入同比增长率排名第二，为8.01%。
`,
    claims: [
      'rank.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-12-31 ← 1.88%',
      'rank.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-12-31 ← 1739.64亿元',
      'rank.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-12-31 ← 719.68亿元',
      'rank.txt: 南湖银行 | 营业收入同比增长 | 2025-01-01/2025-12-31 ← 8.01%',
    ],
  },
  {
    name: 'an analyst brief parts statements by spaces: a forecast bullet makes every value after 预计 a forecast, and 2Q25末 is the quarter end, not part of the metric',
    corpus: `//- brief.txt
北辰银行(600000)：上半年业绩稳健
核心业绩 - 2025年上半年实现营业收入88.2亿元 同比增长2.4% [1] - 2Q25末存款同比增长9.6% 不良率0.91% [2] 盈利预测 - 预计2025年营收176.4亿元 同比增长3.0% 净利润61.5亿元 同比增长4.2% [3] - 2025年预计ROE为10.9% 净息差1.45% [4]
`,
    claims: [
      'brief.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 88.2亿元',
      'brief.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 增长2.4%',
      'brief.txt: 北辰银行 | 存款余额同比增长 | 2025-06-30 ← 增长9.6%',
      'brief.txt: 北辰银行 | 不良贷款率 | 2025-06-30 ← 0.91%',
      'brief.txt: 北辰银行 | 营业收入预测 | 2025-01-01/2025-12-31 ← 176.4亿元',
      'brief.txt: 北辰银行 | 营业收入同比增长预测 | 2025-01-01/2025-12-31 ← 增长3.0%',
      'brief.txt: 北辰银行 | 净利润预测 | 2025-01-01/2025-12-31 ← 61.5亿元',
      'brief.txt: 北辰银行 | 净利润同比增长预测 | 2025-01-01/2025-12-31 ← 增长4.2%',
      'brief.txt: 北辰银行 | 净资产收益率预测 | 2025-01-01/2025-12-31 ← 10.9%',
      'brief.txt: 北辰银行 | 净息差预测 | 2025-01-01/2025-12-31 ← 1.45%',
    ],
  },
  {
    name: 'a rate named alone after the amount of a change (较上年末增加480.2亿元，增幅8.51%) is against the same base; a copula before a list pairs it with the periods its clause lists',
    corpus: `//- growth.txt
北辰银行发布的2025年半年报显示，截至报告期末，北辰银行资产总额6120.5亿元，较上年末增加480.2亿元，增幅8.51%；各项贷款余额3001.7亿元，较上年末增加250.3亿元，增幅9.10%。其2024年全年资产总额的增速为14.02%，2024年上半年和2023年上半年资产总额的增速为9.25%和10.33%。
`,
    claims: [
      'growth.txt: 北辰银行 | 资产总额 | 2025-06-30 ← 6120.5亿元',
      'growth.txt: 北辰银行 | 资产总额变动额 | 2025-01-01/2025-06-30 ← 增加480.2亿元',
      'growth.txt: 北辰银行 | 资产总额较上年末增长 | 2025-06-30 ← 8.51%',
      'growth.txt: 北辰银行 | 贷款余额 | 2025-06-30 ← 3001.7亿元',
      'growth.txt: 北辰银行 | 新增贷款 | 2025-01-01/2025-06-30 ← 增加250.3亿元',
      'growth.txt: 北辰银行 | 贷款余额较上年末增长 | 2025-06-30 ← 9.10%',
      'growth.txt: 北辰银行 | 资产总额同比增长 | 2024-12-31 ← 14.02%',
      'growth.txt: 北辰银行 | 资产总额同比增长 | 2024-06-30 ← 9.25%',
      'growth.txt: 北辰银行 | 资产总额同比增长 | 2023-06-30 ← 10.33%',
    ],
  },
  {
    name: 'a rank (排14位) and the number of peers ranked (排17家城商行第9位) measure nothing; 只有 and 尚有 are no part of the metric',
    corpus: `//- rank_nim.txt
2025年上半年，北辰银行的净息差只有1.41%，排14位。2023年，北辰银行净息差尚有1.62%，以该水平排17家城商行第9位。
`,
    claims: [
      'rank_nim.txt: 北辰银行 | 净息差 | 2025-01-01/2025-06-30 ← 1.41%',
      'rank_nim.txt: 北辰银行 | 净息差 | 2023-01-01/2023-12-31 ← 1.62%',
    ],
  },
  {
    name: '这一增速 is the change just stated, at the period its clause names; 2023年年报和2024年年报 list two years, and 贷款和垫款 is one item',
    corpus: `//- slowdown.txt
截至2025年6月末，北辰银行资产总额7210.4亿元，较上年末增幅7.96%。这一增速不仅低于2024年全年13.40%的水平，也不及同业。北辰银行2023年年报和2024年年报显示，该行个人贷款和垫款分别为912亿元和884.5亿元。
`,
    claims: [
      'slowdown.txt: 北辰银行 | 资产总额 | 2025-06-30 ← 7210.4亿元',
      'slowdown.txt: 北辰银行 | 资产总额较上年末增长 | 2025-06-30 ← 7.96%',
      'slowdown.txt: 北辰银行 | 资产总额同比增长 | 2024-12-31 ← 13.40%',
      'slowdown.txt: 北辰银行 | 个人贷款 | 2023-12-31 ← 912亿元',
      'slowdown.txt: 北辰银行 | 个人贷款 | 2024-12-31 ← 884.5亿元',
    ],
  },
  {
    name: 'a commentary on a monthly release: the month the release names after 公布 is the period, not the day it came out; 上月为 is the month before; a span of years in brackets does not set the year of 8月末',
    corpus: `//- pboc_note.txt
2025年9月12日，中国人民银行公布2025年8月金融数据：社融新增2.31万亿元，上月为新增1.05万亿元；M2同比增速为8.6%，上月为8.4%。
8月份新增社融高于过去五年（2020-2024年）2.05万亿元的同期均值。8月末，社融存量同比增速为8.9%。
`,
    claims: [
      'pboc_note.txt: 中国人民银行 | 社会融资规模增量 | 2025-08-01/2025-08-31 ← 新增2.31万亿元',
      'pboc_note.txt: 中国人民银行 | 社会融资规模增量 | 2025-07-01/2025-07-31 ← 新增1.05万亿元',
      'pboc_note.txt: 中国人民银行 | 广义货币同比增长 | 2025-08-31 ← 8.6%',
      'pboc_note.txt: 中国人民银行 | 广义货币同比增长 | 2025-07-31 ← 8.4%',
      'pboc_note.txt: 中国人民银行 | 社会融资规模存量同比增长 | 2025-08-31 ← 8.9%',
    ],
  },
  {
    name: 'one quarter alone: 第三季業績 (季, not the mainland 季度) and "for the second quarter of 2025" report the quarter; 列帳基準 is the default reading, 淨利息收益 net interest income; "declined to x from y" states no base, "from y for the same period last year" does',
    corpus: `//- hk_q3.txt
 date 2025-10-29 北辰銀行（0999）公布2025年第三季業績，期內列帳基準稅前盈利41.2億美元，按年減少8.1%。季內，淨利息收益為52億美元，按年增加9%，淨利息收益率為1.61%。
//- sg_q2.txt
Beichen Bank posts record profit

PUBLISHED ONAugust 06, 2025 7:00 AMBYStaff Writer
Beichen Bank posted $1.95 billion in net profit for the second quarter of 2025. Net profit for the quarter was up 3% year-on-year, from $1.89 billion for the same period last year. Return on equity fell to 15.2 per cent from 16.0 per cent a year earlier, while net interest margin declined to 2.11 per cent from 2.19 per cent.
`,
    claims: [
      'hk_q3.txt: 北辰银行 | 利润总额 | 2025-07-01/2025-09-30 ← 41.2億美元',
      'hk_q3.txt: 北辰银行 | 利润总额同比增长 | 2025-07-01/2025-09-30 ← 減少8.1%',
      'hk_q3.txt: 北辰银行 | 利息净收入 | 2025-07-01/2025-09-30 ← 52億美元',
      'hk_q3.txt: 北辰银行 | 利息净收入同比增长 | 2025-07-01/2025-09-30 ← 增加9%',
      'hk_q3.txt: 北辰银行 | 净息差 | 2025-07-01/2025-09-30 ← 1.61%',
      'sg_q2.txt: Beichen Bank | 净利润 | 2025-04-01/2025-06-30 ← $1.95 billion',
      'sg_q2.txt: Beichen Bank | 净利润同比增长 | 2025-04-01/2025-06-30 ← up 3%',
      'sg_q2.txt: Beichen Bank | 净利润 | 2024-04-01/2024-06-30 ← $1.89 billion',
      'sg_q2.txt: Beichen Bank | 净资产收益率 | 2025-04-01/2025-06-30 ← 15.2 per cent',
      'sg_q2.txt: Beichen Bank | 净资产收益率 | 2024-04-01/2024-06-30 ← 16.0 per cent',
      'sg_q2.txt: Beichen Bank | 净息差 | 2025-04-01/2025-06-30 ← 2.11 per cent',
    ],
  },
  {
    name: 'an English list of names parted by commas pairs with its values in order; digits inside a name (tier-1) are no values',
    corpus: `//- capital_en.txt
Beichen Bank released its 2025 interim results. As of June 30, 2025, the Group's core tier-1 capital adequacy ratio, tier-1 capital adequacy ratio, and capital adequacy ratio stood at 8.80%, 9.94%, and 12.93% respectively.
`,
    claims: [
      'capital_en.txt: Beichen Bank | 核心一级资本充足率 | 2025-06-30 ← 8.80%',
      'capital_en.txt: Beichen Bank | 一级资本充足率 | 2025-06-30 ← 9.94%',
      'capital_en.txt: Beichen Bank | 资本充足率 | 2025-06-30 ← 12.93%',
    ],
  },
  {
    name: 'Hong Kong coverage of quarterly results: (美元．下同) makes the bare 元 amounts US dollars, 首9個月 is the first nine months, 期內 opening a paragraph is the period of the one before, 預期信貸損失 is a measure, not a forecast',
    corpus: `//- hk_9m.txt
 date 2025-10-29 北辰銀行公布，第三季列帳基準除稅前利潤為41.2億元(美元．下同)，按年跌8.1%。

今年首9個月列帳基準除稅前利潤為120.6億元，按年跌5%。

期內淨利息收益為150億美元，預期信貸損失為18億美元。
`,
    claims: [
      'hk_9m.txt: 北辰银行 | 利润总额 | 2025-07-01/2025-09-30 ← 41.2億元',
      'hk_9m.txt: 北辰银行 | 利润总额同比增长 | 2025-07-01/2025-09-30 ← 跌8.1%',
      'hk_9m.txt: 北辰银行 | 利润总额 | 2025-01-01/2025-09-30 ← 120.6億元',
      'hk_9m.txt: 北辰银行 | 利润总额同比增长 | 2025-01-01/2025-09-30 ← 跌5%',
      'hk_9m.txt: 北辰银行 | 利息净收入 | 2025-01-01/2025-09-30 ← 150億美元',
      'hk_9m.txt: 北辰银行 | 信用减值损失 | 2025-01-01/2025-09-30 ← 18億美元',
    ],
  },
  {
    name: 'a bracketed value its own words name another measure ("grew 3% YoY (5% in constant currency)") is the adjusted one, never a second reading of the first',
    corpus: `//- cc.txt
Beichen Bank released its 2025 interim results. Balance Sheet: Customer loans grew 3% YoY (5% in constant currency). Deposits rose 6% YoY (8% in constant currency). Allowance coverage increased to 141%.
`,
    claims: [
      'cc.txt: Beichen Bank | 贷款余额同比增长 | 2025-06-30 ← grew 3%',
      'cc.txt: Beichen Bank | 调整后贷款余额同比增长 | 2025-06-30 ← 5%',
      'cc.txt: Beichen Bank | 存款余额同比增长 | 2025-06-30 ← rose 6%',
      'cc.txt: Beichen Bank | 调整后存款余额同比增长 | 2025-06-30 ← 8%',
      'cc.txt: Beichen Bank | 拨备覆盖率 | 2025-06-30 ← 141%',
    ],
  },
  {
    name: 'a quarter\'s coverage states the half in passing: "total income and profit before tax for the first half of the year came in at … respectively" is the half, in the report\'s year; total income is the top line',
    corpus: `//- dbs_like.txt
Beichen Bank posted $1.95 billion in net profit for the second quarter of 2025.
Beichen Bank also noted that total income and profit before tax for the first half of the year came in at record highs of $9.2 billion and $4.71 billion respectively.
`,
    claims: [
      'dbs_like.txt: Beichen Bank | 净利润 | 2025-04-01/2025-06-30 ← $1.95 billion',
      'dbs_like.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-06-30 ← $9.2 billion',
      'dbs_like.txt: Beichen Bank | 利润总额 | 2025-01-01/2025-06-30 ← $4.71 billion',
    ],
  },
  {
    name: 'a change against the same quarter a year before (較2024年第三季減少3億美元或6.8%) is year on year, at the quarter the sentence named before it (上季); 股息維持每股 is the dividend per share',
    corpus: `//- hk_last_q.txt
 date 2025-10-29 北辰銀行今日公布第三季度財務表現，集團在上季列賬基準除稅前利潤為41億美元，較2024年第三季減少3億美元或6.8%；同時宣布股息維持每股8美仙。
`,
    claims: [
      'hk_last_q.txt: 北辰银行 | 利润总额 | 2025-07-01/2025-09-30 ← 41億美元',
      'hk_last_q.txt: 北辰银行 | 利润总额变动额 | 2025-07-01/2025-09-30 ← 減少3億美元',
      'hk_last_q.txt: 北辰银行 | 利润总额同比增长 | 2025-07-01/2025-09-30 ← 6.8%',
      'hk_last_q.txt: 北辰银行 | 每股股利 | 2025-07-01/2025-09-30 ← 8美仙',
    ],
  },
  {
    name: 'a city bank by its other English name (Ningbo Bank for Bank of Ningbo); "an 8.2% increase from 13.7 billion yuan year-on-year" gives the base to the year before',
    corpus: `//- nb_en.txt
- For the first half of 2025, Ningbo Bank achieved revenue of 37.2 billion yuan, up 7.9% from 34.5 billion yuan in the same period of 2024. - The net profit attributable to shareholders was 14.8 billion yuan, reflecting an 8.2% increase from 13.7 billion yuan year-on-year.
`,
    claims: [
      'nb_en.txt: 宁波银行 | 营业收入 | 2025-01-01/2025-06-30 ← 37.2 billion yuan',
      'nb_en.txt: 宁波银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← up 7.9%',
      'nb_en.txt: 宁波银行 | 营业收入 | 2024-01-01/2024-06-30 ← 34.5 billion yuan',
      'nb_en.txt: 宁波银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 14.8 billion yuan',
      'nb_en.txt: 宁波银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 8.2%',
      'nb_en.txt: 宁波银行 | 归母净利润 | 2024-01-01/2024-06-30 ← 13.7 billion yuan',
    ],
  },
  {
    name: 'a digest lists several values of one metric whose periods it does not state ("Latest events": up 14.5%, surged 18.1%, up 20.1%): none is the report\'s, so none is claimed',
    corpus: `//- digest_en.txt
Beichen Bank Q2 2025 earnings summary
Achieved revenue of RMB 20.09 billion in H1 2025, up 3.90% year-over-year.
Latest events from Beichen Bank
- Net profit up 14.5% year-over-year with stable asset quality.
- Net profit surged 18.1% year-over-year on lower costs.
- Net profit up 20.1% year-over-year as fee income recovered.
`,
    claims: [
      'digest_en.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-06-30 ← RMB 20.09 billion',
      'digest_en.txt: Beichen Bank | 营业收入同比增长 | 2025-01-01/2025-06-30 ← up 3.90%',
    ],
  },
  {
    name: 'a regulator\'s release lists sectors by name and value after other sectors\' levels (财产险公司3.1万亿元), which go on stating that level; 较年初 before a rate is since the year began, and the amount a balance changed by since then is over the year so far',
    corpus: `//- sectors.txt
金融监管总局公布2025年二季度银行业保险业主要监管指标数据。
二季度末，保险公司总资产39.0万亿元，较年初增加3.1万亿元，增长8.6%。其中，大型商业银行本外币资产总额200.1万亿元，同比增长9.8%；股份制商业银行本外币资产总额74.2万亿元，同比增长4.6%。财产险公司3.1万亿元，较年初增长9.1%；人身险公司34.0万亿元，较年初增长8.5%。
`,
    claims: [
      'sectors.txt: 保险公司 | 资产总额 | 2025-06-30 ← 39.0万亿元',
      'sectors.txt: 保险公司 | 资产总额变动额 | 2025-01-01/2025-06-30 ← 增加3.1万亿元',
      'sectors.txt: 保险公司 | 资产总额较上年末增长 | 2025-06-30 ← 增长8.6%',
      'sectors.txt: 大型商业银行 | 资产总额 | 2025-06-30 ← 200.1万亿元',
      'sectors.txt: 大型商业银行 | 资产总额同比增长 | 2025-06-30 ← 增长9.8%',
      'sectors.txt: 股份制商业银行 | 资产总额 | 2025-06-30 ← 74.2万亿元',
      'sectors.txt: 股份制商业银行 | 资产总额同比增长 | 2025-06-30 ← 增长4.6%',
      'sectors.txt: 财产险公司 | 资产总额 | 2025-06-30 ← 3.1万亿元',
      'sectors.txt: 财产险公司 | 资产总额较上年末增长 | 2025-06-30 ← 增长9.1%',
      'sectors.txt: 人身险公司 | 资产总额 | 2025-06-30 ← 34.0万亿元',
      'sectors.txt: 人身险公司 | 资产总额较上年末增长 | 2025-06-30 ← 增长8.5%',
    ],
  },
  {
    name: 'a list of changes since the year began after a list of levels (分别为1.21%、2.10%、1.62%，较年初下降0.06、0.41、0.12个百分点) pairs in order; without a document date, 截至6月末 takes the year a sentence or two before',
    corpus: `//- risk.txt
截至2025年7月31日，北辰银行资产总额达到6120亿元，提前完成战略规划目标。资产规模稳步扩张。截至6月末，该行不良贷款率、关注贷款率、逾期贷款率分别为1.21%、2.10%、1.62%，较年初下降0.06、0.41、0.12个百分点。
`,
    claims: [
      'risk.txt: 北辰银行 | 资产总额 | 2025-07-31 ← 6120亿元',
      'risk.txt: 北辰银行 | 不良贷款率 | 2025-06-30 ← 1.21%',
      'risk.txt: 北辰银行 | 关注贷款率 | 2025-06-30 ← 2.10%',
      'risk.txt: 北辰银行 | 逾期贷款率 | 2025-06-30 ← 1.62%',
      'risk.txt: 北辰银行 | 不良贷款率较上年末增长 | 2025-06-30 ← 下降0.06',
      'risk.txt: 北辰银行 | 关注贷款率较上年末增长 | 2025-06-30 ← 0.41',
      'risk.txt: 北辰银行 | 逾期贷款率较上年末增长 | 2025-06-30 ← 0.12个百分点',
    ],
  },
  {
    name: 'the central bank\'s quarterly payment statistics report the quarter alone, in the release\'s year whatever year a sentence before looked back to; 二季度末 is the quarter\'s last day; 跌破 is no part of a metric',
    corpus: `//- pay.txt
近日，中国人民银行发布2025年第二季度支付体系运行总体情况。
发卡量持续萎缩。2024年信用卡发卡量跌破7.3亿张。
截至二季度末，全国共开立银行卡100.68亿张，环比增长0.68%。二季度，支付系统共处理业务3927.51亿笔，金额3084.83万亿元。
`,
    claims: [
      'pay.txt: 中国人民银行 | 信用卡发卡量 | 2024-12-31 ← 7.3亿张',
      'pay.txt: 中国人民银行 | 银行卡发卡量 | 2025-06-30 ← 100.68亿张',
      'pay.txt: 中国人民银行 | 银行卡发卡量环比增长 | 2025-06-30 ← 增长0.68%',
      'pay.txt: 支付系统 | 业务笔数 | 2025-04-01/2025-06-30 ← 3927.51亿笔',
      'pay.txt: 支付系统 | 业务金额 | 2025-04-01/2025-06-30 ← 3084.83万亿元',
    ],
  },
  {
    name: 'a Taiwanese monthly digest states the month and the running total: 單月稅後淨利 is December\'s, 累計全年稅後淨利 the year to December',
    corpus: `//- tw_month.txt
 date 2026-01-09 記者報導

去（2025）年12月北辰銀行單月稅後淨利12.4億元，累計全年稅後淨利143.6億元，寫下歷史新高紀錄。
`,
    claims: [
      'tw_month.txt: 北辰银行 | 净利润 | 2025-12-01/2025-12-31 ← 12.4億元',
      'tw_month.txt: 北辰银行 | 净利润 | 2025-01-01/2025-12-31 ← 143.6億元',
    ],
  },
  {
    name: 'points on a growth rate ("a year-on-year growth of 8.7%, up 0.4 percentage points from the previous month") are a change of a change, which has no key; the growth after a level is at the level\'s period',
    corpus: `//- m2_en.txt
Central bank releases July 2025 financial data
第一财经·2025-08-13 09:41

Core Viewpoint - The article discusses the financial data released by the central bank for July 2025, highlighting the acceleration in M2 growth and the stable growth of social financing [3][4]. Financial Data Overview - As of the end of July 2025, M2 balance reached 331.2 trillion yuan, with a year-on-year growth of 8.7%, up 0.4 percentage points from the previous month [3]. - The narrow money (M1) balance was 112.3 trillion yuan, growing by 5.4% year-on-year, an increase of 0.8 percentage point from the previous month [3]. - The total social financing stock was 432.1 trillion yuan, with a year-on-year growth of 9.1% [3][4].
`,
    claims: [
      'm2_en.txt: 中国人民银行 | 广义货币 | 2025-07-31 ← 331.2 trillion yuan',
      'm2_en.txt: 中国人民银行 | 广义货币同比增长 | 2025-07-31 ← 8.7%',
      'm2_en.txt: 中国人民银行 | 狭义货币 | 2025-07-31 ← 112.3 trillion yuan',
      'm2_en.txt: 中国人民银行 | 狭义货币同比增长 | 2025-07-31 ← growing by 5.4%',
      'm2_en.txt: 中国人民银行 | 社会融资规模存量 | 2025-07-31 ← 432.1 trillion yuan',
      'm2_en.txt: 中国人民银行 | 社会融资规模存量同比增长 | 2025-07-31 ← 9.1%',
    ],
  },
  {
    name: 'payment statistics label their lines with a colon (存现业务:8.07亿笔,金额6.60万亿元): the label names the count and the amount after it',
    corpus: `//- pay2.txt
近日，中国人民银行发布2025年第二季度支付体系运行总体情况。
二季度，全国共发生银行卡交易1466.62亿笔，金额226.70万亿元。其中，存现业务:8.07亿笔,金额6.60万亿元;取现业务:12.38亿笔,金额6.82万亿元。
银联跨行支付系统:处理业务976.41亿笔,金额66.71万亿元,日均处理10.73亿笔,金额7330.69亿元。
`,
    claims: [
      'pay2.txt: 中国人民银行 | 银行卡交易笔数 | 2025-04-01/2025-06-30 ← 1466.62亿笔',
      'pay2.txt: 中国人民银行 | 银行卡交易金额 | 2025-04-01/2025-06-30 ← 226.70万亿元',
      'pay2.txt: 中国人民银行 | 存现业务笔数 | 2025-04-01/2025-06-30 ← 8.07亿笔',
      'pay2.txt: 中国人民银行 | 存现业务金额 | 2025-04-01/2025-06-30 ← 6.60万亿元',
      'pay2.txt: 中国人民银行 | 取现业务笔数 | 2025-04-01/2025-06-30 ← 12.38亿笔',
      'pay2.txt: 中国人民银行 | 取现业务金额 | 2025-04-01/2025-06-30 ← 6.82万亿元',
      'pay2.txt: 银联 | 业务笔数 | 2025-04-01/2025-06-30 ← 976.41亿笔',
      'pay2.txt: 银联 | 业务金额 | 2025-04-01/2025-06-30 ← 66.71万亿元',
      'pay2.txt: 银联 | 日均处理 | 2025-04-01/2025-06-30 ← 10.73亿笔',
      'pay2.txt: 银联 | 金额 | 2025-04-01/2025-06-30 ← 7330.69亿元',
    ],
  },
  {
    name: 'Hong Kong\'s 坡元 is the Singapore dollar, and the 度 of 上半年度 is the period\'s; the change after the level, with no date of its own, is at the level\'s period',
    corpus: `//- sg_hk.txt
北辰銀行公布2025年上半年度淨利為37億坡元，較去年同期下跌6%。
`,
    claims: [
      'sg_hk.txt: 北辰银行 | 净利润 | 2025-01-01/2025-06-30 ← 37億坡元',
      'sg_hk.txt: 北辰银行 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 下跌6%',
    ],
  },
  {
    name: 'payment statistics name accounts, cards and ATMs by the ontology; a value a comparison is framed around (与一季度末的…相比) is the base\'s, and the change after it is against the quarter before; whoever compiled a chart (注：…根据…整理) is nobody\'s subject',
    corpus: `//- pay3.txt
中国人民银行近日发布2025年第二季度支付体系运行总体情况。
截至二季度末，全国共开立银行账户150.10亿户，其中单位银行账户1.20亿户，个人银行账户148.90亿户。全国共开立银行卡99.50亿张，与一季度末的98.90亿张相比，增长0.61%；其中，借记卡92.40亿张，环比增长0.70%；信用卡和借贷合一卡7.10亿张，环比下降0.70%。
注：北辰研究院根据央行数据整理
ATM机具75.20万台，环比下降2.00%。
`,
    claims: [
      'pay3.txt: 中国人民银行 | 银行账户数量 | 2025-06-30 ← 150.10亿户',
      'pay3.txt: 中国人民银行 | 单位银行账户数量 | 2025-06-30 ← 1.20亿户',
      'pay3.txt: 中国人民银行 | 个人银行账户数量 | 2025-06-30 ← 148.90亿户',
      'pay3.txt: 中国人民银行 | 银行卡发卡量 | 2025-06-30 ← 99.50亿张',
      'pay3.txt: 中国人民银行 | 银行卡发卡量 | 2025-03-31 ← 98.90亿张',
      'pay3.txt: 中国人民银行 | 银行卡发卡量环比增长 | 2025-06-30 ← 增长0.61%',
      'pay3.txt: 中国人民银行 | 借记卡发卡量 | 2025-06-30 ← 92.40亿张',
      'pay3.txt: 中国人民银行 | 借记卡发卡量环比增长 | 2025-06-30 ← 增长0.70%',
      'pay3.txt: 中国人民银行 | 信用卡在用卡量 | 2025-06-30 ← 7.10亿张',
      'pay3.txt: 中国人民银行 | 信用卡在用卡量环比增长 | 2025-06-30 ← 下降0.70%',
      'pay3.txt: 中国人民银行 | ATM数量 | 2025-06-30 ← 75.20万台',
      'pay3.txt: 中国人民银行 | ATM数量环比增长 | 2025-06-30 ← 下降2.00%',
    ],
  },
  {
    name: 'the big state banks as a group (国有六大行, 六大國有銀行) are a subject of their own, not the bank the article is about, except as the field of a comparison (在六大行中); 歸屬母公司淨利潤 is the attributable profit',
    corpus: `//- six.txt
国有六大行三季报均已披露完毕。
2025年前三季度，国有六大行共实现营业收入约2.70万亿元，同比增长1.50%；实现归母净利润约1.05万亿元，同比增长1.10%。
其中，北辰银行前三季度实现归母净利润2100.50亿元，同比增长2.90%，增速在六大行中居首。
//- six_hk.txt
date: 2025-11-02
大陸六大國有銀行公布前三季財報，今年前三季營收人民幣2.70兆元，年增1.50%，歸屬母公司淨利潤人民幣1.05兆元，年增1.10%。
`,
    claims: [
      'six.txt: 国有六大行 | 营业收入 | 2025-01-01/2025-09-30 ← 约2.70万亿元',
      'six.txt: 国有六大行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← 增长1.50%',
      'six.txt: 国有六大行 | 归母净利润 | 2025-01-01/2025-09-30 ← 约1.05万亿元',
      'six.txt: 国有六大行 | 归母净利润同比增长 | 2025-01-01/2025-09-30 ← 增长1.10%',
      'six.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-09-30 ← 2100.50亿元',
      'six.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-09-30 ← 增长2.90%',
      'six_hk.txt: 国有六大行 | 营业收入 | 2025-01-01/2025-09-30 ← 人民幣2.70兆元',
      'six_hk.txt: 国有六大行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← 增1.50%',
      'six_hk.txt: 国有六大行 | 归母净利润 | 2025-01-01/2025-09-30 ← 人民幣1.05兆元',
      'six_hk.txt: 国有六大行 | 归母净利润同比增长 | 2025-01-01/2025-09-30 ← 增1.10%',
    ],
  },
  {
    name: 'an analysts\' note on the monthly money figures speaks for the central bank, not for the team its title bracket credits; a year-on-year difference of an increase (同比少增) has a key of its own; the parts of the stock of social financing, long concept keys and a share\'s 同比低 are the central bank\'s',
    corpus: `//- note.txt
【北辰证券银行王一鸣】行业点评丨政府债继续托底社融 2025年5月金融数据点评
- 5月新增社融2.10万亿元，同比多增2100亿元，社融存量同比增长8.5%。
- 人民币贷款增加5800亿元，同比少增2200亿元。
- 政府债增加1.40万亿元，同比多增2300亿元。
- 居民贷款增加500亿元，同比少增200亿元。
//- afre.txt
2025年5月社会融资规模存量统计数据报告
初步统计，2025年5月末社会融资规模存量为420.10万亿元，同比增长8.5%。其中，对实体经济发放的人民币贷款余额为260.50万亿元，同比增长7%；对实体经济发放的外币贷款折合人民币余额为1.20万亿元，同比下降30.5%；委托贷款余额为11.10万亿元，同比增长0.5%；未贴现的银行承兑汇票余额为2.30万亿元，同比下降7.0%。
从结构看，委托贷款余额占比2.6%，同比低0.3个百分点。
`,
    claims: [
      'note.txt: 中国人民银行 | 社会融资规模增量 | 2025-05-01/2025-05-31 ← 2.10万亿元',
      'note.txt: 中国人民银行 | 社会融资规模增量同比多增 | 2025-05-01/2025-05-31 ← 多增2100亿元',
      'note.txt: 中国人民银行 | 社会融资规模存量同比增长 | 2025-05-31 ← 增长8.5%',
      'note.txt: 中国人民银行 | 人民币贷款增加 | 2025-05-01/2025-05-31 ← 增加5800亿元',
      'note.txt: 中国人民银行 | 人民币贷款增加同比多增 | 2025-05-01/2025-05-31 ← 少增2200亿元',
      'note.txt: 中国人民银行 | 政府债券净融资 | 2025-05-01/2025-05-31 ← 增加1.40万亿元',
      'note.txt: 中国人民银行 | 政府债券净融资同比多增 | 2025-05-01/2025-05-31 ← 多增2300亿元',
      'note.txt: 中国人民银行 | 住户贷款增加 | 2025-05-01/2025-05-31 ← 增加500亿元',
      'note.txt: 中国人民银行 | 住户贷款增加同比多增 | 2025-05-01/2025-05-31 ← 少增200亿元',
      'afre.txt: 中国人民银行 | 社会融资规模存量 | 2025-05-31 ← 420.10万亿元',
      'afre.txt: 中国人民银行 | 社会融资规模存量同比增长 | 2025-05-31 ← 增长8.5%',
      'afre.txt: 中国人民银行 | 对实体经济发放的人民币贷款余额 | 2025-05-31 ← 260.50万亿元',
      'afre.txt: 中国人民银行 | 对实体经济发放的人民币贷款余额同比增长 | 2025-05-31 ← 增长7%',
      'afre.txt: 中国人民银行 | 对实体经济发放的外币贷款余额 | 2025-05-31 ← 1.20万亿元',
      'afre.txt: 中国人民银行 | 对实体经济发放的外币贷款余额同比增长 | 2025-05-31 ← 下降30.5%',
      'afre.txt: 中国人民银行 | 委托贷款余额 | 2025-05-31 ← 11.10万亿元',
      'afre.txt: 中国人民银行 | 委托贷款余额同比增长 | 2025-05-31 ← 增长0.5%',
      'afre.txt: 中国人民银行 | 未贴现银行承兑汇票余额 | 2025-05-31 ← 2.30万亿元',
      'afre.txt: 中国人民银行 | 未贴现银行承兑汇票余额同比增长 | 2025-05-31 ← 下降7.0%',
      'afre.txt: 中国人民银行 | 委托贷款余额占比 | 2025-05-31 ← 2.6%',
      'afre.txt: 中国人民银行 | 委托贷款余额占比同比增长 | 2025-05-31 ← 同比低0.3个百分点',
    ],
  },
  {
    name: 'Singapore coverage: 1HFY2025 is the first half, "the three months ended Jun 30, 2025" the quarter, "the nine months ended 30 September" nine months; a headline\'s "falls 6%" and a trailing "6% lower y-o-y" are falls; "June 30, 6%" lends no unit to the day; the year-ago period is a year before; a base with no period of its own, or "above levels seen in", gets no claim',
    corpus: `//- sg.txt
Beichen Bank 1HFY2025 net profit falls 6% y-o-y to S$3.5 billion
Beichen Bank reported net profit of S$3.50 billion for 1HFY2025 ended June 30, 6% lower y-o-y.
Net profit for the three months ended Jun 30, 2025, stood at S$1.20 billion, compared with S$1.30 billion from the year-ago period.
For the nine months ended 30 September 2025, operating income rose 2 per cent to S$9.9 billion.
Operating expenses were 1 per cent above levels seen in the second quarter of 2024, and the cost-to-income ratio was 40.1 per cent, compared with 38.8 per cent.
`,
    claims: [
      'sg.txt: Beichen Bank | 净利润同比增长 | 2025-01-01/2025-06-30 ← falls 6%',
      'sg.txt: Beichen Bank | 净利润 | 2025-01-01/2025-06-30 ← S$3.5 billion',
      'sg.txt: Beichen Bank | 净利润 | 2025-01-01/2025-06-30 ← S$3.50 billion',
      'sg.txt: Beichen Bank | 净利润同比增长 | 2025-01-01/2025-06-30 ← 6%',
      'sg.txt: Beichen Bank | 净利润 | 2025-04-01/2025-06-30 ← S$1.20 billion',
      'sg.txt: Beichen Bank | 净利润 | 2024-04-01/2024-06-30 ← S$1.30 billion',
      'sg.txt: Beichen Bank | 营业收入同比增长 | 2025-01-01/2025-09-30 ← rose 2 per cent',
      'sg.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-09-30 ← S$9.9 billion',
      'sg.txt: Beichen Bank | 成本收入比 | 2025-01-01/2025-06-30 ← 40.1 per cent',
    ],
  },
  {
    name: 'a digest headed "2025 Q2 - 季度财报" covers the half-year report (Q3 the first three quarters); 净利润(归属于母公司股东) is the attributable profit, apart from the whole net profit',
    corpus: `//- digest.txt
北辰银行(601999) - 2025 Q2 - 季度财报
2025-08-29 12:35
财务业绩指标 - 净利润(归属于母公司股东)为160.20亿元人民币,同比增长1.50% - 营业收入为433.60亿元人民币,同比增长0.70% - 净利润为164.50亿元人民币,同比增长1.30%
//- digest_q3.txt
南湖银行(601888) - 2025 Q3 - 季度财报
2025-10-30 18:00
财务业绩指标 - 营业收入为233.60亿元人民币,同比增长2.10%
`,
    claims: [
      'digest.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-06-30 ← 160.20亿元人民币',
      'digest.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-06-30 ← 增长1.50%',
      'digest.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-06-30 ← 433.60亿元人民币',
      'digest.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-06-30 ← 增长0.70%',
      'digest.txt: 北辰银行 | 净利润 | 2025-01-01/2025-06-30 ← 164.50亿元人民币',
      'digest.txt: 北辰银行 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 增长1.30%',
      'digest_q3.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-09-30 ← 233.60亿元人民币',
      'digest_q3.txt: 南湖银行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← 增长2.10%',
    ],
  },
  {
    name: 'a dated Hong Kong article on 第三季業績 without a year covers the latest third quarter alone; ABC and BOC are the Agricultural Bank and the Bank of China',
    corpus: `//- hk.txt
date: 2025-10-30
內銀陸續放榜第三季業績，北辰銀行發佈第三季業績，期內淨利潤錄得118.05億元（人民幣，下同），按年增長3.20%。
南湖銀行期內淨利潤錄得50.10億元，按年增長1.10%。
//- en.txt
ABC reported a net profit of RMB 220.9 billion for the first three quarters of 2025, up 3.0% year on year. BOC's net profit for the same period was RMB 177.2 billion.
`,
    claims: [
      'hk.txt: 北辰银行 | 净利润 | 2025-07-01/2025-09-30 ← 118.05億元',
      'hk.txt: 北辰银行 | 净利润同比增长 | 2025-07-01/2025-09-30 ← 增長3.20%',
      'hk.txt: 南湖银行 | 净利润 | 2025-07-01/2025-09-30 ← 50.10億元',
      'hk.txt: 南湖银行 | 净利润同比增长 | 2025-07-01/2025-09-30 ← 增長1.10%',
      'en.txt: 农业银行 | 净利润 | 2025-01-01/2025-09-30 ← RMB 220.9 billion',
      'en.txt: 农业银行 | 净利润同比增长 | 2025-01-01/2025-09-30 ← up 3.0%',
      'en.txt: 中国银行 | 净利润 | 2025-01-01/2025-09-30 ← RMB 177.2 billion',
    ],
  },
  {
    name: 'names listed with 、 and their values listed right after them pair in order (实现营业收入、归母净利润549.8亿、224.5亿), and so do the changes after them; a bracketed list of another period (1H25：…) of those changes stays unclaimed',
    corpus: `//- nb.txt
事件：10月27日，南湖银行发布2025年三季报，1-3Q25实现营业收入、归母净利润549.8亿元、224.5亿元，同比增长8.3%、8.4%(1H25：7.9%、8.2%)。
`,
    claims: [
      'nb.txt: 南湖银行 | 营业收入 | 2025-01-01/2025-09-30 ← 549.8亿元',
      'nb.txt: 南湖银行 | 归母净利润 | 2025-01-01/2025-09-30 ← 224.5亿元',
      'nb.txt: 南湖银行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← 增长8.3%',
      'nb.txt: 南湖银行 | 归母净利润同比增长 | 2025-01-01/2025-09-30 ← 8.4%',
    ],
  },
  {
    name: 'from a value to words (从48.26%一路降至负数): the earlier value is the first year of the span of years before it, or unclaimed; 增长至2024年的… is a level; a rate before 的净利润增速 after a dated comparison is the base\'s, unclaimed; NT$ before-and-afters and "in the same period" are the year before',
    corpus: `//- wb.txt
2024年，北辰银行实现营业收入381.28亿元，同比下滑3.1%。其净利润增速也创下了历史新低，对比2023年21.01%的净利润增速，北辰银行的业绩增长曲线显现出明显的降档信号。
虽然总资产规模稳步增长至2024年的6517.76亿元，但在2019至2024年，北辰银行营收增速从48.26%一路降至负数，疲态早已显现。
//- nh.txt
南湖银行的营收增速从30.5%一路降至负数。
//- tw.txt
Fubon Financial reported net income of NT$74.6 billion for the first nine months of 2025. Earnings per share fell to NT$4.84 from NT$6.78 in the same period.
`,
    claims: [
      'wb.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 381.28亿元',
      'wb.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 下滑3.1%',
      'wb.txt: 北辰银行 | 资产总额 | 2024-12-31 ← 6517.76亿元',
      'wb.txt: 北辰银行 | 营业收入同比增长 | 2019-01-01/2019-12-31 ← 48.26%',
      'tw.txt: 富邦金控 | 净利润 | 2025-01-01/2025-09-30 ← NT$74.6 billion',
      'tw.txt: 富邦金控 | 基本每股收益 | 2025-01-01/2025-09-30 ← NT$4.84',
      'tw.txt: 富邦金控 | 基本每股收益 | 2024-01-01/2024-09-30 ← NT$6.78',
    ],
  },
  {
    name: 'Taiwan\'s monthly earnings: 自結合併稅後純益 is net profit, 月減 the change on the month before, the change after a running total the total\'s; a holding\'s brokers and insurers (北辰證券, 北辰產險) are subjects of their own, 子公司 no part of a name, and a broker speaking as an analyst (北辰证券研报认为) none',
    corpus: `//- tw.txt
date: 2025-09-10
富邦金8月自結合併稅後純益110.3億元，月減6.9%，累計前八月合併稅後純益623.7億元，年減42.1%。
子公司北辰銀行8月稅後淨利23.41億元，年增21.2%；累計前8月稅後淨利210.55億元，年減8.6％。北辰證券8月稅後淨利4.61億元，年增129.4%，累計前8月稅後淨利16.14億元、年減27％。
//- note.txt
2025年上半年，南湖银行实现净利润50.20亿元。北辰证券研报认为，南湖银行净息差同比下降8个基点。
`,
    claims: [
      'tw.txt: 富邦金控 | 净利润 | 2025-08-01/2025-08-31 ← 110.3億元',
      'tw.txt: 富邦金控 | 净利润环比增长 | 2025-08-01/2025-08-31 ← 減6.9%',
      'tw.txt: 富邦金控 | 净利润 | 2025-01-01/2025-08-31 ← 623.7億元',
      'tw.txt: 富邦金控 | 净利润同比增长 | 2025-01-01/2025-08-31 ← 減42.1%',
      'tw.txt: 北辰银行 | 净利润 | 2025-08-01/2025-08-31 ← 23.41億元',
      'tw.txt: 北辰银行 | 净利润同比增长 | 2025-08-01/2025-08-31 ← 增21.2%',
      'tw.txt: 北辰银行 | 净利润 | 2025-01-01/2025-08-31 ← 210.55億元',
      'tw.txt: 北辰银行 | 净利润同比增长 | 2025-01-01/2025-08-31 ← 減8.6％',
      'tw.txt: 北辰证券 | 净利润 | 2025-08-01/2025-08-31 ← 4.61億元',
      'tw.txt: 北辰证券 | 净利润同比增长 | 2025-08-01/2025-08-31 ← 增129.4%',
      'tw.txt: 北辰证券 | 净利润 | 2025-01-01/2025-08-31 ← 16.14億元',
      'tw.txt: 北辰证券 | 净利润同比增长 | 2025-01-01/2025-08-31 ← 減27％',
      'note.txt: 南湖银行 | 净利润 | 2025-01-01/2025-06-30 ← 50.20亿元',
      'note.txt: 南湖银行 | 净息差同比增长 | 2025-01-01/2025-06-30 ← 下降8个基点',
    ],
  },
  {
    name: 'a class qualified by its market (A股上市股份制银行) is no subject; a list item that opens with a region (京津冀地区…) states the region\'s ratios, apart from the bank\'s',
    corpus: `//- hx.txt
北辰银行2024年业绩报告显示营收和净利润双增。
- 2024年实现营业收入971.46亿元，同比增长4.23%，营收增速在A股上市股份制银行中排名靠前。
- 不良贷款余额379.14亿元，不良贷款率1.60%，比上年末下降0.07个百分点。
- 京津冀地区贷款余额达5296.24亿元，占总贷款22.38%，不良贷款率为3.67%，较上年末上升0.1个百分点。
`,
    claims: [
      'hx.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 971.46亿元',
      'hx.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 增长4.23%',
      'hx.txt: 北辰银行 | 不良贷款余额 | 2024-12-31 ← 379.14亿元',
      'hx.txt: 北辰银行 | 不良贷款率 | 2024-12-31 ← 1.60%',
      'hx.txt: 北辰银行 | 不良贷款率同比增长 | 2024-12-31 ← 下降0.07个百分点',
      'hx.txt: 北辰银行 | 京津冀地区贷款余额 | 2024-12-31 ← 5296.24亿元',
      'hx.txt: 北辰银行 | 京津冀地区贷款余额占总贷款 | 2024-12-31 ← 22.38%',
      'hx.txt: 北辰银行 | 京津冀地区不良贷款率 | 2024-12-31 ← 3.67%',
      'hx.txt: 北辰银行 | 京津冀地区不良贷款率同比增长 | 2024-12-31 ← 上升0.1个百分点',
    ],
  },
  {
    name: 'a lead that opens with a year and a sentence later states 全年 results covers that year; the bracket after a noun\'s change (信用减值损失的激增(20.1亿元,同比增长20.1%)) holds that noun\'s figures, past the cause words before it; ASCII commas in Chinese text leave no key of their own; 尽管 is no part of a metric',
    corpus: `//- mb.txt
2024年,浙江北辰银行在规模扩张与盈利动能减弱的双重背景下,展现了数字普惠金融的复杂图景。全年实现营业收入213.14亿元,同比增长13.71%。
盈利能力方面,全年净利润31.66亿元,同比大幅下降24.7%。这一降幅主要源于信用减值损失的激增(20.1亿元,同比增长20.1%)和业务及管理费用的上升(46.14亿元,同比增长11.4%)。尽管总资产收益率(ROA)和净资产收益率(ROE)分别为0.94%和12.54%,仍处行业前列。
`,
    claims: [
      'mb.txt: 浙江北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 213.14亿元',
      'mb.txt: 浙江北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 增长13.71%',
      'mb.txt: 浙江北辰银行 | 净利润 | 2024-01-01/2024-12-31 ← 31.66亿元',
      'mb.txt: 浙江北辰银行 | 净利润同比增长 | 2024-01-01/2024-12-31 ← 下降24.7%',
      'mb.txt: 浙江北辰银行 | 信用减值损失 | 2024-01-01/2024-12-31 ← 20.1亿元',
      'mb.txt: 浙江北辰银行 | 信用减值损失同比增长 | 2024-01-01/2024-12-31 ← 增长20.1%',
      'mb.txt: 浙江北辰银行 | 业务及管理费 | 2024-01-01/2024-12-31 ← 46.14亿元',
      'mb.txt: 浙江北辰银行 | 业务及管理费同比增长 | 2024-01-01/2024-12-31 ← 增长11.4%',
      'mb.txt: 浙江北辰银行 | 总资产收益率 | 2024-01-01/2024-12-31 ← 0.94%',
      'mb.txt: 浙江北辰银行 | 净资产收益率 | 2024-01-01/2024-12-31 ← 12.54%',
    ],
  },
  {
    name: 'a ranking table flattened to one cell per line states each bank\'s revenue, in the unit its column names, for the year its lead names',
    corpus: `//- rank.txt
北京5月6日讯 目前，我国12家全国性股份制商业银行2024年度业绩报告已全部披露完毕。
银行名称 |
营业收入(亿元) |
营业收入增速 |
北辰银行 |
3,374.88 |
-0.48% |
南湖银行 |
2,136.46 |
3.76% |
西江银行 |
2,122.26 |
0.66% |
`,
    claims: [
      'rank.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 3,374.88',
      'rank.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← -0.48%',
      'rank.txt: 南湖银行 | 营业收入 | 2024-01-01/2024-12-31 ← 2,136.46',
      'rank.txt: 南湖银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 3.76%',
      'rank.txt: 西江银行 | 营业收入 | 2024-01-01/2024-12-31 ← 2,122.26',
      'rank.txt: 西江银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 0.66%',
    ],
  },
  {
    name: 'a 1HFY2025 headline names the half-year report, and "a 4% drop in net interest income (NII)" is that income\'s change; results "for the second quarter and first half" name no report whose period undated figures could take',
    corpus: `//- oc.txt
Beichen Bank 1HFY2025 net profit falls 5% y-o-y to S$3.1 bil
Total income during the period slipped 1% y-o-y to S$6.2 billion, with a 4% drop in net interest income (NII) compensated by fee income growth, as non-interest income rose 7% y-o-y.
//- two.txt
Nanhu Bank Profits Down In Q2 2025
Nanhu Bank has released its financial results for the second quarter and first half of 2025, showing a drop in net profit.
Net interest income was 6 per cent lower from the previous year, as net interest margin narrowed by 28 basis points.
`,
    claims: [
      'oc.txt: Beichen Bank | 净利润同比增长 | 2025-01-01/2025-06-30 ← falls 5%',
      'oc.txt: Beichen Bank | 净利润 | 2025-01-01/2025-06-30 ← S$3.1 bil',
      'oc.txt: Beichen Bank | 营业收入同比增长 | 2025-01-01/2025-06-30 ← slipped 1%',
      'oc.txt: Beichen Bank | 营业收入 | 2025-01-01/2025-06-30 ← S$6.2 billion',
      'oc.txt: Beichen Bank | 利息净收入同比增长 | 2025-01-01/2025-06-30 ← 4%',
      'oc.txt: Beichen Bank | 非利息净收入同比增长 | 2025-01-01/2025-06-30 ← rose 7%',
    ],
  },
  {
    name: 'English comparatives after a change state its direction and base: "4.2% lower from the previous year" and "8.1% less than the same period last year" are year-on-year falls, "3.3% higher than at the end of last year" a rise since the year\'s end',
    corpus: `//- cmp.txt
Beichen Bank first-half 2025 results
Beichen Bank said net profit for the first half of 2025 was RMB 12.3 billion, 4.2% lower from the previous year.
Deposits reached RMB 2.4 trillion at the end of June, 3.3% higher than at the end of last year.
Fee income for the first half of 2025 was RMB 5.1 billion, 8.1% less than the same period last year.
`,
    claims: [
      'cmp.txt: Beichen Bank | 净利润 | 2025-01-01/2025-06-30 ← RMB 12.3 billion',
      'cmp.txt: Beichen Bank | 净利润同比增长 | 2025-01-01/2025-06-30 ← 4.2%',
      'cmp.txt: Beichen Bank | 存款余额 | 2025-06-30 ← RMB 2.4 trillion',
      'cmp.txt: Beichen Bank | 存款余额较上年末增长 | 2025-06-30 ← 3.3%',
      'cmp.txt: Beichen Bank | 手续费及佣金收入 | 2025-01-01/2025-06-30 ← RMB 5.1 billion',
      'cmp.txt: Beichen Bank | 手续费及佣金收入同比增长 | 2025-01-01/2025-06-30 ← 8.1%',
    ],
  },
  {
    name: 'third-quarter coverage: the evening an announcement was made (10月28日晚间，…发布) is no period; 公司 before a period is the bank; one metric\'s changes on two bases (营收环比、同比增长分别为…) pair in order, after 从单季度看; a fall against a peak and points on a fall\'s rate (降幅收窄) get no claim',
    corpus: `//- q3.txt
北辰银行三季报：单季净利润环比下滑
2025-10-30

10月29日晚间，北辰银行发布2025年三季报，公司前三季度实现营业收入118.40亿元、归母净利润52.06亿元，同比分别增长1.25%和2.90%。
从单季度看，第三季度北辰银行营收环比、同比增长分别为-5.10%、0.80%；北辰银行归母净利润环比、同比增长-18.20%、1.40%。
营收方面，相比2021年的最高峰，公司今年第三季度营收累计降幅超过9%。
前三季度净息差为1.61%，较上年同期下降0.03个百分点，降幅收窄0.11个百分点。
`,
    claims: [
      'q3.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-09-30 ← 118.40亿元',
      'q3.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-09-30 ← 52.06亿元',
      'q3.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← 增长1.25%',
      'q3.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-09-30 ← 2.90%',
      'q3.txt: 北辰银行 | 营业收入环比增长 | 2025-07-01/2025-09-30 ← -5.10%',
      'q3.txt: 北辰银行 | 营业收入同比增长 | 2025-07-01/2025-09-30 ← 0.80%',
      'q3.txt: 北辰银行 | 归母净利润环比增长 | 2025-07-01/2025-09-30 ← 增长-18.20%',
      'q3.txt: 北辰银行 | 归母净利润同比增长 | 2025-07-01/2025-09-30 ← 1.40%',
      'q3.txt: 北辰银行 | 净息差 | 2025-01-01/2025-09-30 ← 1.61%',
      'q3.txt: 北辰银行 | 净息差同比增长 | 2025-01-01/2025-09-30 ← 下降0.03个百分点',
    ],
  },
  {
    name: 'a filing\'s summary under its unit line (单位：人民币千元): grouped bare amounts after 为 are amounts in thousands of yuan, 本报告期比上年同期增减变动幅度 the quarter\'s change on the year before, 年初至报告期末 the report\'s nine months',
    corpus: `//- filing.txt
北辰银行股份有限公司2025年第三季度报告

二、主要财务数据
单位:人民币千元

营业收入:2025年7-9月为5,210,406,本报告期比上年同期增减变动幅度-1.94%;2025年1-9月为16,022,718,年初至报告期末比上年同期增减变动幅度-2.07%。
利润总额:2025年7-9月为3,101,555,本报告期比上年同期增减变动幅度0.85%。
`,
    claims: [
      'filing.txt: 北辰银行 | 营业收入 | 2025-07-01/2025-09-30 ← 5,210,406',
      'filing.txt: 北辰银行 | 营业收入同比增长 | 2025-07-01/2025-09-30 ← -1.94%',
      'filing.txt: 北辰银行 | 营业收入 | 2025-01-01/2025-09-30 ← 16,022,718',
      'filing.txt: 北辰银行 | 营业收入同比增长 | 2025-01-01/2025-09-30 ← -2.07%',
      'filing.txt: 北辰银行 | 利润总额 | 2025-07-01/2025-09-30 ← 3,101,555',
      'filing.txt: 北辰银行 | 利润总额同比增长 | 2025-07-01/2025-09-30 ← 0.85%',
    ],
  },
  {
    name: 'a list of levels, each with its change in a bracket (4383.47亿元(yoy+5.62%)), then 占总贷款比例分别为… (the same items\' shares) and 分别同比… (the shares\' changes)',
    corpus: `//- loans.txt
北辰银行2024年年报点评
截至2024年末，北辰银行贷款总额为5120.30亿元，其中公司贷款、个人贷款、票据贴现分别为3010.12亿元(yoy+4.40%)、1480.55亿元(yoy+2.10%)、629.63亿元(yoy+15.20%)，占总贷款比例分别为58.79%、28.92%、12.29%，分别同比-0.40、-1.10、+1.50个百分点。
`,
    claims: [
      'loans.txt: 北辰银行 | 贷款余额 | 2024-12-31 ← 5120.30亿元',
      'loans.txt: 北辰银行 | 公司贷款 | 2024-12-31 ← 3010.12亿元',
      'loans.txt: 北辰银行 | 公司贷款同比增长 | 2024-12-31 ← 4.40%',
      'loans.txt: 北辰银行 | 个人贷款 | 2024-12-31 ← 1480.55亿元',
      'loans.txt: 北辰银行 | 个人贷款同比增长 | 2024-12-31 ← 2.10%',
      'loans.txt: 北辰银行 | 票据贴现 | 2024-12-31 ← 629.63亿元',
      'loans.txt: 北辰银行 | 票据贴现同比增长 | 2024-12-31 ← 15.20%',
      'loans.txt: 北辰银行 | 公司贷款占比 | 2024-12-31 ← 58.79%',
      'loans.txt: 北辰银行 | 个人贷款占比 | 2024-12-31 ← 28.92%',
      'loans.txt: 北辰银行 | 票据贴现占比 | 2024-12-31 ← 12.29%',
      'loans.txt: 北辰银行 | 公司贷款占比同比增长 | 2024-12-31 ← -0.40',
      'loans.txt: 北辰银行 | 个人贷款占比同比增长 | 2024-12-31 ← -1.10',
      'loans.txt: 北辰银行 | 票据贴现占比同比增长 | 2024-12-31 ← 1.50个百分点',
    ],
  },
  {
    name: 'names inside the circumstances a sentence opens with (在…的背景下) are not what its 其 refers to; consumer-finance companies by their short names (招联消金, 马上消金)',
    corpus: `//- cf.txt
马上消金上半年净利润增长
2025-08-20

马上消金2025年上半年实现营业收入110.20亿元。
在招联消金营收利润双降的背景下，其收入同比增长11.50%、净利润增长7.20%。
`,
    claims: [
      'cf.txt: 马上消费金融 | 营业收入 | 2025-01-01/2025-06-30 ← 110.20亿元',
      'cf.txt: 马上消费金融 | 收入同比增长 | 2025-01-01/2025-06-30 ← 增长11.50%',
      'cf.txt: 马上消费金融 | 净利润同比增长 | 2025-01-01/2025-06-30 ← 增长7.20%',
    ],
  },
  {
    name: 'a lender\'s wire release: footnote markers after nouns (volume*4) are no part of the metric, and "36.8 million as of June 30, 2025, an increase of 14.9% from 32.0 million as of June 30, 2024" dates each value by its own "as of"',
    corpus: `//- wire.txt
BEIJING, China, Aug. 14, 2025 (GLOBE NEWSWIRE) — Beichen Bank today announced its unaudited results.
- Cumulative borrowers*2 were 30.1 million as of June 30, 2025, an increase of 12.0% from 26.9 million as of June 30, 2024.
- Outstanding loan balance*6 was RMB120,400 million as of June 30, 2025.
`,
    claims: [
      'wire.txt: Beichen Bank | 借款客户 | 2025-06-30 ← 30.1 million',
      'wire.txt: Beichen Bank | 借款客户同比增长 | 2025-06-30 ← increase of 12.0%',
      'wire.txt: Beichen Bank | 借款客户 | 2024-06-30 ← 26.9 million',
      'wire.txt: Beichen Bank | outstanding 贷款余额 | 2025-06-30 ← RMB120,400 million',
    ],
  },
  {
    name: 'a company page that lists where the group\'s shares trade (在纽约证券交易所，…) names no subject by the exchange; of a cut-off carried along its line (截至2025年3月止三个月) and a year opening a later sentence on it (2024年度), the later governs',
    corpus: `//- hk.txt
业务状况
集团简介: 集团股份在伦敦、香港及纽约证券交易所挂牌买卖。在纽约证券交易所,集团股份亦以预托股份的形式买卖。
业绩表现: - 截至2025年3月止三个月,北辰银行之股东应占溢利下跌12﹒5%至30﹒10亿元。 - 2024年度,北辰银行之股东应占溢利上升3﹒1%至120﹒40亿元。各业务状况如下: (一)净利息收入下跌2﹒2%至150﹒30亿元。
`,
    claims: [
      'hk.txt: 北辰银行 | 归母净利润同比增长 | 2025-01-01/2025-03-31 ← 下跌12﹒5%',
      'hk.txt: 北辰银行 | 归母净利润 | 2025-01-01/2025-03-31 ← 30﹒10亿元',
      'hk.txt: 北辰银行 | 归母净利润同比增长 | 2024-01-01/2024-12-31 ← 上升3﹒1%',
      'hk.txt: 北辰银行 | 归母净利润 | 2024-01-01/2024-12-31 ← 120﹒40亿元',
      'hk.txt: 北辰银行 | 利息净收入同比增长 | 2024-01-01/2024-12-31 ← 下跌2﹒2%',
      'hk.txt: 北辰银行 | 利息净收入 | 2024-01-01/2024-12-31 ← 150﹒30亿元',
    ],
  },
  {
    name: 'a regulator\'s figures reprinted: 我国商业银行净息差 is the commercial banks\' margin, not the country\'s; an increase of loans after a borrower sector\'s balance (企事业单位…贷款余额…，上半年新增贷款…) is the sector\'s, apart from all loans\' increase',
    corpus: `//- nfra.txt
一季度银行业主要监管指标发布
2025-05-16

今年一季度,我国商业银行净息差收窄至1.41%,不良贷款率为1.52%。
//- pboc.txt
二季度金融机构贷款投向统计
2025-07-23

7月22日,中国人民银行发布了2025年二季度金融机构贷款投向统计报告。截至二季度末,金融机构人民币各项贷款余额250.10万亿元,上半年累计新增贷款11.80万亿元。
二季度末,企事业单位本外币贷款余额为170.20万亿元,上半年新增贷款达10.40万亿元。
`,
    claims: [
      'nfra.txt: 商业银行 | 净息差 | 2025-01-01/2025-03-31 ← 1.41%',
      'nfra.txt: 商业银行 | 不良贷款率 | 2025-03-31 ← 1.52%',
      'pboc.txt: 中国人民银行 | 金融机构人民币贷款余额 | 2025-06-30 ← 250.10万亿元',
      'pboc.txt: 中国人民银行 | 新增贷款 | 2025-01-01/2025-06-30 ← 11.80万亿元',
      'pboc.txt: 中国人民银行 | 企事业单位本外币贷款余额 | 2025-06-30 ← 170.20万亿元',
      'pboc.txt: 中国人民银行 | 企事业单位本外币贷款余额变动额 | 2025-01-01/2025-06-30 ← 10.40万亿元',
    ],
  },
  {
    name: 'a group\'s lines of business (零售银行, 私人银行) are no banks of their own: their figures are the group\'s, under the line\'s name, apart from the group\'s total',
    corpus: `//- lines.txt
北辰银行2024年业绩
2024年,北辰银行实现净利润120亿元。其中,零售银行净利润30亿元,私人银行税前利润8亿元。
`,
    claims: [
      'lines.txt: 北辰银行 | 净利润 | 2024-01-01/2024-12-31 ← 120亿元',
      'lines.txt: 北辰银行 | 零售银行净利润 | 2024-01-01/2024-12-31 ← 30亿元',
      'lines.txt: 北辰银行 | 私人银行利润总额 | 2024-01-01/2024-12-31 ← 8亿元',
    ],
  },
  {
    name: 'Hong Kong names results by the day they end (截至2024年12月31日全年业绩): the year\'s report; a condition of adjustment (倘剔除…，则…) holds until the colon that opens the next statement (its own bare change is left unclaimed)',
    corpus: `//- sc.txt
<北辰通讯> 北辰银行截至2024年12月31日全年业绩指,经营收入增加9%至150亿元,倘剔除重大项目,则增加7%:净利息收入增加6%至80亿元。
`,
    claims: [
      'sc.txt: 北辰银行 | 营业收入同比增长 | 2024-01-01/2024-12-31 ← 增加9%',
      'sc.txt: 北辰银行 | 营业收入 | 2024-01-01/2024-12-31 ← 150亿元',
      'sc.txt: 北辰银行 | 利息净收入同比增长 | 2024-01-01/2024-12-31 ← 增加6%',
      'sc.txt: 北辰银行 | 利息净收入 | 2024-01-01/2024-12-31 ← 80亿元',
    ],
  },
];

describe('claims on phenomena of real results coverage', () => {
  it('moves the bare 元 amounts from a currency note on (72.95億元(美元．下同)), and only those', () => {
    const units = analyse(`//- note.txt
北辰銀行去年淨利潤為30億元。第三季除稅前利潤為41.2億元(美元．下同)，首9個月為120.6億元。
`).flatMap(({ facts }) => facts.mentions.filter((mention) => mention.kind === 'figure').map((mention) => `${mention.text} ${(mention as { unit: string }).unit}`));
    assert.deepEqual(units, ['30億元 CNY', '41.2億元 USD', '120.6億元 USD']);
  });

  it('moves them after an amount that names its currency and a bare (下同) (104亿美元(下同)), and leaves an amount before it alone', () => {
    const units = analyse(`//- same.txt
北辰集团全年经营收入增加9%至150亿元,净利息收入增加6%至80亿美元(下同),非利息收入上升2%至70亿元。
`).flatMap(({ facts }) => facts.mentions.filter((mention) => mention.kind === 'figure').map((mention) => `${mention.text} ${(mention as { unit: string }).unit}`));
    assert.deepEqual(units, ['增加9% %', '150亿元 CNY', '增加6% %', '80亿美元 USD', '上升2% %', '70亿元 USD']);
  });

  it('reads a bare $ of a Singapore bank as its dollars (a bracketed conversion gets no claim), but not an amount whose local one follows it in brackets', () => {
    const units = analyse(`//- sg.txt
OCBC net profit falls 6% to $3.5 bil
OCBC reported net profit of $3.50 billion for the first half of 2025.
OCBC's operating income was S$7.10 billion ($5.5 billion) in the first half of 2025.
//- hk.txt
Hang Seng Bank's profit attributable to shareholders fell 30% to $880.5m (HK$6.9b) in the first half of 2025.
`).flatMap(({ path, facts }) => facts.claims.map((claim) => `${path}: ${facts.mentions[claim.mention]!.text} ${claim.unit}`));
    assert.deepEqual(units, [
      'sg.txt: falls 6% %',
      'sg.txt: $3.5 bil SGD',
      'sg.txt: $3.50 billion SGD',
      'sg.txt: S$7.10 billion SGD',
      'hk.txt: fell 30% %',
      'hk.txt: $880.5m USD',
    ]);
  });

  it('keeps the yuan of a bare 元 only where the organisation counts in yuan', () => {
    const units = analyse(cases.find((c) => c.name.startsWith('a Hong Kong bank'))!.corpus).flatMap(({ path, facts }) =>
      facts.claims.map((claim) => `${path}: ${facts.mentions[claim.mention]!.text} ${claim.unit}/${(facts.mentions[claim.mention] as { unit: string }).unit}`),
    );
    assert.deepEqual(units, [
      'hk.txt: 221.5億元 HKD/HKD',
      'hk.txt: 升10.5% %/%',
      'hk.txt: 0.29元 HKD/HKD',
      'hk.txt: 1.34厘 %/%',
      'tw.txt: 1,208.5億元 TWD/TWD',
      'mainland_in_hk.txt: 1,688億元 CNY/CNY',
      'mainland_in_hk.txt: 跌0.4% %/%',
    ]);
  });

  for (const { name, corpus, claims, unclaimed } of cases) {
    it(name, () => {
      assert.deepEqual(claimLines(corpus), claims);
      if (unclaimed) assert.deepEqual(unclaimedLines(corpus).filter((line) => unclaimed.some((want) => want.startsWith(line.split(' — ')[0]!))), unclaimed);
    });
  }

  it('keeps the balance sheet lines (发放贷款及垫款, 吸收存款) apart from the totals the press compares, so a few per cent between them is no conflict', () => {
    const { documents, messages } = indexed(`//- report.txt
截至2025年6月末，北辰银行发放贷款及垫款23726亿元，吸收存款25897亿元。
//- press.txt
截至2025年6月末，北辰银行各项贷款余额2.43万亿元，各项存款余额2.54万亿元。
//- typo.txt
截至2025年6月末，北辰银行吸收存款24897亿元。
`);
    assert.deepEqual(
      documents.flatMap(({ path, facts }) => facts.claims.map((claim) => `${path}: ${claim.metric}`)),
      ['report.txt: 发放贷款和垫款', 'report.txt: 吸收存款', 'press.txt: 贷款余额', 'press.txt: 存款余额', 'typo.txt: 吸收存款'],
    );
    assert.deepEqual(messages, ['report.txt: conflicting-figure error', 'typo.txt: conflicting-figure error']);
  });

  it('raises no conflict between a full year and a period without a year, but does between two full years', () => {
    const { messages } = indexed(`//- annual.txt
北辰银行发布2024年年度报告：全年实现净利润45.1亿元。
//- wire_en.txt
Beichen Bank released its 2024 annual results. In the first three quarters, net profit was 33.6 billion yuan.
//- typo.txt
北辰银行发布2024年度业绩：净利润41.5亿元。
`);
    assert.deepEqual(messages, ['annual.txt: conflicting-figure error', 'typo.txt: conflicting-figure error']);
  });

  it('reads a decrease stated once before a list as the sign of every value, so the outlets agree', () => {
    const { documents, messages } = indexed(`//- summary_en.txt
In the first half of 2025, Huaxin Bank's revenue and net profit were CNY 61.2 billion and CNY 22.4 billion, representing year-on-year declines of 8% and 2.6%, respectively.
//- wire.txt
2025年上半年，华信银行营业收入612亿元，同比下降8%；净利润224亿元，同比下降2.6%。
//- brief.txt
2025年上半年，华信银行营业收入和净利润同比分别下降8.0%和2.6%。
`);
    assert.deepEqual(messages, []);
    const changes = documents.flatMap(({ path, facts }) =>
      facts.claims.filter((claim) => claim.metric.endsWith('同比增长')).map((claim) => `${path}: ${claim.metric} ${(facts.mentions[claim.mention] as { value: string }).value}`),
    );
    assert.deepEqual(changes, [
      'summary_en.txt: 营业收入同比增长 -8',
      'summary_en.txt: 净利润同比增长 -2.6',
      'wire.txt: 营业收入同比增长 -8',
      'wire.txt: 净利润同比增长 -2.6',
      'brief.txt: 营业收入同比增长 -8',
      'brief.txt: 净利润同比增长 -2.6',
    ]);
  });

  it('raises no conflict on a period guessed from the cut-off of an undated article', () => {
    const { documents, messages } = indexed(`//- dated.txt
---
date: 2024-04-23
---
北辰消费金融2023年实现净利润36亿元。
//- undated.txt
截至2023年末，南湖消金不良贷款率为2.1%。

北辰消金净利润下滑16.22%至30.16亿元。
`);
    const undated = documents[1]!.facts;
    const guessed = undated.claims.find((claim) => claim.metric === '净利润')!;
    assert.deepEqual([guessed.asOf.start, guessed.provenance.periodGuessed], ['2023-12-31', true]);
    assert.deepEqual(messages, []);
  });

  it('raises no conflict between a sum over two banks and one bank\'s own figure, but does between two of its own', () => {
    const { messages } = indexed(`//- sum.txt
---
date: 2024-04-20
---
2023年末，北辰银行与南湖银行合计总资产近2200亿元。北辰银行以1200.5亿元的总资产规模居首。
//- own.txt
---
date: 2024-04-21
---
截至2023年末，北辰银行总资产1200.5亿元，南湖银行为980.3亿元。
//- typo.txt
---
date: 2024-04-22
---
截至2023年末，南湖银行总资产达1080.3亿元。
`);
    assert.deepEqual(messages, ['own.txt: conflicting-figure error', 'typo.txt: conflicting-figure error']);
  });
});

describe('values a digit apart in the last place', () => {
  it('keep the severity the claims earn when another value clashes beyond the last digit', () => {
    const { index } = indexed(`//- fy.txt
截至2024年末，北辰银行客户贷款总额较上年末增长9.8%。
//- fyb.txt
2024年末，北辰银行客户贷款总额同比增长9.9%。
//- far.txt
截至2024年末，北辰银行客户贷款总额同比增长10.9%。
`);
    assert.deepEqual(
      index.diagnostics('fyb.txt').map((diagnostic) => `${diagnostic.severity} ${diagnostic.message}`),
      ['error 北辰银行 贷款余额同比增长: 增长9.9% (2024-12-31, fyb.txt) conflicts with 增长10.9% (2024-12-31, far.txt); 增长9.8% (2024-12-31, fy.txt)'],
    );
    assert.deepEqual(index.diagnostics('fy.txt').map((diagnostic) => diagnostic.severity), ['error']);
  });

  it('conflict as information when that is the only clash, and the message says that rounding may explain it', () => {
    const { index } = indexed(`//- fy.txt
截至2024年末，北辰银行客户贷款总额较上年末增长9.8%。
//- fyb.txt
2024年末，北辰银行客户贷款总额同比增长9.9%。
`);
    assert.deepEqual(
      index.diagnostics('fy.txt').map((diagnostic) => `${diagnostic.severity} ${diagnostic.message}`),
      ['information 北辰银行 贷款余额同比增长: 增长9.8% (2024-12-31, fy.txt) conflicts with 增长9.9% (2024-12-31, fyb.txt) (the values differ by one in the last digit, which rounding may explain)'],
    );
  });
});

describe('a long document that repeats a metric', () => {
  it('pairs its conflicting figures in linear number, each with a few partners', () => {
    const line = '截至2024年末，北辰银行不良贷款率为1.02%。截至2024年末，北辰银行不良贷款率为1.35%。';
    const { index } = indexed(`//- long.txt\n---\ndate: 2025-03-20\n---\n${line.repeat(1500)}\n`);
    const diagnostics = index.diagnostics('long.txt');
    // Every figure of both values conflicts, and none carries more than a few related figures.
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'conflicting-figure').length, 3000);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.related.length <= 3));
  });
});
