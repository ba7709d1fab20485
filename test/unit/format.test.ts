import { strict as assert } from 'node:assert';
import {
  describeUnit,
  formatAmount,
  formatClaimKey,
  formatFigure,
  formatInterval,
  formatPeriod,
  groupDigits,
} from '../../server/src/core/format';
import type { FigureMention, Qualifier, Unit } from '../../server/src/core/types';

function figure(qualifier: Qualifier, value: string | null, low: string | null, high: string | null, unit: Unit): FigureMention {
  return { kind: 'figure', start: 0, end: 0, text: '', value, low, high, qualifier, unit, counter: null, precision: null, direction: null, parts: [] };
}

describe('canonical formatting', () => {
  const figures: [string, FigureMention, string][] = [
    ['超3.6亿', figure('lower-bound', '360000000', '360000000', null, 'count'), 'at least 360,000,000'],
    ['1.6万亿元', figure('exact', '1600000000000', '1599500000000', '1600500000000', 'CNY'), '¥1,600,000,000,000'],
    ['382BP', figure('exact', '382', '381.5', '382.5', 'bp'), '3.82 percentage points'],
    ['约0.9%', figure('approx', '0.9', '0.855', '0.945', '%'), 'about 0.9 %'],
    ['30多个', figure('range', null, '30', '40', 'count'), 'between 30 and 40'],
    ['5-10万元', figure('range', null, '50000', '100000', 'CNY'), 'between ¥50,000 and ¥100,000'],
    ['近5万户', figure('upper-bound', '50000', null, '50000', 'count'), 'at most 50,000'],
    ['下降1.2个百分点', figure('exact', '-1.2', '-1.25', '-1.15', 'pp'), '-1.2 percentage points'],
    ['数万', figure('approx', null, '20000', '90000', 'count'), 'from 20,000 to 90,000'],
    ['5000元/年', figure('exact', '5000', '4999.5', '5000.5', 'CNY/year'), '¥5,000 per year'],
    ['US$3.2 billion', figure('exact', '3200000000', '3150000000', '3250000000', 'USD'), 'US$3,200,000,000'],
    ['8倍', figure('exact', '8', '7.5', '8.5', 'x'), '8×'],
  ];
  for (const [text, input, expected] of figures) {
    it(`${text} → ${expected}`, () => assert.equal(formatFigure(input), expected));
  }

  it('groups integer digits only', () => {
    assert.equal(groupDigits('1600000000000'), '1,600,000,000,000');
    assert.equal(groupDigits('-1234.5678'), '-1,234.5678');
    assert.equal(groupDigits('999'), '999');
  });

  it('writes intervals with their open sides', () => {
    assert.equal(formatInterval(figure('exact', '29.82', '29.815', '29.825', '%')), 'from 29.815 % to 29.825 %');
    assert.equal(formatInterval(figure('lower-bound', '360000000', '360000000', null, 'count')), '360,000,000 or more');
    assert.equal(formatInterval(figure('upper-bound', '50000', null, '50000', 'count')), 'up to 50,000');
  });

  it('keeps money exact at any size', () => {
    assert.equal(formatAmount('410000000', 'CNY'), '¥410,000,000');
    assert.equal(formatAmount('-0.5', 'HKD'), '-HK$0.5');
  });

  it('names units with their measure words', () => {
    assert.equal(describeUnit('count', '家'), 'count (家)');
    assert.equal(describeUnit('CNY/account/year', null), 'yuan (CNY) per account per year');
  });

  const periods: [string, { start: string; end: string }, Parameters<typeof formatPeriod>[1], string][] = [
    ['a day', { start: '2024-06-30', end: '2024-06-30' }, 'day', '2024-06-30'],
    ['a month', { start: '2019-07-01', end: '2019-07-31' }, 'month', 'July 2019 (2019-07-01 – 2019-07-31)'],
    ['a quarter', { start: '2024-04-01', end: '2024-06-30' }, 'quarter', 'Q2 2024 (2024-04-01 – 2024-06-30)'],
    ['a half', { start: '2024-01-01', end: '2024-06-30' }, 'half', 'H1 2024 (2024-01-01 – 2024-06-30)'],
    ['a year', { start: '2022-01-01', end: '2022-12-31' }, 'year', '2022 (2022-01-01 – 2022-12-31)'],
    ['a range', { start: '2016-01-01', end: '2020-12-31' }, 'range', '2016-01-01 – 2020-12-31'],
  ];
  for (const [name, period, granularity, expected] of periods) {
    it(`formats ${name}`, () => assert.equal(formatPeriod(period, granularity), expected));
  }

  it('formats a claim key with its as-of period', () => {
    assert.equal(
      formatClaimKey({ subject: '微业贷', metric: '授信客户', asOf: { start: '2024-06-30', end: '2024-06-30', source: 'text' } }),
      '微业贷 · 授信客户 · 2024-06-30',
    );
  });
});
