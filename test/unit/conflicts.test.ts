import { strict as assert } from 'node:assert';
import { neverCancelled } from '../../server/src/core/cancellation';
import { extractClaims } from '../../server/src/core/claims';
import { corpusConfigSchema, type CorpusConfig } from '../../server/src/core/config';
import { comparePair } from '../../server/src/core/valueIntervals';
import { createAnalyzer } from '../../server/src/core/analyze';
import { CorpusIndex, maxRelated, type ConflictData } from '../../server/src/core/corpusIndex';
import { findingText } from '../../server/src/core/findings/words';
import type { DocumentFacts, FigureMention } from '../../server/src/core/types';
import { lineStartsOf } from '../../server/src/core/lines';
import { parseFixture, parseMarkup } from '../fixtures/claims/markup';

function buildIndex(fixture: string, config: CorpusConfig): CorpusIndex {
  const index = new CorpusIndex(config);
  for (const document of parseFixture(fixture)) {
    const facts: DocumentFacts = {
      path: document.path,
      documentDate: document.documentDate,
      language: 'zh-Hans',
      mentions: document.mentions,
      numericRuns: [],
      zones: [],
      claims: extractClaims(document.text, document.mentions, document.documentDate, config, neverCancelled),
      mojibake: [],
      lineStarts: lineStartsOf(document.text),
    };
    index.update(facts);
  }
  return index;
}

/** Every diagnostic of the corpus as "path severity code @figure: message [→ related …]". */
function renderDiagnostics(index: CorpusIndex): string[] {
  const lines: string[] = [];
  for (const path of index.paths()) {
    const facts = index.get(path)!;
    for (const diagnostic of index.diagnostics(path)) {
      const figure = facts.mentions.find((mention) => mention.start === diagnostic.span.start)!;
      const related = diagnostic.related.map((location) => {
        const other = index.get(location.path)!.mentions.find((mention) => mention.start === location.span.start)!;
        return `${location.path}@${other.text}`;
      });
      lines.push(`${path} ${diagnostic.severity} ${diagnostic.code} @${figure.text}: ${diagnostic.message} → ${related.join(', ')}`);
    }
  }
  return lines;
}

function check(fixture: string, expected: string[], config: Record<string, unknown> = {}): CorpusIndex {
  const index = buildIndex(fixture, corpusConfigSchema.parse(config));
  assert.deepEqual(renderDiagnostics(index), expected);
  return index;
}

const chineseConflict = `
//- 002_report.txt
date: 2024-07-15
[[截至2024年6月末]]，“<<微业贷>>”累计授信客户{{120万户}}。
//- 004_news.txt
date: 2024-08-01
[[截至2024年6月末]]，“<<微业贷>>”已落地30个省，累计授信客户{{超150万户}}。
//- 005_other.txt
date: 2024-08-02
<<微粒贷>>笔均贷款金额{{约7600元}}。
`;

describe('conflicts between documents', () => {
  it('reports a Chinese conflict on both figures, with the other value, period and file', () =>
    check(chineseConflict, [
      '002_report.txt error conflicting-figure @120万户: 微业贷 授信客户: 120万户 (2024-06-30, 002_report.txt) conflicts with 超150万户 (2024-06-30, 004_news.txt) → 004_news.txt@超150万户',
      '004_news.txt error conflicting-figure @超150万户: 微业贷 授信客户: 超150万户 (2024-06-30, 004_news.txt) conflicts with 120万户 (2024-06-30, 002_report.txt) → 002_report.txt@120万户',
    ]));

  it('puts the other values in data for the "use value from …" code action, and honours the severity setting', () => {
    const index = buildIndex(chineseConflict, corpusConfigSchema.parse({}));
    index.setConflictSeverity('warning');
    const [diagnostic] = index.diagnostics('004_news.txt');
    assert.equal(diagnostic!.severity, 'warning');
    const data = diagnostic!.data as ConflictData;
    assert.deepEqual(
      { subject: data.subject, metric: data.metric, unit: data.unit, others: data.others.map((other) => [other.path, other.text, other.value, other.qualifier, other.asOf.end]) },
      { subject: '微业贷', metric: '授信客户', unit: 'count', others: [['002_report.txt', '120万户', '1200000', 'exact', '2024-06-30']] },
    );
  });

  it('re-checks only the documents that share a key with the changed one', () => {
    const index = buildIndex(chineseConflict, corpusConfigSchema.parse({}));
    const changed = parseFixture(`//- 004_news.txt\ndate: 2024-08-01\n[[截至2024年6月末]]，“<<微业贷>>”累计授信客户{{120万户}}。\n`)[0]!;
    const facts = index.get('004_news.txt')!;
    const affected = index.update({
      ...facts,
      mentions: changed.mentions,
      claims: extractClaims(changed.text, changed.mentions, changed.documentDate, corpusConfigSchema.parse({}), neverCancelled),
    });
    assert.deepEqual([...affected].sort(), ['002_report.txt', '004_news.txt']);
    assert.deepEqual(renderDiagnostics(index), []);
    assert.deepEqual([...index.remove('002_report.txt')], ['004_news.txt']);
  });

  it('re-checks no other document when an edit leaves the figures of every key as they were', () => {
    const index = buildIndex(chineseConflict, corpusConfigSchema.parse({}));
    const before = renderDiagnostics(index);
    const [edited] = parseFixture(`//- 004_news.txt\ndate: 2024-08-01\n[[截至2024年6月末]]，“<<微业贷>>”已落地30个省，累计授信客户{{超150万户}}。\n今天没有别的数字。\n`);
    const config = corpusConfigSchema.parse({});
    const facts = (text: string, mentions: DocumentFacts['mentions']): DocumentFacts => ({
      ...index.get('004_news.txt')!,
      mentions,
      claims: extractClaims(text, mentions, edited!.documentDate, config, neverCancelled),
      lineStarts: lineStartsOf(text),
    });
    // Text after the last figure changed: the key's observations are the same, so only the document itself is re-checked.
    assert.deepEqual([...index.update(facts(edited!.text, edited!.mentions))], ['004_news.txt']);
    assert.deepEqual(renderDiagnostics(index), before);
    // A line break before the figure that keeps its offset moves it to another line: the other document's related location moves too.
    const broken = edited!.text.replace('，“', '\n“');
    assert.equal(broken.length, edited!.text.length);
    assert.deepEqual([...index.update(facts(broken, edited!.mentions))].sort(), ['002_report.txt', '004_news.txt']);
  });

  it('reports an English conflict', () =>
    check(
      `
//- en_a.txt
date: 2024-04-01
As of [[end of 2023]], <<WeBank=微众银行>>'s total assets were {{600.5 billion yuan}}.
//- en_b.txt
date: 2024-05-01
As of [[end of 2023]], <<WeBank=微众银行>>'s total assets stood at {{580.2 billion yuan}}.
`,
      [
        'en_a.txt error conflicting-figure @600.5 billion yuan: 微众银行 资产总额: 600.5 billion yuan (2023-12-31, en_a.txt) conflicts with 580.2 billion yuan (2023-12-31, en_b.txt) → en_b.txt@580.2 billion yuan',
        'en_b.txt error conflicting-figure @580.2 billion yuan: 微众银行 资产总额: 580.2 billion yuan (2023-12-31, en_b.txt) conflicts with 600.5 billion yuan (2023-12-31, en_a.txt) → en_a.txt@600.5 billion yuan',
      ],
    ));

  it('reports a conflict across languages: net profit 3.366 billion yuan against 净利润31.66亿元 for the same year', () =>
    check(
      `
//- annual_en.txt
date: 2024-04-01
In [[2023]], <<WeBank=微众银行>> posted a net profit of {{3.366 billion yuan}}.
//- annual_zh.txt
date: 2024-04-02
[[2023年]]，<<微众银行>>实现净利润{{31.66亿元}}。
`,
      [
        'annual_en.txt error conflicting-figure @3.366 billion yuan: 微众银行 净利润: 3.366 billion yuan (2023-01-01/2023-12-31, annual_en.txt) conflicts with 31.66亿元 (2023-01-01/2023-12-31, annual_zh.txt) → annual_zh.txt@31.66亿元',
        'annual_zh.txt error conflicting-figure @31.66亿元: 微众银行 净利润: 31.66亿元 (2023-01-01/2023-12-31, annual_zh.txt) conflicts with 3.366 billion yuan (2023-01-01/2023-12-31, annual_en.txt) → annual_en.txt@3.366 billion yuan',
      ],
    ));

  it('compares the signs of stated changes across languages', () =>
    check(
      `
//- change_zh.txt
date: 2024-04-02
[[2023年]]，<<微众银行>>净利润同比{{下降5%}}。
//- change_en.txt
date: 2024-04-01
In [[2023]], <<WeBank=微众银行>>'s net profit was {{up 5%}} year on year.
`,
      [
        'change_en.txt error conflicting-figure @up 5%: 微众银行 净利润同比增长: up 5% (2023-01-01/2023-12-31, change_en.txt) conflicts with 下降5% (2023-01-01/2023-12-31, change_zh.txt) → change_zh.txt@下降5%',
        'change_zh.txt error conflicting-figure @下降5%: 微众银行 净利润同比增长: 下降5% (2023-01-01/2023-12-31, change_zh.txt) conflicts with up 5% (2023-01-01/2023-12-31, change_en.txt) → change_en.txt@up 5%',
      ],
    ));

  it('treats plain numbers as their rounding interval: 29.82% against 29.83% conflicts weakly, 21% against 21.01% does not', () =>
    check(
      `
//- r1.txt
date: 2024-04-01
[[2023年末]]，<<微众银行>>资本充足率{{29.82%}}，不良贷款率{{21%}}。
//- r2.txt
date: 2024-04-02
[[2023年末]]，<<微众银行>>资本充足率{{29.83%}}，不良贷款率{{21.01%}}。
`,
      [
        'r1.txt information conflicting-figure @29.82%: 微众银行 资本充足率: 29.82% (2023-12-31, r1.txt) conflicts with 29.83% (2023-12-31, r2.txt) (the values differ by one in the last digit, which rounding may explain) → r2.txt@29.83%',
        'r2.txt information conflicting-figure @29.83%: 微众银行 资本充足率: 29.83% (2023-12-31, r2.txt) conflicts with 29.82% (2023-12-31, r1.txt) (the values differ by one in the last digit, which rounding may explain) → r1.txt@29.82%',
      ],
    ));

  it('weakens a clash of a dual-listed bank\'s income, which two accounting standards define apart, to information; keeps its profit, a unit slip and other banks\' income as errors', () =>
    check(
      `
//- s1.txt
date: 2025-08-30
[[2025年上半年]]，<<工商银行=工商银行>>营业收入{{4090.8亿元}}，净利润{{1000.2亿元}}，非利息净收入{{1375.5亿元}}。
[[2025年上半年]]，<<微众银行>>营业收入{{210.5亿元}}。
//- s2.txt
date: 2025-08-31
[[2025年上半年]]，<<工商银行=工商银行>>营业收入{{4270.9亿元}}，净利润{{1100.2亿元}}，非利息净收入{{13755亿元}}。
[[2025年上半年]]，<<微众银行>>营业收入{{220.5亿元}}。
`,
      [
        's1.txt information conflicting-figure @4090.8亿元: 工商银行 营业收入: 4090.8亿元 (2025-01-01/2025-06-30, s1.txt) conflicts with 4270.9亿元 (2025-01-01/2025-06-30, s2.txt) (the bank reports in Hong Kong under IFRS and on the mainland under Chinese standards, which define this income differently: each figure may follow one of them) → s2.txt@4270.9亿元',
        's1.txt error conflicting-figure @1000.2亿元: 工商银行 净利润: 1000.2亿元 (2025-01-01/2025-06-30, s1.txt) conflicts with 1100.2亿元 (2025-01-01/2025-06-30, s2.txt) → s2.txt@1100.2亿元',
        's1.txt error conflicting-figure @1375.5亿元: 工商银行 非利息净收入: 1375.5亿元 (2025-01-01/2025-06-30, s1.txt) conflicts with 13755亿元 (2025-01-01/2025-06-30, s2.txt) → s2.txt@13755亿元',
        's1.txt error conflicting-figure @210.5亿元: 微众银行 营业收入: 210.5亿元 (2025-01-01/2025-06-30, s1.txt) conflicts with 220.5亿元 (2025-01-01/2025-06-30, s2.txt) → s2.txt@220.5亿元',
        's2.txt information conflicting-figure @4270.9亿元: 工商银行 营业收入: 4270.9亿元 (2025-01-01/2025-06-30, s2.txt) conflicts with 4090.8亿元 (2025-01-01/2025-06-30, s1.txt) (the bank reports in Hong Kong under IFRS and on the mainland under Chinese standards, which define this income differently: each figure may follow one of them) → s1.txt@4090.8亿元',
        's2.txt error conflicting-figure @1100.2亿元: 工商银行 净利润: 1100.2亿元 (2025-01-01/2025-06-30, s2.txt) conflicts with 1000.2亿元 (2025-01-01/2025-06-30, s1.txt) → s1.txt@1000.2亿元',
        's2.txt error conflicting-figure @13755亿元: 工商银行 非利息净收入: 13755亿元 (2025-01-01/2025-06-30, s2.txt) conflicts with 1375.5亿元 (2025-01-01/2025-06-30, s1.txt) → s1.txt@1375.5亿元',
        's2.txt error conflicting-figure @220.5亿元: 微众银行 营业收入: 220.5亿元 (2025-01-01/2025-06-30, s2.txt) conflicts with 210.5亿元 (2025-01-01/2025-06-30, s1.txt) → s1.txt@210.5亿元',
      ],
    ));

  it('weakens a clash of net profits a few per cent apart, which may be the group\'s and its shareholders\' part, to information; keeps net profits further apart as errors', () =>
    check(
      `
//- a.txt
date: 2025-08-30
[[2025年上半年]]，<<北辰银行>>净利润{{2718.8亿元}}。
[[2025年上半年]]，<<南湖银行>>净利润{{180.5亿元}}。
//- b.txt
date: 2025-08-31
[[2025年上半年]]，<<北辰银行>>净利润{{2699.1亿元}}。
[[2025年上半年]]，<<南湖银行>>净利润{{195.5亿元}}。
`,
      [
        "a.txt information conflicting-figure @2718.8亿元: 北辰银行 净利润: 2718.8亿元 (2025-01-01/2025-06-30, a.txt) conflicts with 2699.1亿元 (2025-01-01/2025-06-30, b.txt) (the press writes net profit both for the group's whole profit and for its shareholders' part, which is a few per cent smaller: the two figures may be the two measures) → b.txt@2699.1亿元",
        'a.txt error conflicting-figure @180.5亿元: 南湖银行 净利润: 180.5亿元 (2025-01-01/2025-06-30, a.txt) conflicts with 195.5亿元 (2025-01-01/2025-06-30, b.txt) → b.txt@195.5亿元',
        "b.txt information conflicting-figure @2699.1亿元: 北辰银行 净利润: 2699.1亿元 (2025-01-01/2025-06-30, b.txt) conflicts with 2718.8亿元 (2025-01-01/2025-06-30, a.txt) (the press writes net profit both for the group's whole profit and for its shareholders' part, which is a few per cent smaller: the two figures may be the two measures) → a.txt@2718.8亿元",
        'b.txt error conflicting-figure @195.5亿元: 南湖银行 净利润: 195.5亿元 (2025-01-01/2025-06-30, b.txt) conflicts with 180.5亿元 (2025-01-01/2025-06-30, a.txt) → a.txt@180.5亿元',
      ],
    ));

  it('weakens two close net profits inside one document to information as well', () =>
    check(
      `
//- d.txt
date: 2025-08-30
[[2025年上半年]]，<<北辰银行>>净利润{{160.2亿元}}，营业收入{{433.6亿元}}。
[[2025年上半年]]，<<北辰银行>>净利润{{164.5亿元}}。
`,
      [
        "d.txt information conflicting-figure @160.2亿元: 北辰银行 净利润: 160.2亿元 (2025-01-01/2025-06-30, d.txt) conflicts with 164.5亿元 (2025-01-01/2025-06-30, d.txt) (the press writes net profit both for the group's whole profit and for its shareholders' part, which is a few per cent smaller: the two figures may be the two measures) → d.txt@164.5亿元",
        "d.txt information conflicting-figure @164.5亿元: 北辰银行 净利润: 164.5亿元 (2025-01-01/2025-06-30, d.txt) conflicts with 160.2亿元 (2025-01-01/2025-06-30, d.txt) (the press writes net profit both for the group's whole profit and for its shareholders' part, which is a few per cent smaller: the two figures may be the two measures) → d.txt@160.2亿元",
      ],
    ));

  it('weakens a clash of the parent\'s profit named by a loose word (股东应占溢利 may be the ordinary shareholders\' part) to information, and says why', () =>
    check(
      `
//- hk.txt
date: 2025-03-26
[[2024年度]]，<<北辰银行>>集團之股東應佔溢利增長{{0.5%}}至{{1438.06億元}}。
//- mainland.txt
date: 2025-03-25
[[2024年]]，<<北辰银行>>实现归母净利润{{1483.91亿元}}，同比增长{{1.22%}}。
`,
      [
        'hk.txt information conflicting-figure @0.5%: 北辰银行 归母净利润同比增长: 0.5% (2024-01-01/2024-12-31, hk.txt) conflicts with 1.22% (2024-01-01/2024-12-31, mainland.txt) (a figure names its metric by a word the press uses for more than one profit, such as 股东应占溢利 for the ordinary shareholders\' part: the two may measure different things) → mainland.txt@1.22%',
        'hk.txt information conflicting-figure @1438.06億元: 北辰银行 归母净利润: 1438.06億元 (2024-01-01/2024-12-31, hk.txt) conflicts with 1483.91亿元 (2024-01-01/2024-12-31, mainland.txt) (a figure names its metric by a word the press uses for more than one profit, such as 股东应占溢利 for the ordinary shareholders\' part: the two may measure different things) → mainland.txt@1483.91亿元',
        'mainland.txt information conflicting-figure @1483.91亿元: 北辰银行 归母净利润: 1483.91亿元 (2024-01-01/2024-12-31, mainland.txt) conflicts with 1438.06億元 (2024-01-01/2024-12-31, hk.txt) (a figure names its metric by a word the press uses for more than one profit, such as 股东应占溢利 for the ordinary shareholders\' part: the two may measure different things) → hk.txt@1438.06億元',
        'mainland.txt information conflicting-figure @1.22%: 北辰银行 归母净利润同比增长: 1.22% (2024-01-01/2024-12-31, mainland.txt) conflicts with 0.5% (2024-01-01/2024-12-31, hk.txt) (a figure names its metric by a word the press uses for more than one profit, such as 股东应占溢利 for the ordinary shareholders\' part: the two may measure different things) → hk.txt@0.5%',
      ],
    ));

  it('weakens a clash of mid-year balance changes that name no base (a year before, or the start of the year?) to information, and says why', () =>
    check(
      `
//- a.txt
date: 2025-10-30
截至[[2025年9月末]]，<<北辰银行>>贷款余额增长{{6.04%}}。
//- b.txt
date: 2025-10-31
截至[[2025年9月末]]，<<北辰银行>>贷款余额增长{{7.5%}}。
//- c.txt
date: 2025-10-31
截至[[2025年9月末]]，<<南湖银行>>贷款余额同比增长{{7.5%}}。
//- d.txt
date: 2025-10-30
截至[[2025年9月末]]，<<南湖银行>>贷款余额同比增长{{6.04%}}。
`,
      [
        'a.txt information conflicting-figure @6.04%: 北辰银行 贷款余额同比增长: 6.04% (2025-09-30, a.txt) conflicts with 7.5% (2025-09-30, b.txt) (a change of a balance stated in mid-year without its base may be against a year before or against the start of the year: the two may measure different changes) → b.txt@7.5%',
        'b.txt information conflicting-figure @7.5%: 北辰银行 贷款余额同比增长: 7.5% (2025-09-30, b.txt) conflicts with 6.04% (2025-09-30, a.txt) (a change of a balance stated in mid-year without its base may be against a year before or against the start of the year: the two may measure different changes) → a.txt@6.04%',
        'c.txt error conflicting-figure @7.5%: 南湖银行 贷款余额同比增长: 7.5% (2025-09-30, c.txt) conflicts with 6.04% (2025-09-30, d.txt) → d.txt@6.04%',
        'd.txt error conflicting-figure @6.04%: 南湖银行 贷款余额同比增长: 6.04% (2025-09-30, d.txt) conflicts with 7.5% (2025-09-30, c.txt) → c.txt@7.5%',
      ],
    ));

  it('weakens a clash of amounts too far apart for a slip to information, and keeps a factor of ten (a unit slip) and a near miss as errors', () =>
    check(
      `
//- f1.txt
date: 2024-04-01
[[2023年末]]，<<微众银行>>贷款余额{{3649亿元}}，存款余额{{5790亿元}}，资产总额{{9850亿元}}。
//- f2.txt
date: 2024-04-02
[[2023年末]]，<<微众银行>>贷款余额{{8910亿元}}，存款余额{{579亿元}}，资产总额{{9580亿元}}。
`,
      [
        'f1.txt information conflicting-figure @3649亿元: 微众银行 贷款余额: 3649亿元 (2023-12-31, f1.txt) conflicts with 8910亿元 (2023-12-31, f2.txt) (the values are too far apart for a slip of a digit or a unit: one of the figures may measure something else) → f2.txt@8910亿元',
        'f1.txt error conflicting-figure @5790亿元: 微众银行 存款余额: 5790亿元 (2023-12-31, f1.txt) conflicts with 579亿元 (2023-12-31, f2.txt) → f2.txt@579亿元',
        'f1.txt error conflicting-figure @9850亿元: 微众银行 资产总额: 9850亿元 (2023-12-31, f1.txt) conflicts with 9580亿元 (2023-12-31, f2.txt) → f2.txt@9580亿元',
        'f2.txt information conflicting-figure @8910亿元: 微众银行 贷款余额: 8910亿元 (2023-12-31, f2.txt) conflicts with 3649亿元 (2023-12-31, f1.txt) (the values are too far apart for a slip of a digit or a unit: one of the figures may measure something else) → f1.txt@3649亿元',
        'f2.txt error conflicting-figure @579亿元: 微众银行 存款余额: 579亿元 (2023-12-31, f2.txt) conflicts with 5790亿元 (2023-12-31, f1.txt) → f1.txt@5790亿元',
        'f2.txt error conflicting-figure @9580亿元: 微众银行 资产总额: 9580亿元 (2023-12-31, f2.txt) conflicts with 9850亿元 (2023-12-31, f1.txt) → f1.txt@9850亿元',
      ],
    ));

  const bounds = `
//- b1.txt
date: 2024-04-01
[[截至2023年末]]，<<FISCO BCOS>>社区汇聚{{超120家}}认证合作伙伴。
//- b2.txt
date: 2024-04-02
[[截至2023年末]]，<<FISCO BCOS>>社区汇聚{{超112家}}认证合作伙伴。
`;
  it('keeps compatible lower bounds silent', () => check(bounds, []));
  it('reports compatible but different values as information in strict mode', () =>
    check(
      bounds,
      [
        'b1.txt information differing-figure @超120家: FISCO BCOS 认证合作伙伴: 超120家 (2023-12-31, b1.txt) differs from 超112家 (2023-12-31, b2.txt) → b2.txt@超112家',
        'b2.txt information differing-figure @超112家: FISCO BCOS 认证合作伙伴: 超112家 (2023-12-31, b2.txt) differs from 超120家 (2023-12-31, b1.txt) → b1.txt@超120家',
      ],
      { rules: { strict: true } },
    ));

  const approximations = `
//- a1.txt
date: 2024-01-10
[[截至2023年末]]，“<<微粒贷>>”笔均贷款金额{{约7600元}}。
//- a2.txt
date: 2024-03-01
[[截至2023年末]]，“<<微粒贷>>”笔均借款{{7400元}}。
`;
  it('lets an approximate value stand for the values within the tolerance', () => check(approximations, []));
  it('reports an approximate value outside a tighter tolerance', () =>
    check(
      approximations,
      [
        'a1.txt error conflicting-figure @约7600元: 微粒贷 笔均贷款金额: 约7600元 (2023-01-01/2023-12-31, a1.txt) conflicts with 7400元 (2023-01-01/2023-12-31, a2.txt) → a2.txt@7400元',
        'a2.txt error conflicting-figure @7400元: 微粒贷 笔均贷款金额: 7400元 (2023-01-01/2023-12-31, a2.txt) conflicts with 约7600元 (2023-01-01/2023-12-31, a1.txt) → a1.txt@约7600元',
      ],
      { rules: { approximateTolerance: 0.01 } },
    ));

  it('orders a metric over several periods as a series, without diagnostics', () => {
    const index = check(
      `
//- s1.txt
date: 2022-03-11
目前，<<微众银行>>已推出{{30多个}}开源项目。
//- s2.txt
date: 2023-06-29
[[截至2022年末]]，<<微众银行>>已在多个领域开源{{33个}}项目。
//- s3.txt
date: 2024-12-16
[[截至2024年6月末]]，<<微众银行>>共开源{{38个}}项目。
`,
      [],
    );
    const series = index.series().find((candidate) => candidate.metric === '开源项目')!;
    assert.deepEqual(
      series.observations.map((observation) => `${observation.claim.asOf.end} ${observation.figure.text} ${observation.path}`),
      ['2022-03-11 30多个 s1.txt', '2022-12-31 33个 s2.txt', '2024-06-30 38个 s3.txt'],
    );
    assert.equal(series.conflicts, 0);
  });

  it('warns when a running total falls over time', () =>
    check(
      `
//- c1.txt
date: 2024-07-01
[[截至2024年6月末]]，“<<微业贷>>”累计授信客户{{超150万户}}。
//- c2.txt
date: 2025-01-10
[[截至2024年末]]，“<<微业贷>>”累计授信客户{{120万户}}。
`,
      [
        'c2.txt warning cumulative-decrease @120万户: 微业贷 授信客户 is a running total but falls: 120万户 (2024-12-31, c2.txt) after 超150万户 (2024-06-30, c1.txt) → c1.txt@超150万户',
      ],
    ));

  it('stays silent on traps: same digits with another unit or metric, other definitions, another metric in another language', () =>
    check(
      `
//- t1.txt
date: 2023-06-29
目前，“<<微业贷>>”授信客户{{超110万家}}，户均授信{{约110万元}}。[[2021年末]]，银行业金融机构用于小微企业的贷款余额{{50万亿元}}，其中普惠型小微企业贷款余额{{19.1万亿元}}。
//- t2.txt
date: 2023-06-29
In [[2023]], <<WeBank=微众银行>> posted a net profit of {{3.366 billion yuan}}.
//- t3.txt
date: 2023-06-29
[[2023年]]，<<微众银行>>实现营业收入{{33.66亿元}}。
`,
      [],
    ));

  it('stays silent on figures of one document that share a key: they describe different things more often than not', () =>
    check(
      `
//- s1.txt
date: 2024-03-01
[[截至2023年末]]，<<微众银行>>人脸识别通过率{{99%}}；[[截至2023年末]]，<<微众银行>>人脸识别通过率{{98%}}。
`,
      [],
    ));

  it('stays silent on targets, subsidiaries and changes beside actual levels', () =>
    check(
      `
//- p1.txt
date: 2024-03-28
到[[2025年末]]，<<微众银行>>个人客户将达到{{4亿户}}。<<微众银行>>旗下<<微众理财>>[[2023年]]净利润{{2.1亿元}}。[[2023年末]]，<<微众银行>>资产总额较年初增加{{500亿元}}。
//- p2.txt
date: 2026-03-01
[[截至2025年末]]，<<微众银行>>个人客户{{3.8亿户}}。[[2023年]]，<<微众银行>>净利润{{109.1亿元}}。[[2023年末]]，<<微众银行>>资产总额{{6500亿元}}。
`,
      [],
    ));

  const ignorable = `
//- i1.txt
date: 2024-04-01
[[2023年末]]，<<微众银行>>资本充足率{{29.82%}}。
//- i2.txt
date: 2024-04-02
[[2023年末]]，<<微众银行>>资本充足率{{29.83%}}。
`;
  it('ignores conflicts by subject, metric and period', () =>
    check(ignorable, [], { ignore: [{ subject: '微众银行', metric: 'capital adequacy ratio', period: '2023', reason: 'restated' }] }));
  it('keeps conflicts whose period the ignore entry does not cover', () =>
    assert.equal(renderDiagnostics(buildIndex(ignorable, corpusConfigSchema.parse({ ignore: [{ metric: '资本充足率', period: '2022' }] }))).length, 2));
  it('ignores a conflict by the pair of its locations', () =>
    check(ignorable, [], { ignore: [{ pair: ['i2.txt:1:17', 'i1.txt:1:19'] }] }));
});

describe('pair verdicts', () => {
  const rules = corpusConfigSchema.parse({}).rules;
  const figure = (marked: string): FigureMention => parseMarkup(`{{${marked}}}`).mentions[0] as FigureMention;
  const cases: [string, string, string][] = [
    ['29.82%', '29.83%', 'conflict'],
    ['21%', '21.01%', 'differ'],
    ['21%', '21%', 'agree'],
    ['超120家', '超112家', 'differ'],
    ['超120家', '100家', 'conflict'],
    ['30多个', '33个', 'differ'],
    ['30多个', '45个', 'conflict'],
    ['约7600元', '7400元', 'differ'],
    ['约7600元', '7000元', 'conflict'],
    ['3.366 billion yuan', '33.66亿元', 'agree'],
  ];
  for (const [a, b, verdict] of cases) it(`${a} vs ${b}: ${verdict}`, () => assert.equal(comparePair(figure(a), figure(b), rules), verdict));
});

describe('conflicts end to end, with the recognisers', () => {
  const config = corpusConfigSchema.parse({
    lexicon: [
      { canonical: '微众银行', aliases: ['WeBank'], kind: 'organisation' },
      { canonical: '微业贷', aliases: ['Weiyedai'], kind: 'product', owner: '微众银行' },
    ],
  });
  const documents: Record<string, string> = {
    'annual_en.txt': '---\ndate: 2024-04-01\n---\nIn 2023, WeBank posted a net profit of 3.366 billion yuan, up 20% year on year.\n',
    'annual_zh.txt': '发布时间：2024-04-02\n\n2023年，微众银行实现净利润31.66亿元，同比增长20%。\n',
    'loans_a.txt': '发布时间：2024-05-02\n\n截至2024年6月末，“微业贷”累计授信客户120万户，户均授信约110万元。\n',
    'loans_b.txt': '发布时间：2024-08-02\n\n截至2024年6月末，“微业贷”累计授信客户超150万户，累计授信金额超1.6万亿元。\n',
  };

  it('finds the cross-language and the Chinese conflict, and nothing else', () => {
    const analyzer = createAnalyzer(config);
    const index = new CorpusIndex(config);
    for (const [path, text] of Object.entries(documents)) index.update(analyzer.analyze(path, text));
    const found = index.paths().flatMap((path) =>
      index.diagnostics(path).map((diagnostic) => {
        const data = diagnostic.data as ConflictData;
        return `${path} ${diagnostic.code} ${data.subject} ${data.metric} ${data.unit} vs ${data.others.map((other) => `${other.path}=${other.value}`).join(',')}`;
      }),
    );
    assert.deepEqual(found, [
      'annual_en.txt conflicting-figure 微众银行 净利润 CNY vs annual_zh.txt=3166000000',
      'annual_zh.txt conflicting-figure 微众银行 净利润 CNY vs annual_en.txt=3366000000',
      'loans_a.txt conflicting-figure 微业贷 授信客户 count vs loans_b.txt=1500000',
      'loans_b.txt conflicting-figure 微业贷 授信客户 count vs loans_a.txt=1200000',
    ]);
  });

  it('names at most maxRelated other figures in a diagnostic and counts the rest', () => {
    const analyzer = createAnalyzer(config);
    const index = new CorpusIndex(config);
    const copies = maxRelated + 25;
    index.update(analyzer.analyze('a.txt', documents['loans_a.txt']!));
    for (let i = 0; i < copies; i++) index.update(analyzer.analyze(`copy-${String(i).padStart(3, '0')}.txt`, documents['loans_b.txt']!));
    const [diagnostic] = index.diagnostics('a.txt').filter((d) => d.code === 'conflicting-figure');
    assert.ok(diagnostic);
    assert.equal(diagnostic.related.length, maxRelated);
    assert.equal((diagnostic.data as ConflictData).others.length, maxRelated);
    const detail = diagnostic.detail!;
    assert.ok(detail.kind === 'conflict');
    assert.equal(detail.others.length, maxRelated);
    assert.equal(detail.total, copies);
    // The first figures in corpus order, and the message counts every figure it does not name.
    assert.deepEqual(
      detail.others.map((other) => other.path),
      Array.from({ length: maxRelated }, (_, i) => `copy-${String(i).padStart(3, '0')}.txt`),
    );
    assert.match(diagnostic.message, new RegExp(` and ${copies - 3} more$`));
    assert.equal(findingText(detail).message, diagnostic.message);
    // Each copy conflicts with the one figure of a.txt only.
    assert.doesNotMatch(index.diagnostics('copy-000.txt').find((d) => d.code === 'conflicting-figure')!.message, / more$/);
  });
});
