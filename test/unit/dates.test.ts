import { strict as assert } from 'node:assert';
import { neverCancelled } from '../../server/src/core/cancellation';
import { OPEN_END, detectDocumentDate, recogniseDates } from '../../server/src/core/dates';
import type { DateMention, Granularity } from '../../server/src/core/types';
import { ZoneMask } from '../../server/src/core/zoneMask';

/** [text, surface, start, end, granularity]; start/end are the ISO bounds of the period. */
type Expected = [text: string, surface: string, start: string, end: string, granularity: Granularity];

function datesIn(text: string, documentDate: string | null = null, mask: ZoneMask = ZoneMask.EMPTY): DateMention[] {
  return recogniseDates(text, mask, documentDate, neverCancelled);
}

function checkOne(text: string, documentDate: string | null, [, surface, start, end, granularity]: Expected): DateMention {
  const found = datesIn(text, documentDate);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  const mention = found[0]!;
  assert.equal(mention.text, surface);
  assert.equal(text.slice(mention.start, mention.end), surface);
  assert.deepEqual(mention.period, { start, end });
  assert.equal(mention.granularity, granularity);
  return mention;
}

function table(title: string, documentDate: string | null, cases: Expected[], extra?: (mention: DateMention, row: Expected) => void) {
  describe(title, () => {
    for (const row of cases) {
      it(`${JSON.stringify(row[0])} → ${row[2]}…${row[3]}`, () => {
        const mention = checkOne(row[0], documentDate, row);
        extra?.(mention, row);
      });
    }
  });
}

table('stated dates in simplified Chinese', null, [
  ['2014年12月16日，微众银行成立', '2014年12月16日', '2014-12-16', '2014-12-16', 'day'],
  ['发布于2023-06-29。', '2023-06-29', '2023-06-29', '2023-06-29', 'day'],
  ['日期 2023/6/29 ', '2023/6/29', '2023-06-29', '2023-06-29', 'day'],
  ['2023.06.29 起', '2023.06.29', '2023-06-29', '2023-06-29', 'day'],
  ['    2025-05-16 12:03:49\n', '2025-05-16 12:03:49', '2025-05-16', '2025-05-16', 'day'],
  ['二〇二四年十二月十六日', '二〇二四年十二月十六日', '2024-12-16', '2024-12-16', 'day'],
  ['2019年7月，该行上线', '2019年7月', '2019-07-01', '2019-07-31', 'month'],
  ['2024 年 3月，国务院印发', '2024 年 3月', '2024-03-01', '2024-03-31', 'month'],
  ['2024年2月份', '2024年2月份', '2024-02-01', '2024-02-29', 'month'],
  ['2024年6月末', '2024年6月末', '2024-06-30', '2024-06-30', 'day'],
  ['截至2024年6月末，', '截至2024年6月末', '2024-06-30', '2024-06-30', 'day'],
  ['截止2023年9月底', '截止2023年9月底', '2023-09-30', '2023-09-30', 'day'],
  ['2022年末', '2022年末', '2022-12-31', '2022-12-31', 'day'],
  ['2022年底，', '2022年底', '2022-12-31', '2022-12-31', 'day'],
  ['2022年年末', '2022年年末', '2022-12-31', '2022-12-31', 'day'],
  ['2019 年初，微众银行', '2019 年初', '2019-01-01', '2019-03-31', 'range'],
  ['较2022年初增长', '2022年初', '2022-01-01', '2022-01-01', 'day'],
  ['2024年上半年', '2024年上半年', '2024-01-01', '2024-06-30', 'half'],
  ['2023年下半年', '2023年下半年', '2023-07-01', '2023-12-31', 'half'],
  ['2024年一季度', '2024年一季度', '2024-01-01', '2024-03-31', 'quarter'],
  ['截至 2024 年二季度，', '截至 2024 年二季度', '2024-04-01', '2024-06-30', 'quarter'],
  ['2024年第三季度', '2024年第三季度', '2024-07-01', '2024-09-30', 'quarter'],
  ['2024年Q4', '2024年Q4', '2024-10-01', '2024-12-31', 'quarter'],
  ['2024Q2', '2024Q2', '2024-04-01', '2024-06-30', 'quarter'],
  ['2024年三季度末', '2024年三季度末', '2024-09-30', '2024-09-30', 'day'],
  ['2024年前三季度', '2024年前三季度', '2024-01-01', '2024-09-30', 'range'],
  ['2024年1-6月', '2024年1-6月', '2024-01-01', '2024-06-30', 'range'],
  ['2024年1月至6月', '2024年1月至6月', '2024-01-01', '2024-06-30', 'range'],
  ['2024年前10个月', '2024年前10个月', '2024-01-01', '2024-10-31', 'range'],
  // Hong Kong's 首九個月 and 首9個月 are the first nine months.
  ['2024年首九個月', '2024年首九個月', '2024-01-01', '2024-09-30', 'range'],
  ['2024年首9個月', '2024年首9個月', '2024-01-01', '2024-09-30', 'range'],
  ['2024年6月上旬', '2024年6月上旬', '2024-06-01', '2024-06-10', 'range'],
  ['2016-2020年', '2016-2020年', '2016-01-01', '2020-12-31', 'range'],
  ['2016年至2020年', '2016年至2020年', '2016-01-01', '2020-12-31', 'range'],
  ['规划(2019-2021)', '2019-2021', '2019-01-01', '2021-12-31', 'range'],
  ['规划(20162020 年)', '20162020 年', '2016-01-01', '2020-12-31', 'range'],
  ['2023年10月至2024年3月', '2023年10月至2024年3月', '2023-10-01', '2024-03-31', 'range'],
  ['2022年全年', '2022年全年', '2022-01-01', '2022-12-31', 'year'],
  ['2023年度报告', '2023年度', '2023-01-01', '2023-12-31', 'year'],
  ['2017年，', '2017年', '2017-01-01', '2017-12-31', 'year'],
  ['2022年起，', '2022年起', '2022-01-01', OPEN_END, 'range'],
  ['22年末', '22年末', '2022-12-31', '2022-12-31', 'day'],
  ['23年上半年', '23年上半年', '2023-01-01', '2023-06-30', 'half'],
  ['22年3月', '22年3月', '2022-03-01', '2022-03-31', 'month'],
]);

table('stated dates in traditional Chinese', null, [
  ['截至 2024 年 6 月末，', '截至 2024 年 6 月末', '2024-06-30', '2024-06-30', 'day'],
  ['2023年年底', '2023年年底', '2023-12-31', '2023-12-31', 'day'],
  ['2024年第三季度', '2024年第三季度', '2024-07-01', '2024-09-30', 'quarter'],
  ['2024年第二季', '2024年第二季', '2024-04-01', '2024-06-30', 'quarter'],
  ['2024 年上半年，入境賓客', '2024 年上半年', '2024-01-01', '2024-06-30', 'half'],
  ['2024年前10個月', '2024年前10個月', '2024-01-01', '2024-10-31', 'range'],
  ['２０２３年１０月', '２０２３年１０月', '2023-10-01', '2023-10-31', 'month'],
  ['2014年12月16號', '2014年12月16號', '2014-12-16', '2014-12-16', 'day'],
]);

table('English dates', null, [
  ['Fri, 11 Mar 2022 01:46:44 GMT', 'Fri, 11 Mar 2022 01:46:44 GMT', '2022-03-11', '2022-03-11', 'day'],
  ['on 3 March 2024 the bank', '3 March 2024', '2024-03-03', '2024-03-03', 'day'],
  ['Published March 3, 2024.', 'March 3, 2024', '2024-03-03', '2024-03-03', 'day'],
  ['in March 2024 the bank', 'March 2024', '2024-03-01', '2024-03-31', 'month'],
  ["in Mar '22 the bank", "Mar '22", '2022-03-01', '2022-03-31', 'month'],
  ['as of June 30, 2024, loans', 'as of June 30, 2024', '2024-06-30', '2024-06-30', 'day'],
  ['at the end of 2023, loans', 'end of 2023', '2023-12-31', '2023-12-31', 'day'],
  ['year-end 2023 figures', 'year-end 2023', '2023-12-31', '2023-12-31', 'day'],
  ['H1 2024 revenue', 'H1 2024', '2024-01-01', '2024-06-30', 'half'],
  ['1H2024 revenue', '1H2024', '2024-01-01', '2024-06-30', 'half'],
  ['2H23 revenue', '2H23', '2023-07-01', '2023-12-31', 'half'],
  ['Q2 2024 results', 'Q2 2024', '2024-04-01', '2024-06-30', 'quarter'],
  ["Q1'22 results", "Q1'22", '2022-01-01', '2022-03-31', 'quarter'],
  ['3Q24 results', '3Q24', '2024-07-01', '2024-09-30', 'quarter'],
  ['in the second quarter of 2024', 'second quarter of 2024', '2024-04-01', '2024-06-30', 'quarter'],
  ['the first half of 2023 saw', 'first half of 2023', '2023-01-01', '2023-06-30', 'half'],
  ['FY2023 net profit', 'FY2023', '2023-01-01', '2023-12-31', 'year'],
  // Analysts' fiscal halves and quarters, and spans that end on a day.
  ['OCBC 1HFY2025 net profit', '1HFY2025', '2025-01-01', '2025-06-30', 'half'],
  ['in 2QFY25 the margin', '2QFY25', '2025-04-01', '2025-06-30', 'quarter'],
  ['for the three months ended Jun 30, 2025, net profit', 'three months ended Jun 30, 2025', '2025-04-01', '2025-06-30', 'quarter'],
  ['For the nine months ended 30 September 2025, income', 'nine months ended 30 September 2025', '2025-01-01', '2025-09-30', 'range'],
  ['for the half-year ended Jun 30, 2025', 'half-year ended Jun 30, 2025', '2025-01-01', '2025-06-30', 'half'],
  ['for the year ended 31 March 2025, profit', '31 March 2025', '2025-03-31', '2025-03-31', 'day'],
  ['FY23 net profit', 'FY23', '2023-01-01', '2023-12-31', 'year'],
  ['net profit in 2023 rose', '2023', '2023-01-01', '2023-12-31', 'year'],
  ['from 2016 to 2020 the bank', '2016 to 2020', '2016-01-01', '2020-12-31', 'range'],
  ['30/06/2024', '30/06/2024', '2024-06-30', '2024-06-30', 'day'],
]);

table('relative dates against the document date 2024-12-16', '2024-12-16', [
  ['今年的政府工作报告', '今年', '2024-01-01', '2024-12-31', 'year'],
  ['去年，', '去年', '2023-01-01', '2023-12-31', 'year'],
  ['明年将', '明年', '2025-01-01', '2025-12-31', 'year'],
  ['今年6月', '今年6月', '2024-06-01', '2024-06-30', 'month'],
  ['今年1月份，国务院', '今年1月份', '2024-01-01', '2024-01-31', 'month'],
  ['3月春至', '3月', '2024-03-01', '2024-03-31', 'month'],
  ['12月17日，', '12月17日', '2024-12-17', '2024-12-17', 'day'],
  ['本月', '本月', '2024-12-01', '2024-12-31', 'month'],
  ['上月', '上月', '2024-11-01', '2024-11-30', 'month'],
  ['上年末', '上年末', '2023-12-31', '2023-12-31', 'day'],
  ['去年底', '去年底', '2023-12-31', '2023-12-31', 'day'],
  ['本年末', '本年末', '2024-12-31', '2024-12-31', 'day'],
  ['本年度', '本年度', '2024-01-01', '2024-12-31', 'year'],
  ['今年以来', '今年以来', '2024-01-01', '2024-12-16', 'range'],
  ['今年上半年', '今年上半年', '2024-01-01', '2024-06-30', 'half'],
  ['上半年，', '上半年', '2024-01-01', '2024-06-30', 'half'],
  ['北辰銀行中期多賺14%', '中期', '2024-01-01', '2024-06-30', 'half'],
  ['中期純利24億元', '中期', '2024-01-01', '2024-06-30', 'half'],
  ['一季度', '一季度', '2024-01-01', '2024-03-31', 'quarter'],
  ['1-6月', '1-6月', '2024-01-01', '2024-06-30', 'range'],
  ['前10个月', '前10个月', '2024-01-01', '2024-10-31', 'range'],
  ['今年前10月', '今年前10月', '2024-01-01', '2024-10-31', 'range'],
  ['年初', '年初', '2024-01-01', '2024-01-01', 'day'],
  ['2021年以来', '2021年以来', '2021-01-01', '2024-12-16', 'range'],
  ['2015年來', '2015年來', '2015-01-01', '2024-12-16', 'range'],
  ['2016年至今', '2016年至今', '2016-01-01', '2024-12-16', 'range'],
  ['since 2015 the bank', 'since 2015', '2015-01-01', '2024-12-16', 'range'],
  ['last year the bank', 'last year', '2023-01-01', '2023-12-31', 'year'],
], (mention) => assert.equal(mention.relative, true));

describe('relative dates', () => {
  it('take a year-less month after the document date from the year before', () => {
    checkOne('12月，', '2024-03-11', ['', '12月', '2023-12-01', '2023-12-31', 'month']);
  });

  it('resolve 上年末 and 年初 against the governing date of the sentence', () => {
    const found = datesIn('截至2023年末，获贷率比上年末高2.1个百分点，较年初增长。', '2025-05-16');
    assert.deepEqual(
      found.map((m) => [m.text, m.period.start, m.relative, m.asOf]),
      [
        ['截至2023年末', '2023-12-31', false, true],
        ['上年末', '2022-12-31', true, true],
        ['年初', '2023-01-01', true, false],
      ],
    );
  });

  it('let a later 上年末 keep the stated governing date, not the previous 上年末', () => {
    const found = datesIn('截至 2023 年末，比上年末高2.1个百分点。有21.75万家，比上年末提高0.8个百分点。');
    assert.deepEqual(found.map((m) => m.period.start), ['2023-12-31', '2022-12-31', '2022-12-31']);
  });

  it('resolve a year-less day against the year stated earlier on the line', () => {
    const found = datesIn('2024 年净流入超过 10 亿美元。截至 12 月 17 日,规模超过 40 亿美元。 7 月份,', '2025-05-16');
    assert.deepEqual(
      found.map((m) => [m.text, m.period.start, m.period.end]),
      [
        ['2024 年', '2024-01-01', '2024-12-31'],
        ['截至 12 月 17 日', '2024-12-17', '2024-12-17'],
        ['7 月份', '2024-07-01', '2024-07-31'],
      ],
    );
  });

  it('let no future target year govern a year-less month', () => {
    const found = datesIn('到2035年基本实现。第3季度，7月1日起施行。', '2024-08-30');
    assert.deepEqual(found.map((m) => [m.text, m.period.start]), [['2035年', '2035-01-01'], ['第3季度', '2024-07-01'], ['7月1日起', '2024-07-01']]);
  });

  it('look for the governing date no further back than the previous sentence', () => {
    const found = datesIn('2019年成立。后来发展。再后来扩张。3月，', '2024-08-30');
    assert.deepEqual(found.map((m) => [m.text, m.period.start]), [['2019年', '2019-01-01'], ['3月', '2024-03-01']]);
  });

  it('give 今天 the date its parenthesis states', () => {
    const found = datesIn('人力资源社会保障部今天(3月13日)发布数据', '2025-05-16');
    assert.deepEqual(found.map((m) => [m.text, m.period.start]), [['今天', '2025-03-13'], ['3月13日', '2025-03-13']]);
  });

  it('skip what cannot be resolved without a document date', () => {
    assert.deepEqual(datesIn('今年6月，3月，上年末，本月，上半年，前10个月。', null), []);
  });

  it('drop a running total of months that would end after the document date', () => {
    assert.deepEqual(datesIn('今年前10月，', '2025-05-16'), []);
  });

  it('keep a stated year as is and mark nothing relative', () => {
    const [mention] = datesIn('截至2022年末', '2023-06-29');
    assert.equal(mention!.relative, false);
    assert.equal(mention!.asOf, true);
  });
});

table('shapes beyond the seeds', '2024-10-20', [
  ['2023/24財年，本集團', '2023/24財年', '2023-01-01', '2024-12-31', 'range'],
  ['FY2023/24 revenue', 'FY2023/24', '2023-01-01', '2024-12-31', 'range'],
  ['the 2023/2024 fiscal year', '2023/2024 fiscal year', '2023-01-01', '2024-12-31', 'range'],
  ['at end-September 2023', 'end-September 2023', '2023-09-30', '2023-09-30', 'day'],
  ['in the first three quarters of 2023, profit rose', 'first three quarters of 2023', '2023-01-01', '2023-09-30', 'range'],
  ['the first 10 months of 2024', 'first 10 months of 2024', '2024-01-01', '2024-10-31', 'range'],
  ['January-September 2023', 'January-September 2023', '2023-01-01', '2023-09-30', 'range'],
  ['from January to September 2023', 'January to September 2023', '2023-01-01', '2023-09-30', 'range'],
  ['Jan–Jun 2024', 'Jan–Jun 2024', '2024-01-01', '2024-06-30', 'range'],
  ['2024年Q1-Q3', '2024年Q1-Q3', '2024-01-01', '2024-09-30', 'range'],
  ['2024年一至三季度', '2024年一至三季度', '2024-01-01', '2024-09-30', 'range'],
  ['2024年第二至第四季度', '2024年第二至第四季度', '2024-04-01', '2024-12-31', 'range'],
  ['降幅较1—8月份收窄', '1—8月份', '2024-01-01', '2024-08-31', 'range'],
  ['2024年三季度末', '2024年三季度末', '2024-09-30', '2024-09-30', 'day'],
  ['as at 31 December 2023', 'as at 31 December 2023', '2023-12-31', '2023-12-31', 'day'],
  ['31 Dec 2023', '31 Dec 2023', '2023-12-31', '2023-12-31', 'day'],
  ['December 31, 2023', 'December 31, 2023', '2023-12-31', '2023-12-31', 'day'],
  ['2023財年', '2023財年', '2023-01-01', '2023-12-31', 'year'],
  ['金管會10日公布最新統計', '10日', '2024-10-10', '2024-10-10', 'day'],
  ['国家统计局27日发布数据', '27日', '2024-09-27', '2024-09-27', 'day'],
  ['stood at 1.31% (2022: 1.38%)', '2022', '2022-01-01', '2022-12-31', 'year'],
  ['up 6.1% compared with 2022.', '2022', '2022-01-01', '2022-12-31', 'year'],
  ['Profit rose. 2023 was a year of progress.', '2023', '2023-01-01', '2023-12-31', 'year'],
  // Months without a year are the document's (the year before only when they would lie well after it).
  ['loans stood at 268.5 trillion yuan at the end of July.', 'the end of July', '2024-07-31', '2024-07-31', 'day'],
  ['at end-June, deposits', 'end-June', '2024-06-30', '2024-06-30', 'day'],
  ['In September, new loans', 'September', '2024-09-01', '2024-09-30', 'month'],
  ['at the end of February, the balance', 'the end of February', '2024-02-29', '2024-02-29', 'day'],
  ['in the first seven months of the year, loans rose', 'first seven months of the year', '2024-01-01', '2024-07-31', 'range'],
  ['in the first 9 months, profit rose', 'first 9 months', '2024-01-01', '2024-09-30', 'range'],
  // Hong Kong and Taiwan: 第三季, 前三季, 首季, 次季 for 第三季度, 前三季度, 一季度, 二季度.
  ['內銀陸續放榜第三季業績', '第三季', '2024-07-01', '2024-09-30', 'quarter'],
  ['前三季，淨利潤2,718億元', '前三季', '2024-01-01', '2024-09-30', 'range'],
  ['扭轉首季跌勢', '首季', '2024-01-01', '2024-03-31', 'quarter'],
  ['純利次季增長', '次季', '2024-04-01', '2024-06-30', 'quarter'],
  ['2023年第四季', '2023年第四季', '2023-10-01', '2023-12-31', 'quarter'],
  // 上季 and 本季 count from the document date's quarter (the fourth of 2024 here).
  ['其上季手續費及佣金淨收入增8.9%', '上季', '2024-07-01', '2024-09-30', 'quarter'],
  ['本季新增客戶', '本季', '2024-10-01', '2024-12-31', 'quarter'],
]);

describe('a comparison with the quarter before', () => {
  // 较上季, 环比上季 name the base of a change, which the metric binder reads as period on period: no date.
  for (const text of ['净息差较上季下降5个基点', '环比上季增长2%', '与上季持平']) {
    it(text, () => assert.deepEqual(datesIn(text, '2024-10-20').map((m) => m.text), []));
  }
});

describe('bare days that are not news days', () => {
  for (const text of ['有效期30日起算', '每月5日发布', '30日内到账']) {
    it(text, () => assert.deepEqual(datesIn(text, '2024-10-20').map((m) => m.text), []));
  }
});

describe('cut-off marking', () => {
  const cases: [string, string, boolean][] = [
    ['截至2022年末，', '截至2022年末', true],
    ['到2025年，', '2025年', true],
    ['自2013 年以来', '2013 年以来', false],
    ['从2015年起', '2015年起', false],
    ['2024年6月末', '2024年6月末', true],
    ['2024年6月', '2024年6月', false],
    ['as of March 2024', 'as of March 2024', true],
  ];
  for (const [text, surface, asOf] of cases) {
    it(`${text} → asOf ${asOf}`, () => {
      const [mention] = datesIn(text, '2024-12-16');
      assert.equal(mention?.text, surface);
      assert.equal(mention?.asOf, asOf);
    });
  }
});

describe('not dates', () => {
  const texts = [
    '10年来，微众银行',
    '连续5年',
    '近5年',
    '近2000年来',
    '未来3年',
    '过去10年',
    '5年间',
    '成立10周年',
    '“十四五”数字经济发展规划',
    '0100200300400500600201520162017201820192020202120222023',
    '0203040506070802018-092018-122019-032019-06',
    '分析了1900万份知识产权',
    '3个月',
    '3月期国债',
    '发行中期票据50亿元',
    '中期借贷便利操作',
    '中期息每股0.2元',
    '近3个月',
    '2000多年前',
    '1990年代',
    'G20 峰会 5G',
    'spider20220311/600',
    '2024\n',
    '60岁以上年龄',
    '此后年均增长',
    '每年末',
    '去年同期',
    'they may 2024 users',
    '基本年限',
    'growth in 2023% terms',
    'revenue of 2023 million',
  ];
  for (const text of texts) {
    it(JSON.stringify(text), () => assert.deepEqual(datesIn(text, '2024-12-16').map((m) => m.text), []));
  }
});

describe('zones and extraction artefacts', () => {
  it('drops a date inside a masked region', () => {
    const text = '<img src="https://x.cn/2022-03-11/a.jpg"> 2022年3月';
    const mask = new ZoneMask([{ start: 10, end: 40 }]);
    assert.deepEqual(datesIn(text, null, mask).map((m) => m.text), ['2022年3月']);
  });

  it('keeps the date of a front-matter date line even when the front matter is masked', () => {
    const text = '---\ntitle: x\nheadimg: https://n.cn/20220311/a.jpg\ndate: Fri, 11 Mar 2022 01:46:44 GMT\n---\n正文';
    const mask = new ZoneMask([{ start: 0, end: text.indexOf('正文') }]);
    assert.deepEqual(datesIn(text, null, mask).map((m) => m.text), ['Fri, 11 Mar 2022 01:46:44 GMT']);
  });

  it('reads a date split by a line break and a running line index', () => {
    const lines = ['1、第一行', '2、第二行', '3、第三行', '4、第四行', '5、发展动能。2019 年', '6、 8月,中国人民银行。使用人数:20', '7、24 年 1-6 月 4.4 亿'];
    const text = lines.join('\n');
    const found = datesIn(text);
    assert.deepEqual(
      found.map((m) => [m.text, m.period.start, m.period.end]),
      [
        ['2019 年\n6、 8月', '2019-08-01', '2019-08-31'],
        ['20\n7、24 年 1-6 月', '2024-01-01', '2024-06-30'],
      ],
    );
  });

  it('leaves a 截至 before the line index out of the surface', () => {
    const lines = ['1、一', '2、二', '3、三', '4、四', '5、征信系统。截至', '6、2024 年 3月末,国家'];
    const [mention] = datesIn(lines.join('\n'));
    assert.equal(mention!.text, '2024 年 3月末');
    assert.equal(mention!.asOf, true);
  });
});

describe('detectDocumentDate', () => {
  const cases: [title: string, text: string, date: string | null, source: string | null, evidence: string | null][] = [
    ['RFC 2822 front matter', '\n---\ntitle: x\ndate: Fri, 11 Mar 2022 01:46:44 GMT\n---\n正文', '2022-03-11', 'front-matter', 'date: Fri, 11 Mar 2022 01:46:44 GMT'],
    ['ISO front matter with a time zone', "---\ndate: '2023-01-05T08:00:00+08:00'\n---\n", '2023-01-05', 'front-matter', "date: '2023-01-05T08:00:00+08:00'"],
    ['published front matter in Chinese', '---\n发布日期: 2023年1月5日\n---\n', '2023-01-05', 'front-matter', '发布日期: 2023年1月5日'],
    ['发布时间 line', '首页\n\n发布时间:2023-06-29来源:导刊作者:中心\n', '2023-06-29', 'published', '发布时间:2023-06-29'],
    ['traditional 發布時間', '發布時間：2023年6月29日 10:00', '2023-06-29', 'published', '發布時間：2023年6月29日'],
    ['newspaper date line', ' 标题 \n\n\t\t《人民日报》（2024年12月16日\u00a0第\u00a031\u00a0版）\n\n　　2014年12月16日，成立。', '2024-12-16', 'dateline', '《人民日报》（2024年12月16日\u00a0第\u00a031\u00a0版）'],
    ['English Published line', 'Title\nPublished: March 3, 2024\nBody in 2023.', '2024-03-03', 'published', 'Published: March 3, 2024'],
    ['English Published on', 'Published on 3 March 2024 by X', '2024-03-03', 'published', 'Published on 3 March 2024'],
    ['a byline glued by extraction', 'Title\n\nPUBLISHED ONAugust 06, 2025 7:00 AMBYStaff Writer\nBody in 2024.', '2025-08-06', 'published', 'PUBLISHED ONAugust 06, 2025 7:00'],
    ['header line naming the source', '标题\n2024-01-05 10:00 来源：新华网\n正文2014年12月16日', '2024-01-05', 'published', '2024-01-05 10:00'],
    ['English wire dateline', 'HONG KONG, 26 March 2024 -- The Bank today announced its results for 2023.', '2024-03-26', 'dateline', 'HONG KONG, 26 March 2024'],
    ['wire dateline with a service', 'SHANGHAI, China, March 3, 2024 /PRNewswire/ -- Results', '2024-03-03', 'dateline', 'SHANGHAI, China, March 3, 2024'],
    ['wire dateline with a bracketed service', 'BEIJING, China, Aug. 14, 2025 (GLOBE NEWSWIRE) — Results', '2025-08-14', 'dateline', 'BEIJING, China, Aug. 14, 2025'],
    ['issuer and day under the title', '2023年1—9月份全国固定资产投资情况\n国家统计局　2023年10月18日\n\n　　正文2014年12月16日', '2023-10-18', 'published', '国家统计局　2023年10月18日'],
    ['a body sentence ending in a day is no header', '标题\n会议于北京召开，时间为2023年10月18日\n', null, null, null],
    ['signature under a notice', '关于某事项的通知\n\n各银行：\n现通知如下。自2024年1月1日起施行。\n\n中国人民银行\n2024年3月22日\n', '2024-03-22', 'published', '2024年3月22日'],
    ['signature after a place', 'Chairman\n\nProfits rose in 2023.\n\nLi Ming\nShenzhen, 22 March 2024\n', '2024-03-22', 'published', 'Shenzhen, 22 March 2024'],
    ['previous-article link and timestamps', '正文\n上一篇2025-05-16\n\n相关推荐\n    2025-05-16 12:03:49\n', '2025-05-16', 'inferred', '上一篇2025-05-16'],
    ['a press release\'s today, in the year of the month it releases', '二○二四年十月份貨幣統計數字\n金融管理局今日（十一月二十九日）發表的統計數字顯示，存款總額在二○二四年十月份沒有變動。', '2024-11-29', 'dateline', '今日（十一月二十九日）'],
    ['an English release\'s today, a month after December', 'Monetary statistics for December 2024\nAccording to statistics published today (January 28) by the authority, deposits rose in December 2024.', '2025-01-28', 'dateline', 'today (January 28)'],
    ['today without a stated period has no year', '本行今日（三月五日）公布业绩。', null, null, null],
    ['only dates in the body', '2014年12月16日，微众银行成立。截至2024年6月末，', null, null, null],
    ['no dates at all', '微众银行', null, null, null],
  ];
  for (const [title, text, date, source, evidence] of cases) {
    it(title, () => {
      const found = detectDocumentDate(text);
      assert.equal(found?.date ?? null, date);
      assert.equal(found?.source ?? null, source);
      assert.equal(found?.span ? text.slice(found.span.start, found.span.end) : null, evidence);
    });
  }
});

describe('scale', () => {
  // Linearity is measured by the benchmark's adversarial rows; here each line must finish with sane output.
  it('finishes on long adversarial lines with every date inside the text', () => {
    const lines = ['2'.repeat(200_000), '2024年'.repeat(20_000), '1-'.repeat(100_000), '2019-'.repeat(40_000), 'in 2023 '.repeat(20_000)];
    for (const line of lines) {
      for (const date of recogniseDates(line, ZoneMask.EMPTY, '2024-12-16', neverCancelled)) {
        assert.ok(date.start >= 0 && date.end <= line.length && date.period.start <= date.period.end, `${line.slice(0, 10)}…: ${date.text}`);
      }
      detectDocumentDate(line);
    }
    // A glued run of digits is never a date, however long.
    assert.deepEqual(recogniseDates('2'.repeat(200_000), ZoneMask.EMPTY, '2024-12-16', neverCancelled), []);
  });
});
