import { strict as assert } from 'node:assert';
import { neverCancelled } from '../../server/src/core/cancellation';
import { extractClaims } from '../../server/src/core/claims';
import { corpusConfigSchema, defaultCorpusConfig, type CorpusConfig } from '../../server/src/core/config';
import { MetricNormaliser } from '../../server/src/core/glossary';
import type { Claim, Mention } from '../../server/src/core/types';
import { parseFixture } from '../fixtures/claims/markup';

/** One line per claim: subject | metric | unit | as-of (source) [| cumulative] ← figure text. */
function renderClaim(claim: Claim, mentions: readonly Mention[]): string {
  const period = claim.asOf.start === claim.asOf.end ? claim.asOf.start : `${claim.asOf.start}/${claim.asOf.end}`;
  const cumulative = claim.cumulative ? ' | cumulative' : '';
  return `${claim.subject} | ${claim.metric} | ${claim.unit} | ${period} ${claim.asOf.source}${cumulative} ← ${mentions[claim.mention]!.text}`;
}

function check(fixture: string, expected: string[], config: CorpusConfig = defaultCorpusConfig): void {
  const actual: string[] = [];
  for (const document of parseFixture(fixture)) {
    const claims = extractClaims(document.text, document.mentions, document.documentDate, config, neverCancelled);
    for (const claim of claims) actual.push(`${document.path}: ${renderClaim(claim, document.mentions)}`);
  }
  assert.deepEqual(actual, expected);
}

describe('claims: subject, metric and as-of of each figure', () => {
  it('carries a cut-off date and the topic across the clauses of a sentence', () =>
    check(
      `//- a.txt
date: 2024-07-10
[[截至2024年6月末]]，“<<微业贷>>”已落地{{30个}}省（自治区、直辖市），累计授信客户{{超150万户}}，累计授信金额{{超1.6万亿元}}。
`,
      [
        'a.txt: 微业贷 | 省 | count | 2024-06-30 text ← 30个',
        'a.txt: 微业贷 | 授信客户 | count | 2024-06-30 text | cumulative ← 超150万户',
        'a.txt: 微业贷 | 授信金额 | CNY | 2024-06-30 text | cumulative ← 超1.6万亿元',
      ],
    ));

  it('resolves 我们 to the organisation the document is about and falls back to the document date', () =>
    check(
      `//- b.txt
date: 2022-03-11
<p><<微众银行>>开业以来坚持普惠金融。</p>
<p>通过不懈的努力，至今我们累计服务的个人客户{{超过了3亿人}}、小微企业法人客户{{超过270万家}}。</p>
`,
      [
        'b.txt: 微众银行 | 个人客户 | count | 2022-03-11 document-date | cumulative ← 超过了3亿人',
        'b.txt: 微众银行 | 小微企业客户 | count | 2022-03-11 document-date | cumulative ← 超过270万家',
      ],
    ));

  it('takes the noun after the figure when a verb precedes it, and the head of a 的-modifier as subject', () =>
    check(
      `//- c.txt
date: 2023-06-29
[[截至2022年末]]，<<微众银行>>已在人工智能、区块链等多个领域开源{{33个}}项目。

其中，由我行牵头打造的国产联盟链开源底层平台<<FISCO BCOS>>已汇聚{{超4000家}}企业及机构、{{超9万名}}个人成员共建共治共享。
`,
      [
        'c.txt: 微众银行 | 开源项目 | count | 2022-12-31 text ← 33个',
        'c.txt: FISCO BCOS | 机构 | count | 2022-12-31 text ← 超4000家',
        'c.txt: FISCO BCOS | 社区成员 | count | 2022-12-31 text ← 超9万名',
      ],
    ));

  it('maps English phrasings to the Chinese keys and names growth after its metric', () =>
    check(
      `//- d.txt
date: 2024-04-01
In [[2023]], <<WeBank=微众银行>> reported a net profit of {{3.366 billion yuan}}, up {{20%}} year on year. The bank served {{over 360 million}} individual customers.
`,
      [
        'd.txt: 微众银行 | 净利润 | CNY | 2023-01-01/2023-12-31 text ← 3.366 billion yuan',
        'd.txt: 微众银行 | 净利润同比增长 | % | 2023-01-01/2023-12-31 text ← 20%',
        'd.txt: 微众银行 | 个人客户 | count | 2023-12-31 text ← over 360 million',
      ],
    ));

  it('names the change and the level of one metric in one sentence, in English and in Chinese', () =>
    check(
      `//- h.txt
date: 2024-04-01
<<WeBank=微众银行>>'s revenue rose {{20%}} to {{39.36 billion yuan}} in [[2023]]. [[2023年]]，<<微众银行>>营业收入同比增长{{20%}}至{{393.6亿元}}，净利润{{109.1亿元}}，营业收入增长{{10%}}。
`,
      [
        'h.txt: 微众银行 | 营业收入同比增长 | % | 2023-01-01/2023-12-31 text ← 20%',
        'h.txt: 微众银行 | 营业收入 | CNY | 2023-01-01/2023-12-31 text ← 39.36 billion yuan',
        'h.txt: 微众银行 | 营业收入同比增长 | % | 2023-01-01/2023-12-31 text ← 20%',
        'h.txt: 微众银行 | 营业收入 | CNY | 2023-01-01/2023-12-31 text ← 393.6亿元',
        'h.txt: 微众银行 | 净利润 | CNY | 2023-01-01/2023-12-31 text ← 109.1亿元',
        'h.txt: 微众银行 | 营业收入同比增长 | % | 2023-01-01/2023-12-31 text ← 10%',
      ],
    ));

  it('keys a stated change by the metric it changes, apart from the metric itself', () =>
    check(
      `//- k.txt
date: 2024-04-01
[[2023年]]，<<微众银行>>净利润同比{{下降5%}}，不良贷款{{减少10亿元}}，营业收入增长至{{393.6亿元}}。In [[2023]], <<WeBank=微众银行>>'s net profit was {{down 5%}} year on year.
`,
      [
        'k.txt: 微众银行 | 净利润同比增长 | % | 2023-01-01/2023-12-31 text ← 下降5%',
        'k.txt: 微众银行 | 不良贷款余额变动额 | CNY | 2023-01-01/2023-12-31 text ← 减少10亿元',
        'k.txt: 微众银行 | 营业收入 | CNY | 2023-01-01/2023-12-31 text ← 393.6亿元',
        'k.txt: 微众银行 | 净利润同比增长 | % | 2023-01-01/2023-12-31 text ← down 5%',
      ],
    ));

  it('finds organisation-shaped names, resolves 该行 and skips comparisons with a base date and durations', () =>
    check(
      `//- e.txt
date: 2024-03-01
[[2023年]]，中国银行深圳市分行实现营业收入{{393.6亿元}}，净利润{{109.1亿元}}，同比增长{{20.2%}}。该行普惠贷款余额{{1200亿元}}，较[[2018年末]]增长{{233%}}。该行成立已有{{30年}}。
`,
      [
        'e.txt: 中国银行深圳市分行 | 营业收入 | CNY | 2023-01-01/2023-12-31 text ← 393.6亿元',
        'e.txt: 中国银行深圳市分行 | 净利润 | CNY | 2023-01-01/2023-12-31 text ← 109.1亿元',
        'e.txt: 中国银行深圳市分行 | 净利润同比增长 | % | 2023-01-01/2023-12-31 text ← 20.2%',
        'e.txt: 中国银行深圳市分行 | 普惠贷款余额 | CNY | 2023-12-31 text ← 1200亿元',
      ],
    ));

  it('lets a cut-off date opening a paragraph govern its later sentences, and traditional text meet simplified keys', () =>
    check(
      `//- f.txt
date: 2025-01-01
[[截至2023年末]]，“<<微粒貸=微粒贷>>”筆均貸款金額{{7400元}}。{{17%左右}}的客戶為首貸戶。
`,
      [
        'f.txt: 微粒贷 | 笔均贷款金额 | CNY | 2023-01-01/2023-12-31 text ← 7400元',
        'f.txt: 微粒贷 | 首贷户占比 | % | 2023-12-31 text ← 17%左右',
      ],
    ));

  it('keys targets and forecasts apart from actuals', () =>
    check(
      `//- t.txt
date: 2024-03-28
根据规划，到[[2025年末]]，<<微众银行>>个人客户将突破{{4000万户}}，资产总额目标为{{1.8万亿元}}。<<微众银行>>预计[[2024年]]净利润增长{{10%}}。[[截至2023年末]]，<<微众银行>>个人客户{{3200万户}}。
`,
      [
        't.txt: 微众银行 | 个人客户目标 | count | 2025-12-31 text ← 4000万户',
        't.txt: 微众银行 | 资产总额目标 | CNY | 2025-12-31 text ← 1.8万亿元',
        't.txt: 微众银行 | 净利润同比增长预测 | % | 2024-01-01/2024-12-31 text ← 10%',
        't.txt: 微众银行 | 个人客户 | count | 2023-12-31 text ← 3200万户',
      ],
    ));

  it('resolves 该行 to the organisation, not to the product spoken of last, and takes quoted product names as subjects', () =>
    check(
      `//- u.txt
date: 2024-08-30
<<微众银行>>旗下“<<微业贷>>”累计授信客户{{201万户}}。该行新推出的“微众快贷”累计授信客户{{95万户}}。该行资产总额{{5000亿元}}。
`,
      [
        'u.txt: 微业贷 | 授信客户 | count | 2024-08-30 document-date | cumulative ← 201万户',
        'u.txt: 微众快贷 | 授信客户 | count | 2024-08-30 document-date | cumulative ← 95万户',
        'u.txt: 微众银行 | 资产总额 | CNY | 2024-08-30 document-date ← 5000亿元',
      ],
    ));

  it('keeps averages, regions and the population of a bare rate in the key, and drops junk phrases', () =>
    check(
      `//- v.txt
date: 2024-03-28
[[截至2023年末]]，<<微众银行>>户均存款余额{{2.1万元}}，长三角地区贷款余额{{3120亿元}}。获得贷款支持的科技型中小企业达{{21.2万家}}，获贷率为{{46.8%}}。<<微众银行>>通过开源及SaaS模式服务科技企业{{1400家}}。<<微众银行>>单账户运维成本低于国内外同行的{{10%}}。
`,
      [
        'v.txt: 微众银行 | 户均存款余额 | CNY | 2023-12-31 text ← 2.1万元',
        'v.txt: 微众银行 | 长三角地区贷款余额 | CNY | 2023-12-31 text ← 3120亿元',
        'v.txt: 微众银行 | 获得贷款支持科技型中小企业 | count | 2023-12-31 text ← 21.2万家',
        'v.txt: 微众银行 | 科技型中小企业获贷率 | % | 2023-12-31 text ← 46.8%',
        'v.txt: 微众银行 | 科技企业 | count | 2023-12-31 text ← 1400家',
      ],
    ));

  it('uses the metric aliases of the corpus configuration', () =>
    check(
      `//- g.txt
date: 2024-01-01
<<微众银行>>的科创企业贷款余额{{500亿元}}。
`,
      ['g.txt: 微众银行 | 科技贷款 | CNY | 2024-01-01 document-date ← 500亿元'],
      corpusConfigSchema.parse({ metricAliases: { 科技贷款: ['科创企业贷款余额'] } }),
    ));
});

describe('metric normalisation', () => {
  const normaliser = new MetricNormaliser(defaultCorpusConfig);
  const cases: [string, string][] = [
    ['累计授信客户', '授信客户'],
    ['服务个人客户', '个人客户'],
    ['已累计服务的个人客户', '个人客户'],
    ['net profit of', '净利润'],
    ['total assets reached', '资产总额'],
    ['淨利潤', '净利润'],
    ['普惠型小微企业贷款余额', '普惠小微贷款余额'],
    ['inclusive loan balance', 'inclusive 贷款余额'],
    ['不良率', '不良贷款率'],
    ['the NPL ratio was', '不良贷款率'],
    ['达', ''],
    ['revenue growth', '营业收入同比增长'],
    ['净利同比增长', '净利润同比增长'],
    ['户均存款余额', '户均存款余额'],
    ['长三角地区贷款余额', '长三角地区贷款余额'],
    ['在金融、政务等多个地区落地应用', '落地应用'],
    ['信用卡累计发卡量', '信用卡发卡量'],
    ['有效服务客户数', '有效服务客户数'],
    ['said total loans reached', '贷款余额'],
    ['while its branch reported total loans of', '贷款余额'],
    ['the NPL ratio remained stable at', '不良贷款率'],
    ['net profit for', '净利润'],
  ];
  for (const [phrase, key] of cases) it(`${phrase} → ${key || '(none)'}`, () => assert.equal(normaliser.normalise(phrase), key));
});
