/**
 * A held-out corpus written for the claim and conflict rules: news releases, annual-report excerpts
 * in simplified and traditional Chinese and English press releases about one (fictional) bank, its
 * product, its wealth-management subsidiary and its Shenzhen branch. It holds genuine conflicts
 * (Chinese, English, across the languages, by rounding), a falling running total, series across
 * years, and traps that must stay silent. Documents run through the real analyzer, end to end.
 */
import { strict as assert } from 'node:assert';
import { createAnalyzer } from '../../server/src/core/analyze';
import { corpusConfigSchema } from '../../server/src/core/config';
import { CorpusIndex, claimKey } from '../../server/src/core/corpusIndex';
import type { DocumentFacts } from '../../server/src/core/types';

const config = corpusConfigSchema.parse({
  lexicon: [
    { canonical: '华信银行', aliases: ['Huaxin Bank'], kind: 'organisation' },
    { canonical: '华信e贷', aliases: ['Huaxin e-Loan'], kind: 'product', owner: '华信银行' },
    { canonical: '华信理财', aliases: ['Huaxin Wealth Management'], kind: 'organisation', owner: '华信银行', role: 'subsidiary' },
  ],
});

const corpus = `
//- hx_2023_results_zh.txt
---
title: 华信银行发布2023年度经营业绩
date: 2024-03-28
---
3月28日，华信银行发布2023年度业绩报告。2023年，华信银行实现营业收入412.6亿元，同比增长8.2%；实现净利润105.3亿元，同比增长10.1%。零售业务收入同比增长12.3%。

截至2023年末，该行资产总额1.52万亿元，较年初增加1260亿元；各项贷款余额8650亿元，较年初增长9.6%；不良贷款率1.12%，较年初下降0.05个百分点；拨备覆盖率235.6%。分区域看，长三角地区贷款余额3120亿元。

截至2023年末，华信银行个人客户超过3200万户，户均存款余额2.1万元。“华信e贷”累计授信客户186万户，累计放款金额超2000亿元。2023年，“华信e贷”全年发放贷款620亿元。

根据该行发展规划，到2025年末，华信银行个人客户将突破4000万户，资产总额目标为1.8万亿元。

华信银行旗下理财子公司华信理财2023年实现净利润12.4亿元，同比增长3.5%。
//- hx_2023_annual_report_hant.txt
---
date: 2024-04-20
---
華信銀行二〇二三年度報告（摘要）

一、財務概要
截至2023年12月31日，本行資產總額15,236億元，各項貸款餘額8,650億元，不良貸款率1.12%，撥備覆蓋率約236%。2023年度本行實現淨利潤105.3億元。零售業務收入佔營業收入比重為12.3%。

二、零售業務
截至2023年末，本行個人客戶超3,000萬戶，較上年末增加250萬戶；個人存款餘額6,720億元。「華信e貸」累計授信客戶193萬戶。

三、信用卡業務
截至2023年末，本行信用卡累計發卡量3,200萬張。
//- hx_2023_results_en.txt
---
date: 2024-03-28
---
Huaxin Bank reports 2023 annual results

In 2023, Huaxin Bank posted a net profit of RMB10.35 billion, up 10.1% year on year, and its operating income rose 8.2% to RMB41.26 billion.

As of December 31, 2023, total assets were RMB1.53 trillion and total loans stood at RMB865.0 billion. The non-performing loan ratio fell to 1.12%.

At the end of 2023, the bank had more than 32 million individual customers. Huaxin e-Loan had 1.86 million cumulative credit customers. The provision coverage ratio was about 260%.
//- hx_2024_results_en.txt
---
date: 2025-03-27
---
Huaxin Bank Announces 2024 Annual Results

SHANGHAI, March 27, 2025 -- Huaxin Bank today announced that its net profit for 2024 rose 4.1% year-on-year to RMB10.96 billion. The NPL ratio remained stable at 1.10% at the end of 2024.

As of December 31, 2024, the number of individual customers exceeded 36 million, and the average loan balance per customer of Huaxin e-Loan was RMB 86,000.
//- hx_2023_annual_report_en.txt
---
date: 2024-04-20
---
Huaxin Bank Co., Ltd. (the Bank) 2023 Annual Report: Financial Highlights

As at 31 December 2023, total assets of the Bank amounted to RMB1,523.6 billion, and the non-performing loan ratio was 1.12%. For 2023, the Group's net profit attributable to shareholders was RMB10.53 billion.
//- hx_wire_en.txt
---
date: 2024-04-02
---
Huaxin Bank loan book tops RMB870 billion

Huaxin Bank said total loans reached RMB872 billion as of the end of 2023, while its Shenzhen branch reported total loans of RMB102 billion. The lender plans to lift total assets to RMB1.8 trillion by 2025.
//- hx_2024_interim_zh.txt
---
date: 2024-08-30
---
华信银行2024年半年度业绩快报

2024年上半年，华信银行实现净利润56.2亿元，同比增长6.3%。截至2024年6月末，华信银行资产总额1.58万亿元，较年初增加600亿元；个人客户3350万户。

截至2024年6月末，“华信e贷”累计授信客户201万户，累计放款金额1850亿元。

截至2024年6月末，该行新推出的“华信快贷”累计授信客户95万户，户均授信金额8.6万元。

华信银行预计2024年全年净利润增长5%至8%。
//- hx_shenzhen_branch_zh.txt
---
date: 2024-02-05
---
华信银行深圳分行召开2024年工作会议。会议披露，截至2023年末，华信银行深圳分行各项贷款余额1020亿元，较年初增长12.5%；不良贷款率0.86%；个人客户超过300万户。
//- hx_2025_review_zh.txt
---
date: 2026-03-27
---
华信银行2025年度业绩发布

截至2025年末，华信银行资产总额1.76万亿元，个人客户3860万户。2024年，华信银行净利润同比增长4.1%；2024年末个人客户3610万户。
`;

function parseCorpus(fixture: string): { path: string; text: string }[] {
  const parts = fixture.split(/^\/\/- (.+)$/m);
  const documents: { path: string; text: string }[] = [];
  for (let i = 1; i < parts.length; i += 2) documents.push({ path: parts[i]!.trim(), text: parts[i + 1]!.replace(/^\n/, '') });
  return documents;
}

function analyseCorpus(): { facts: DocumentFacts[]; index: CorpusIndex } {
  const analyzer = createAnalyzer(config);
  const index = new CorpusIndex(config);
  const facts = parseCorpus(corpus).map(({ path, text }) => analyzer.analyze(path, text));
  for (const document of facts) index.update(document);
  return { facts, index };
}

/** "path code @figure → other@figure, …" for every diagnostic of the corpus. */
function renderDiagnostics(facts: readonly DocumentFacts[], index: CorpusIndex): string[] {
  const lines: string[] = [];
  const textAt = (path: string, start: number) => {
    const mention = index.get(path)!.mentions.find((candidate) => candidate.kind === 'figure' && candidate.start === start);
    return mention ? mention.text : `#${start}`;
  };
  for (const document of facts) {
    for (const diagnostic of index.diagnostics(document.path)) {
      const data = diagnostic.data as { subject: string; metric: string };
      const related = diagnostic.related.map((location) => `${location.path}@${textAt(location.path, location.span.start)}`);
      lines.push(`${document.path} ${diagnostic.code} ${data.subject}|${data.metric} @${textAt(document.path, diagnostic.span.start)} → ${related.join(', ')}`);
    }
  }
  return lines;
}

/** "subject|metric|unit|as-of ← figure" for every claim of a document. */
function renderClaims(document: DocumentFacts): string[] {
  return document.claims.map((claim) => {
    const period = claim.asOf.start === claim.asOf.end ? claim.asOf.start : `${claim.asOf.start}/${claim.asOf.end}`;
    return `${claimKey(claim).replace(/\u0000/g, '|')}|${period} ← ${document.mentions[claim.mention]!.text}`;
  });
}

describe('held-out corpus: claims and conflicts end to end', () => {
  const { facts, index } = analyseCorpus();
  const byPath = new Map(facts.map((document) => [document.path, document]));
  if (process.env.FINCORPUS_VERBOSE) {
    for (const document of facts) for (const line of renderClaims(document)) console.log(`        ${document.path}: ${line}`);
    for (const line of renderDiagnostics(facts, index)) console.log(`        ${line}`);
  }

  /** The claim key of the first figure whose text is (or holds) `figure` in a document, or null when it makes no claim. */
  function keyOf(path: string, figure: string): string | null {
    const document = byPath.get(path)!;
    const index = document.mentions.findIndex((mention) => mention.kind === 'figure' && (mention.text === figure || mention.text.includes(figure)));
    assert.ok(index >= 0, `no figure ${figure} in ${path}`);
    const claim = document.claims.find((candidate) => candidate.mention === index);
    return claim ? claimKey(claim).replace(/\u0000/g, '|') : null;
  }

  it('reports exactly the genuine conflicts and the falling running total', () => {
    assert.deepEqual(renderDiagnostics(facts, index), [
      // Chinese against English: 105.3亿元 is 10.53 billion, not 10.35 billion.
      'hx_2023_results_zh.txt conflicting-figure 华信银行|净利润 @105.3亿元 → hx_2023_results_en.txt@RMB10.35 billion',
      // Rounding: 1.52万亿 admits [1.515, 1.525) trillion, 1.53 trillion admits [1.525, 1.535); 15,236亿 and 1,523.6 billion agree with 1.52万亿.
      'hx_2023_results_zh.txt conflicting-figure 华信银行|资产总额 @1.52万亿元 → hx_2023_results_en.txt@RMB1.53 trillion',
      'hx_2023_results_zh.txt conflicting-figure 华信银行|贷款余额 @8650亿元 → hx_wire_en.txt@RMB872 billion',
      // An approximation beyond its tolerance: about 260% admits [242, 278], not 235.6%; 約236% stays compatible with both.
      'hx_2023_results_zh.txt conflicting-figure 华信银行|拨备覆盖率 @235.6% → hx_2023_results_en.txt@about 260%',
      // Simplified against traditional Chinese (and the English figure that agrees with the first).
      'hx_2023_results_zh.txt conflicting-figure 华信e贷|授信客户 @186万户 → hx_2023_annual_report_hant.txt@193萬戶',
      'hx_2023_annual_report_hant.txt conflicting-figure 华信银行|资产总额 @15,236億元 → hx_2023_results_en.txt@RMB1.53 trillion',
      'hx_2023_annual_report_hant.txt conflicting-figure 华信银行|贷款余额 @8,650億元 → hx_wire_en.txt@RMB872 billion',
      'hx_2023_annual_report_hant.txt conflicting-figure 华信银行|净利润 @105.3億元 → hx_2023_results_en.txt@RMB10.35 billion',
      'hx_2023_annual_report_hant.txt conflicting-figure 华信e贷|授信客户 @193萬戶 → hx_2023_results_en.txt@1.86 million, hx_2023_results_zh.txt@186万户',
      // English against both Chinese reports. The annual report's RMB10.53 billion is the net profit
      // attributable to shareholders (归母净利润), another concept, so it meets none of them.
      'hx_2023_results_en.txt conflicting-figure 华信银行|净利润 @RMB10.35 billion → hx_2023_annual_report_hant.txt@105.3億元, hx_2023_results_zh.txt@105.3亿元',
      'hx_2023_results_en.txt conflicting-figure 华信银行|资产总额 @RMB1.53 trillion → hx_2023_annual_report_en.txt@RMB1,523.6 billion, hx_2023_annual_report_hant.txt@15,236億元, hx_2023_results_zh.txt@1.52万亿元',
      'hx_2023_results_en.txt conflicting-figure 华信银行|贷款余额 @RMB865.0 billion → hx_wire_en.txt@RMB872 billion',
      'hx_2023_results_en.txt conflicting-figure 华信e贷|授信客户 @1.86 million → hx_2023_annual_report_hant.txt@193萬戶',
      'hx_2023_results_en.txt conflicting-figure 华信银行|拨备覆盖率 @about 260% → hx_2023_results_zh.txt@235.6%',
      'hx_2023_annual_report_en.txt conflicting-figure 华信银行|资产总额 @RMB1,523.6 billion → hx_2023_results_en.txt@RMB1.53 trillion',
      'hx_wire_en.txt conflicting-figure 华信银行|贷款余额 @RMB872 billion → hx_2023_annual_report_hant.txt@8,650億元, hx_2023_results_en.txt@RMB865.0 billion, hx_2023_results_zh.txt@8650亿元',
      // A running total cannot fall from over 200 billion to 185 billion.
      'hx_2024_interim_zh.txt cumulative-decrease 华信e贷|累计放款金额 @1850亿元 → hx_2023_results_zh.txt@超2000亿元',
    ]);
  });

  it('keys the headline figures by subject, canonical metric and unit', () => {
    assert.equal(keyOf('hx_2023_results_zh.txt', '412.6亿元'), '华信银行|营业收入|CNY');
    assert.equal(keyOf('hx_2023_results_en.txt', 'RMB41.26 billion'), '华信银行|营业收入|CNY');
    assert.equal(keyOf('hx_2023_results_zh.txt', '8.2%'), '华信银行|营业收入同比增长|%');
    assert.equal(keyOf('hx_2023_results_en.txt', '8.2%'), '华信银行|营业收入同比增长|%');
    assert.equal(keyOf('hx_2023_results_zh.txt', '1.12%'), '华信银行|不良贷款率|%');
    assert.equal(keyOf('hx_2023_results_en.txt', '1.12%'), '华信银行|不良贷款率|%');
    assert.equal(keyOf('hx_2023_annual_report_hant.txt', '約236%'), '华信银行|拨备覆盖率|%');
    // A bank ratio after a sentence about its product belongs to the bank.
    assert.equal(keyOf('hx_2023_results_en.txt', 'about 260%'), '华信银行|拨备覆盖率|%');
    // The owner after the metric (total assets of the Bank) and 归母 net profit in English, a concept apart from net profit.
    assert.equal(keyOf('hx_2023_annual_report_en.txt', 'RMB1,523.6 billion'), '华信银行|资产总额|CNY');
    assert.equal(keyOf('hx_2023_annual_report_en.txt', 'RMB10.53 billion'), '华信银行|归母净利润|CNY');
    // A period inside the phrase (net profit for 2024 rose …) and a level after the rate (… to RMB10.96 billion).
    assert.equal(keyOf('hx_2024_results_en.txt', '4.1%'), '华信银行|净利润同比增长|%');
    assert.equal(keyOf('hx_2024_results_en.txt', 'RMB10.96 billion'), '华信银行|净利润|CNY');
    assert.equal(keyOf('hx_2024_results_en.txt', '1.10%'), '华信银行|不良贷款率|%');
  });

  it('orders one metric over several years as a series', () => {
    const series = index.seriesOf(['华信银行', '个人客户', 'count'].join('\u0000'));
    assert.ok(series, 'no 个人客户 series');
    const ends = [...new Set(series.observations.map((observation) => observation.claim.asOf.end))];
    assert.deepEqual(ends, ['2023-12-31', '2024-06-30', '2024-12-31', '2025-12-31']);
    assert.equal(series.conflicts, 0);
  });

  it('keeps a subsidiary, a branch and an unknown product apart from the bank', () => {
    assert.equal(keyOf('hx_2023_results_zh.txt', '12.4亿元'), '华信理财|净利润|CNY');
    assert.match(keyOf('hx_shenzhen_branch_zh.txt', '1020亿元') ?? '', /^华信银行深圳分行\|贷款余额\|/);
    assert.notEqual(keyOf('hx_shenzhen_branch_zh.txt', '超过300万户'), '华信银行|个人客户|count');
    assert.notEqual(keyOf('hx_wire_en.txt', 'RMB102 billion'), '华信银行|贷款余额|CNY');
    const quick = keyOf('hx_2024_interim_zh.txt', '95万户');
    assert.ok(quick === null || !/^(?:华信银行|华信e贷)\|/.test(quick), `华信快贷 figure keyed as ${quick}`);
  });

  it('keeps changes, rates, shares, averages and regional figures apart from levels', () => {
    const levels = new Set([
      '华信银行|资产总额|CNY',
      '华信银行|个人客户|count',
      '华信银行|贷款余额|CNY',
      '华信银行|存款余额|CNY',
      '华信银行|个人存款余额|CNY',
      '华信e贷|贷款余额|CNY',
    ]);
    const notLevel = (path: string, figure: string) => {
      const key = keyOf(path, figure);
      assert.ok(key === null || !levels.has(key), `${figure} keyed as the level ${key}`);
    };
    notLevel('hx_2023_results_zh.txt', '1260亿元');
    notLevel('hx_2024_interim_zh.txt', '600亿元');
    notLevel('hx_2023_annual_report_hant.txt', '250萬戶');
    notLevel('hx_2023_results_zh.txt', '2.1万元');
    notLevel('hx_2024_results_en.txt', 'RMB 86,000');
    notLevel('hx_2023_results_zh.txt', '3120亿元');
    notLevel('hx_2023_annual_report_hant.txt', '3,200萬張');
    assert.notEqual(keyOf('hx_2023_results_zh.txt', '12.3%'), keyOf('hx_2023_annual_report_hant.txt', '12.3%'));
  });

  it('keeps the flow of a year apart from the running total at its end', () => {
    // 全年发放贷款620亿元 (2023) is disbursed in the year; 累计放款金额超2000亿元 (2023-12-31) is a running total, a concept of its own.
    const flow = index.seriesOf(['华信e贷', '放款金额', 'CNY'].join('\u0000'));
    assert.ok(flow, 'no 放款金额 series');
    assert.deepEqual(
      flow.observations.map((observation) => observation.figure.text),
      ['620亿元'],
    );
    assert.equal(flow.conflicts, 0);
    const running = index.seriesOf(['华信e贷', '累计放款金额', 'CNY'].join('\u0000'));
    assert.ok(running, 'no 累计放款金额 series');
    assert.deepEqual(
      running.observations.map((observation) => observation.figure.text),
      ['超2000亿元', '1850亿元'],
    );
    assert.equal(running.conflicts, 0);
  });

  it('keeps targets and forecasts apart from the actual figures', () => {
    const actuals = new Set([
      keyOf('hx_2025_review_zh.txt', '1.76万亿元'),
      keyOf('hx_2025_review_zh.txt', '3860万户'),
      keyOf('hx_2025_review_zh.txt', '4.1%'),
    ]);
    for (const [path, figure] of [
      ['hx_2023_results_zh.txt', '4000万户'],
      ['hx_2023_results_zh.txt', '1.8万亿元'],
      ['hx_wire_en.txt', 'RMB1.8 trillion'],
      ['hx_2024_interim_zh.txt', '5%'],
      ['hx_2024_interim_zh.txt', '8%'],
    ] as const) {
      const key = keyOf(path, figure);
      assert.ok(key === null || !actuals.has(key), `target ${figure} keyed as the actual ${key}`);
    }
  });
});
