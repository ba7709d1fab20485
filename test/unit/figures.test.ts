import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { CancelledError, neverCancelled } from '../../server/src/core/cancellation';
import { Decimal } from '../../server/src/core/decimal';
import { recogniseFigures } from '../../server/src/core/figures';
import { parseChineseInteger, stepOfStatedDigits } from '../../server/src/core/numerals';
import type { FigureMention } from '../../server/src/core/types';
import { ZoneMask } from '../../server/src/core/zoneMask';

/** [surface, value, low, high, qualifier, unit, counter] of one expected figure. */
type Expected = [string, string | null, string | null, string | null, FigureMention['qualifier'], string, string | null];

function figuresIn(text: string, mask: ZoneMask = ZoneMask.EMPTY): FigureMention[] {
  return recogniseFigures(text, mask, neverCancelled);
}

function summary(figure: FigureMention): Expected {
  return [figure.text, figure.value, figure.low, figure.high, figure.qualifier, figure.unit, figure.counter];
}

function check(text: string, expected: Expected[]): void {
  const figures = figuresIn(text);
  assert.deepEqual(figures.map(summary), expected, text);
  for (const figure of figures) assert.equal(text.slice(figure.start, figure.end), figure.text, 'span matches the text');
}

describe('recogniseFigures', () => {
  describe('amounts and magnitudes', () => {
    const cases: [string, Expected][] = [
      ['贷款余额1807亿元。', ['1807亿元', '180700000000', '180700000000', '180700000000', 'exact', 'CNY', null]],
      ['余额78 萬億元,較', ['78 萬億元', '78000000000000', '78000000000000', '78000000000000', 'exact', 'CNY', null]],
      ['营收5.2万亿元', ['5.2万亿元', '5200000000000', '5200000000000', '5200000000000', 'exact', 'CNY', null]],
      ['净利润3千万元', ['3千万元', '30000000', '30000000', '30000000', 'exact', 'CNY', null]],
      ['规模1.2萬億元', ['1.2萬億元', '1200000000000', '1200000000000', '1200000000000', 'exact', 'CNY', null]],
      ['共三千一百亿元', ['三千一百亿元', '310000000000', '310000000000', '310000000000', 'exact', 'CNY', null]],
      ['耗资2000万元', ['2000万元', '20000000', '20000000', '20000000', 'exact', 'CNY', null]],
      ['10亿港元', ['10亿港元', '1000000000', '1000000000', '1000000000', 'exact', 'HKD', null]],
      ['500万美元', ['500万美元', '5000000', '5000000', '5000000', 'exact', 'USD', null]],
      ['超过 40 亿美元。', ['超过 40 亿美元', '4000000000', '4000000000', null, 'lower-bound', 'USD', null]],
      ['100亿元人民币', ['100亿元人民币', '10000000000', '10000000000', '10000000000', 'exact', 'CNY', null]],
      ['共2,345,678元', ['2,345,678元', '2345678', '2345678', '2345678', 'exact', 'CNY', null]],
      ['１２３４５元', ['１２３４５元', '12345', '12345', '12345', 'exact', 'CNY', null]],
      ['¥100', ['¥100', '100', '100', '100', 'exact', 'CNY', null]],
      ['逾4.1亿笔', ['逾4.1亿笔', '410000000', '410000000', null, 'lower-bound', 'count', '笔']],
      ['目前我国有8500万残障人士', ['8500万', '85000000', '85000000', '85000000', 'exact', 'count', null]],
      ['另有1.76億人口', ['1.76億', '176000000', '176000000', '176000000', 'exact', 'count', null]],
      ['1.5万吨', ['1.5万吨', '15000', '15000', '15000', 'exact', 't', null]],
      ['進出口貨運量達3801.1萬噸', ['3801.1萬噸', '38011000', '38011000', '38011000', 'exact', 't', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('English amounts', () => {
    const cases: [string, Expected][] = [
      ['net profit of RMB247.8 billion', ['RMB247.8 billion', '247800000000', '247800000000', '247800000000', 'exact', 'CNY', null]],
      ['raised US$35 billion', ['US$35 billion', '35000000000', '35000000000', '35000000000', 'exact', 'USD', null]],
      ['loans of 651.776 billion yuan', ['651.776 billion yuan', '651776000000', '651776000000', '651776000000', 'exact', 'CNY', null]],
      ['served over 420 million customers', ['over 420 million', '420000000', '420000000', null, 'lower-bound', 'count', null]],
      ['a ratio of 29.82%', ['29.82%', '29.82', '29.82', '29.82', 'exact', '%', null]],
      ['3 percentage points', ['3 percentage points', '3', '3', '3', 'exact', 'pp', null]],
      ['growth of 5.2 per cent', ['5.2 per cent', '5.2', '5.2', '5.2', 'exact', '%', null]],
      ['HK$3.5bn', ['HK$3.5bn', '3500000000', '3500000000', '3500000000', 'exact', 'HKD', null]],
      ['at least 5 million', ['at least 5 million', '5000000', '5000000', null, 'lower-bound', 'count', null]],
      ['less than 3%', ['less than 3%', '3', null, '3', 'upper-bound', '%', null]],
      ['about 20 billion yuan', ['about 20 billion yuan', '20000000000', null, null, 'approx', 'CNY', null]],
      ['nearly 9 billion yuan', ['nearly 9 billion yuan', '9000000000', null, '9000000000', 'approx', 'CNY', null]],
      ['fell 5%', ['fell 5%', '-5', '-5', '-5', 'exact', '%', null]],
      ['loans increased by 15.3 per cent', ['increased by 15.3 per cent', '15.3', '15.3', '15.3', 'exact', '%', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('percentages, points, multiples and Chinese numerals', () => {
    const cases: [string, Expected][] = [
      ['同比增速24.9%。', ['24.9%', '24.9', '24.9', '24.9', 'exact', '%', null]],
      ['３０％', ['３０％', '30', '30', '30', 'exact', '%', null]],
      ['七成客户', ['七成', '70', '70', '70', 'exact', '%', null]],
      ['超七成单笔借款', ['超七成', '70', '70', null, 'lower-bound', '%', null]],
      ['约两成', ['约两成', '20', null, null, 'approx', '%', null]],
      ['不到同行十分之一的水平', ['十分之一', '10', null, '10', 'upper-bound', '%', null]],
      ['低於國內外同行十分之一', ['十分之一', '10', null, '10', 'upper-bound', '%', null]],
      ['百分之三十', ['百分之三十', '30', '30', '30', 'exact', '%', null]],
      ['百分之三点五', ['百分之三点五', '3.5', '3.5', '3.5', 'exact', '%', null]],
      ['千分之五', ['千分之五', '0.5', '0.5', '0.5', 'exact', '%', null]],
      ['比上年末高 2.1個百分點', ['2.1個百分點', '2.1', '2.1', '2.1', 'exact', 'pp', null]],
      ['上升了 7.8 個百分點', ['上升了 7.8 個百分點', '7.8', '7.8', '7.8', 'exact', 'pp', null]],
      ['提升10个百分点', ['提升10个百分点', '10', '10', '10', 'exact', 'pp', null]],
      // Chinese analysts' pct is 百分点; the English wire's pct is percent.
      ['分红比例较上年提升6.4pct', ['提升6.4pct', '6.4', '6.4', '6.4', 'exact', 'pp', null]],
      ['profit rose 5 pct', ['rose 5 pct', '5', '5', '5', 'exact', '%', null]],
      ['累计降幅达到382BP', ['382BP', '382', '382', '382', 'exact', 'bp', null]],
      ['下调25bp', ['下调25bp', '-25', '-25', '-25', 'exact', 'bp', null]],
      ['较年初增长超 4 倍', ['增长超 4 倍', '4', '4', null, 'lower-bound', 'x', null]],
      ['同比增長 8 倍', ['增長 8 倍', '8', '8', '8', 'exact', 'x', null]],
      ['增速为-3.5%', ['-3.5%', '-3.5', '-3.5', '-3.5', 'exact', '%', null]],
      ['不良率1.5‰', ['1.5‰', '0.15', '0.15', '0.15', 'exact', '%', null]],
      ['三分之一以上', ['三分之一以上', '33.3333333333', '33.3333333333', null, 'lower-bound', '%', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('counts and measure words', () => {
    const cases: [string, Expected][] = [
      ['超过270万家', ['超过270万家', '2700000', '2700000', null, 'lower-bound', 'count', '家']],
      ['普惠贷款户数5.72万户', ['5.72万户', '57200', '57200', '57200', 'exact', 'count', '户']],
      ['累計注冊會員已超 8.1萬戶', ['超 8.1萬戶', '81000', '81000', null, 'lower-bound', 'count', '戶']],
      ['600人规模', ['600人', '600', '600', '600', 'exact', 'count', '人']],
      ['超过4亿人次', ['超过4亿人次', '400000000', '400000000', null, 'lower-bound', 'count', '人次']],
      ['服务人次逾240万。', ['逾240万', '2400000', '2400000', null, 'lower-bound', 'count', '人次']],
      ['超9万名个人成员', ['超9万名', '90000', '90000', null, 'lower-bound', 'count', '名']],
      ['31个省', ['31个', '31', '31', '31', 'exact', 'count', '个']],
      ['832 個貧困縣', ['832 個', '832', '832', '832', 'exact', 'count', '個']],
      ['查詢 2.1億次', ['2.1億次', '210000000', '210000000', '210000000', 'exact', 'count', '次']],
      ['51.2 萬筆', ['51.2 萬筆', '512000', '512000', '512000', 'exact', 'count', '筆']],
      ['约1679所学校', ['约1679所', '1679', null, null, 'approx', 'count', '所']],
      ['近38万份午餐', ['近38万份', '380000', null, '380000', 'approx', 'count', '份']],
      ['代销产品超 7400 只', ['超 7400 只', '7400', '7400', null, 'lower-bound', 'count', '只']],
      ['逾30亿张', ['逾30亿张', '3000000000', '3000000000', null, 'lower-bound', 'count', '张']],
      ['超过1.6萬位视障客户', ['超过1.6萬位', '16000', '16000', null, 'lower-bound', 'count', '位']],
      ['举办4.1万场', ['4.1万场', '41000', '41000', '41000', 'exact', 'count', '场']],
      ['超过165 億條信息', ['超过165 億條', '16500000000', '16500000000', null, 'lower-bound', 'count', '條']],
      ['回购297.06万股股份', ['297.06万股', '2970600', '2970600', '2970600', 'exact', 'count', '股']],
      ['专车、专列、包机2.9万辆(列、架)次', ['2.9万辆(列、架)次', '29000', '29000', '29000', 'exact', 'count', '辆(列、架)次']],
      ['三个数字化优势', ['三个', '3', '3', '3', 'exact', 'count', '个']],
      ['两家银行', ['两家', '2', '2', '2', 'exact', 'count', '家']],
      ['超3.6亿个人客户', ['超3.6亿', '360000000', '360000000', null, 'lower-bound', 'count', null]],
      ['10 萬+個人成員', ['10 萬+', '100000', '100000', null, 'lower-bound', 'count', null]],
      ['5000+企業及機構', ['5000+', '5000', '5000', null, 'lower-bound', 'count', null]],
      ['服务科技企业 1400+家', ['1400+家', '1400', '1400', null, 'lower-bound', 'count', '家']],
      ['超千家企业', ['超千家', '1000', '1000', null, 'lower-bound', 'count', '家']],
      ['近万人', ['近万人', '10000', null, '10000', 'approx', 'count', '人']],
      ['逾百亿元', ['逾百亿元', '10000000000', '10000000000', null, 'lower-bound', 'CNY', null]],
      ['30多种产品', ['30多种', '30', '30', '40', 'lower-bound', 'count', '种']],
      ['The bank serves 20,000 customers', ['20,000', '20000', '20000', '20000', 'exact', 'count', null]],
      ['通過率 99%+', ['99%+', '99', '99', null, 'lower-bound', '%', null]],
      ['使用人數 6.6 億+;', ['6.6 億+', '660000000', '660000000', null, 'lower-bound', 'count', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('qualifiers and intervals', () => {
    const cases: [string, Expected][] = [
      ['客户超过了3亿人', ['超过了3亿人', '300000000', '300000000', null, 'lower-bound', 'count', '人']],
      ['突破3万亿元大关', ['突破3万亿元', '3000000000000', '3000000000000', null, 'lower-bound', 'CNY', null]],
      ['大于 99.999%', ['大于 99.999%', '99.999', '99.999', null, 'lower-bound', '%', null]],
      ['占比50%以上', ['50%以上', '50', '50', null, 'lower-bound', '%', null]],
      ['30多个项目', ['30多个', '30', '30', '40', 'lower-bound', 'count', '个']],
      ['200多家', ['200多家', '200', '200', '300', 'lower-bound', 'count', '家']],
      ['覆盖7000多万客户', ['7000多万', '70000000', '70000000', '80000000', 'lower-bound', 'count', null]],
      ['筛选出1000余万企业', ['1000余万', '10000000', '10000000', '20000000', 'lower-bound', 'count', null]],
      ['三十多人', ['三十多人', '30', '30', '40', 'lower-bound', 'count', '人']],
      ['日均任务上万', ['上万', '10000', '10000', null, 'lower-bound', 'count', null]],
      ['总额1000万元及以下', ['1000万元及以下', '10000000', null, '10000000', 'upper-bound', 'CNY', null]],
      ['1000万元以下', ['1000万元以下', '10000000', null, '10000000', 'upper-bound', 'CNY', null]],
      ['控制在1%以内', ['1%以内', '1', null, '1', 'upper-bound', '%', null]],
      ['成本低于100元', ['低于100元', '100', null, '100', 'upper-bound', 'CNY', null]],
      ['成本低於 100 元', ['低於 100 元', '100', null, '100', 'upper-bound', 'CNY', null]],
      ['不足5%', ['不足5%', '5', null, '5', 'upper-bound', '%', null]],
      ['单户授信额度最高1000万元', ['最高1000万元', '10000000', null, '10000000', 'upper-bound', 'CNY', null]],
      ['约合人民币100亿元', ['约合人民币100亿元', '10000000000', null, null, 'approx', 'CNY', null]],
      ['18-60周岁', ['18-60周岁', null, '18', '60', 'range', 'years', '周岁']],
      ['三至五年', ['三至五年', null, '3', '5', 'range', 'years', null]],
      ['2-3个百分点', ['2-3个百分点', null, '2', '3', 'range', 'pp', null]],
      ['约0.9%', ['约0.9%', '0.9', null, null, 'approx', '%', null]],
      ['約 85%', ['約 85%', '85', null, null, 'approx', '%', null]],
      ['10%左右', ['10%左右', '10', null, null, 'approx', '%', null]],
      ['近60万家', ['近60万家', '600000', null, '600000', 'approx', 'count', '家']],
      ['增加近 20萬億元', ['增加近 20萬億元', '20000000000000', null, '20000000000000', 'approx', 'CNY', null]],
      ['较年初新增超100亿元', ['新增超100亿元', '10000000000', '10000000000', null, 'lower-bound', 'CNY', null]],
      ['5-10万元', ['5-10万元', null, '50000', '100000', 'range', 'CNY', null]],
      ['5%至10%', ['5%至10%', null, '5', '10', 'range', '%', null]],
      ['3~5年', ['3~5年', null, '3', '5', 'range', 'years', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('direction words set the sign', () => {
    const cases: [string, Expected][] = [
      ['同比增长31%', ['增长31%', '31', '31', '31', 'exact', '%', null]],
      ['增長了 20%', ['增長了 20%', '20', '20', '20', 'exact', '%', null]],
      ['較上年下降0.15个百分点', ['下降0.15个百分点', '-0.15', '-0.15', '-0.15', 'exact', 'pp', null]],
      // The central bank's words for a share's change on the year: 同比低 is a fall, 同比高 a rise.
      ['同比低0.3个百分点', ['同比低0.3个百分点', '-0.3', '-0.3', '-0.3', 'exact', 'pp', null]],
      ['同比高2.1个百分点', ['同比高2.1个百分点', '2.1', '2.1', '2.1', 'exact', 'pp', null]],
      ['减少了200家', ['减少了200家', '-200', '-200', '-200', 'exact', 'count', '家']],
      ['亏损10亿元', ['亏损10亿元', '-1000000000', '-1000000000', '-1000000000', 'exact', 'CNY', null]],
      ['下降超过10%', ['下降超过10%', '-10', null, '-10', 'upper-bound', '%', null]],
      ['下降近3个百分点', ['下降近3个百分点', '-3', '-3', null, 'approx', 'pp', null]],
      ['净息差同比收窄25个基点', ['收窄25个基点', '-25', '-25', '-25', 'exact', 'bp', null]],
      ['股价跌5%', ['跌5%', '-5', '-5', '-5', 'exact', '%', null]],
      ['营收同比负增1.7%', ['负增1.7%', '-1.7', '-1.7', '-1.7', 'exact', '%', null]],
      ['營收負增長2.1%', ['負增長2.1%', '-2.1', '-2.1', '-2.1', 'exact', '%', null]],
      ['净增120万户', ['净增120万户', '1200000', '1200000', '1200000', 'exact', 'count', '户']],
      ['降低至2元', ['2元', '2', '2', '2', 'exact', 'CNY', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
    it('reads pct after a Chinese list mark as points, so a change and the level after 至 stay apart', () =>
      check('、-0.6pct至7.1%', [
        ['-0.6pct', '-0.6', '-0.6', '-0.6', 'exact', 'pp', null],
        ['7.1%', '7.1', '7.1', '7.1', 'exact', '%', null],
      ]));

    it('signs a change in per cent or points by the English noun that names it, before or after', () => {
      check('a decline in operating income by 10.9% year-on-year', [['10.9%', '-10.9', '-10.9', '-10.9', 'exact', '%', null]]);
      check('a dip in Q3 2025 operating income of 0.78%', [['0.78%', '-0.78', '-0.78', '-0.78', 'exact', '%', null]]);
      check('posted a 4.2% drop in net profit', [['4.2%', '-4.2', '-4.2', '-4.2', 'exact', '%', null]]);
      check('a 0.9% rise in 2024 net profit', [['0.9%', '0.9', '0.9', '0.9', 'exact', '%', null]]);
      // An amount keeps its own reading: the noun names a change in per cent or points only.
      check('a decline in deposits of 3 billion yuan', [['3 billion yuan', '3000000000', '3000000000', '3000000000', 'exact', 'CNY', null]]);
    });

    it('signs a change by the comparative after it, whatever its base', () => {
      check('net profit was 4.2% lower from the previous year', [['4.2%', '-4.2', '-4.2', '-4.2', 'exact', '%', null]]);
      check('fee income was 8.1% less than the same period last year', [['8.1%', '-8.1', '-8.1', '-8.1', 'exact', '%', null]]);
      check('deposits were 3.3% higher than at the end of last year', [['3.3%', '3.3', '3.3', '3.3', 'exact', '%', null]]);
      // A comparative with no base after it is no change ("a ratio 2% higher" could be anything).
      check('a ratio of 2% higher in quality', [['2%', '2', '2', '2', 'exact', '%', null]]);
    });

    it('signs every value of a list after a decrease stated once', () => {
      check('营收和净利润分别下降了8.4%和13%', [
        ['下降了8.4%', '-8.4', '-8.4', '-8.4', 'exact', '%', null],
        ['13%', '-13', '-13', '-13', 'exact', '%', null],
      ]);
      check('year-on-year declines of 10% and 3.9%, respectively', [
        ['declines of 10%', '-10', '-10', '-10', 'exact', '%', null],
        ['3.9%', '-3.9', '-3.9', '-3.9', 'exact', '%', null],
      ]);
      check('fell by 0.05 percentage points and 12 basis points', [
        ['fell by 0.05 percentage points', '-0.05', '-0.05', '-0.05', 'exact', 'pp', null],
        ['12 basis points', '-12', '-12', '-12', 'exact', 'bp', null],
      ]);
      check('同比降幅10.0%', [['降幅10.0%', '-10', '-10', '-10', 'exact', '%', null]]);
      // A value with its own direction, one after a clause, and an amount after a rate keep their own sign.
      check('分别下降5%和增长3%', [
        ['下降5%', '-5', '-5', '-5', 'exact', '%', null],
        ['增长3%', '3', '3', '3', 'exact', '%', null],
      ]);
      check('下降5%，净利润3%', [
        ['下降5%', '-5', '-5', '-5', 'exact', '%', null],
        ['3%', '3', '3', '3', 'exact', '%', null],
      ]);
      check('下降5%和30亿元', [
        ['下降5%', '-5', '-5', '-5', 'exact', '%', null],
        ['30亿元', '3000000000', '3000000000', '3000000000', 'exact', 'CNY', null],
      ]);
    });

    it('records the direction', () => {
      assert.deepEqual(figuresIn('下降3个百分点，增长5%').map((f) => f.direction), ['decrease', 'increase']);
      assert.deepEqual(figuresIn('占比5%').map((f) => f.direction), [null]);
    });
  });

  describe('durations and ages', () => {
    const cases: [string, Expected][] = [
      ['七年多来，我们', ['七年多来', '7', '7', '8', 'lower-bound', 'years', null]],
      ['四年来为全国', ['四年来', '4', '4', '4', 'exact', 'years', null]],
      ['10年来，微众银行', ['10年来', '10', '10', '10', 'exact', 'years', null]],
      ['成立10周年', ['10周年', '10', '10', '10', 'exact', 'years', null]],
      ['7年间成长为', ['7年间', '7', '7', '7', 'exact', 'years', null]],
      ['十多年間我國', ['十多年間', '10', '10', '20', 'lower-bound', 'years', null]],
      ['近5年平均增幅', ['近5年', '5', '5', '5', 'exact', 'years', null]],
      ['连续3年阶梯式下降', ['连续3年', '3', '3', '3', 'exact', 'years', null]],
      ['明確未來五年基本建成', ['未來五年', '5', '5', '5', 'exact', 'years', null]],
      ['經過過去十年的發展', ['過去十年', '10', '10', '10', 'exact', 'years', null]],
      ['過去數十年,國內', ['過去數十年', null, null, null, 'approx', 'years', null]],
      ['十年“蝶變”', ['十年', '10', '10', '10', 'exact', 'years', null]],
      ['65岁以上老年人', ['65岁以上', '65', '65', null, 'lower-bound', 'years', '岁']],
      ['中國 60 歲及以上人口', ['60 歲及以上', '60', '60', null, 'lower-bound', 'years', '歲']],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('vague amounts and orders of magnitude', () => {
    const cases: [string, Expected][] = [
      ['覆蓋數萬條语音', ['數萬條', null, null, null, 'approx', 'count', '條']],
      ['数十家机构', ['数十家', null, null, null, 'approx', 'count', '家']],
      ['可支撑亿量级客户', ['亿量级', null, '100000000', '1000000000', 'approx', 'count', null]],
      ['千万级用户', ['千万级', null, '10000000', '100000000', 'approx', 'count', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('per-unit rates', () => {
    const cases: [string, Expected][] = [
      ['戶均 IT 運維成本普遍在100 元/年以上', ['100 元/年以上', '100', '100', null, 'lower-bound', 'CNY/account/year', null]],
      ['户均IT运维成本也在20元/年左右', ['20元/年左右', '20', null, null, 'approx', 'CNY/account/year', null]],
      ['单账户每年 IT运维成本已降低至2元', ['2元', '2', '2', '2', 'exact', 'CNY/account/year', null]],
      ['年费2元/年', ['2元/年', '2', '2', '2', 'exact', 'CNY/year', null]],
      ['单笔费用2元/笔', ['2元/笔', '2', '2', '2', 'exact', 'CNY/transaction', null]],
      ['笔均贷款金额约7600元', ['约7600元', '7600', null, null, 'approx', 'CNY', null]],
      ['原油价格70美元/桶', ['70美元/桶', '70', '70', '70', 'exact', 'USD/barrel', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('several figures in one sentence', () => {
    it('keeps each figure with its own hedge and unit', () => {
      check('授信客户超110万家,累计授信金额超1.1万亿元。年营业收入在1000万元以下企业占客户总数超70%', [
        ['超110万家', '1100000', '1100000', null, 'lower-bound', 'count', '家'],
        ['超1.1万亿元', '1100000000000', '1100000000000', null, 'lower-bound', 'CNY', null],
        ['1000万元以下', '10000000', null, '10000000', 'upper-bound', 'CNY', null],
        ['超70%', '70', '70', null, 'lower-bound', '%', null],
      ]);
    });

    it('reads a figure split by an extraction line break and line marker', () => {
      check('整合5600\n34、萬工商企業數據', [['5600\n34、萬', '56000000', '56000000', '56000000', 'exact', 'count', null]]);
      check('比上年末高 2.1個百\n56、分點。', [['2.1個百\n56、分點', '2.1', '2.1', '2.1', 'exact', 'pp', null]]);
    });
  });

  describe('precision of the stated digits', () => {
    const cases: [string, string | null][] = [
      ['29.82%', '0.005'],
      ['3.6亿人', '5000000'],
      ['7000万元', '5000000'],
      ['2866户', '0.5'],
      ['数万人', null],
      ['十分之一', null],
    ];
    for (const [text, precision] of cases) {
      it(`${text} → ${precision}`, () => assert.equal(figuresIn(text)[0]?.precision, precision));
    }
  });

  describe('not figures', () => {
    const texts = [
      '2022年',
      '2021年以来，无论是监管',
      '我行自2015年来已加入',
      '第31版',
      '第 31 版',
      '國內第一家銀行',
      '第二十四次會議',
      '5G基站',
      '杭州 G20 峰會',
      '3D打印',
      '人行 A3327 表',
      '从1.0 到 2.0:國內數字普惠',
      '进入2.0时代',
      '一带一路',
      '服務“三農”',
      '“十四五”規劃',
      '一站式服务',
      '两会时间',
      '千家万户',
      '融入万千大众生活',
      '与亿万客户',
      '打造了一家有温度的银行',
      '一个“不可能三角”',
      '探索出一条成本可负担的道路',
      '“两个一百年”奋斗目标',
      '四个全面',
      '最后一公里',
      '远程一对一视频',
      '五篇大文章',
      '金融5篇文章',
      '银保监会等五部门',
      '六大创新基因',
      '两大抓手',
      '三线及以下城市',
      '十八届三中全会',
      '中央一號文件',
      '“责任+1、消保+1”',
      '联系电话:010-62160423',
      '少數幾家數字銀行',
      '过去几年的发展',
      '1、2、3',
      '17、達到',
      '一成不变',
      '3个月',
      '3个多月',
      '八项规定',
      '23年上半年',
      '1.0版本',
      '601398.SH',
      'padding:8px',
      '&#123;',
      '约2小时',
      '二季度',
      '1-6月',
      '2016-2020年',
      '5年期LPR',
      '16.36108.2235.33109.07',
      '0100200300400500600201520162017',
    ];
    for (const text of texts) it(text, () => assert.deepEqual(figuresIn(text).map((f) => f.text), []));
  });

  describe('masked regions', () => {
    it('reports nothing inside a masked region', () => {
      const text = '<img width="300万元"> 超过5万家';
      const mask = new ZoneMask([{ start: 0, end: text.indexOf('>') + 1 }]);
      assert.deepEqual(figuresIn(text, mask).map((f) => f.text), ['超过5万家']);
    });

    it('does not take a hedge from inside a masked region', () => {
      const text = '超过2024年5万家';
      const mask = new ZoneMask([{ start: 2, end: 7 }]);
      assert.deepEqual(figuresIn(text, mask).map((f) => f.text), ['5万家']);
    });
  });

  describe('properties', () => {
    it('applies magnitudes with exact decimal arithmetic', () => {
      const magnitudes: [string, number][] = [['万', 4], ['亿', 8], ['万亿', 12], ['萬億', 12], ['千万', 7]];
      fc.assert(
        fc.property(fc.nat(99999), fc.nat(999), fc.constantFrom(...magnitudes), (integer, fraction, [magnitude, exponent]) => {
          const written = fraction > 0 ? `${integer}.${String(fraction).padStart(3, '0')}` : String(integer);
          const figures = figuresIn(`余额${written}${magnitude}元。`);
          if (integer === 0 && fraction === 0) return;
          assert.equal(figures.length, 1);
          assert.equal(figures[0]!.value, Decimal.of(written).shift(exponent).toString());
        }),
      );
    });

    it('returns sorted, disjoint spans that match the text, whatever the input', () => {
      const alphabet = fc.constantFrom(...'0123456789.,-+%超逾近约多余万亿千百十一二三两成年来个家元美 \n、第aBPm$/()之分数上以下间周岁倍‰人次量级'.split(''));
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
          const text = chars.join('');
          const figures = figuresIn(text);
          let previousEnd = 0;
          for (const figure of figures) {
            assert.ok(figure.start >= previousEnd && figure.end > figure.start && figure.end <= text.length);
            assert.equal(text.slice(figure.start, figure.end), figure.text);
            previousEnd = figure.end;
          }
        }),
      );
    });

    it('gives each figure ordered, disjoint, non-empty parts inside its span, one of them a number', () => {
      const alphabet = fc.constantFrom(...'0123456789.,-+%超逾近约多余万亿千百十一二三两成年来个家元美 \n、第aBPm$/()之分数上以下间周岁倍‰人次量级增长降'.split(''));
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
          for (const figure of figuresIn(chars.join(''))) {
            let previousEnd = figure.start;
            for (const part of figure.parts) {
              assert.ok(part.start >= previousEnd && part.end > part.start && part.end <= figure.end, JSON.stringify(figure));
              previousEnd = part.end;
            }
            assert.ok(figure.parts.some((part) => part.role === 'number'), JSON.stringify(figure));
          }
        }),
      );
    });
  });

  it('honours cancellation', () => {
    assert.throws(() => recogniseFigures('超过5万家', ZoneMask.EMPTY, { isCancellationRequested: true }), CancelledError);
  });

  it('stays linear on a long hostile line', () => {
    const hostile = ('超'.repeat(50) + '1,'.repeat(50) + '1.'.repeat(50) + '亿'.repeat(50) + '1-2-3至4' + '一'.repeat(50)).repeat(2000);
    const figures = figuresIn(hostile);
    assert.ok(figures.every((f) => f.end - f.start < 40));
  });
});

describe('Chinese numerals', () => {
  const cases: [string, bigint | null][] = [
    ['十', 10n],
    ['十五', 15n],
    ['二十四', 24n],
    ['一百零五', 105n],
    ['两万', 20000n],
    ['一万二千', 12000n],
    ['十万', 100000n],
    ['三千一百亿', 310000000000n],
    ['一万亿', 1000000000000n],
    ['三亿五千万', 350000000n],
    ['十四五', null],
    ['一一', null],
    ['万千', null],
    ['亿万', null],
    ['千万', null],
  ];
  for (const [text, value] of cases) it(`${text} → ${value}`, () => assert.equal(parseChineseInteger(text), value));

  it('takes the step of the last stated digit', () => {
    assert.deepEqual(['29.82', '3.6', '7000', '2866', '0'].map((written) => stepOfStatedDigits(written).toString()), ['0.01', '0.1', '1000', '1', '1']);
  });
});

describe('recogniseFigures beyond the seeds', () => {
  describe('one figure each', () => {
    const cases: [string, Expected][] = [
      ['溢利港幣45.6億元', ['港幣45.6億元', '4560000000', '4560000000', '4560000000', 'exact', 'HKD', null]],
      ['貸款總額約為2,100億港元', ['約為2,100億港元', '210000000000', null, null, 'approx', 'HKD', null]],
      ['共有分行76間', ['76間', '76', '76', '76', 'exact', 'count', '間']],
      ['同比多增15亿元', ['多增15亿元', '1500000000', '1500000000', '1500000000', 'exact', 'CNY', null]],
      ['同比少增3亿元', ['少增3亿元', '-300000000', '-300000000', '-300000000', 'exact', 'CNY', null]],
      ['个体工商户翻了一番', ['翻了一番', '2', '2', '2', 'exact', 'x', null]],
      ['规模翻两番', ['翻两番', '4', '4', '4', 'exact', 'x', null]],
      ['超过一半的客户', ['超过一半', '50', '50', null, 'lower-bound', '%', null]],
      ['一半以上', ['一半以上', '50', '50', null, 'lower-bound', '%', null]],
      ['达到亿元级', ['亿元级', null, '100000000', '1000000000', 'approx', 'CNY', null]],
      ['千万美元级', ['千万美元级', null, '10000000', '100000000', 'approx', 'USD', null]],
      ['手续费为万分之2.5', ['万分之2.5', '0.025', '0.025', '0.025', 'exact', '%', null]],
      ['三成半', ['三成半', '35', '35', '35', 'exact', '%', null]],
      ['营收同比增长-3.5%', ['增长-3.5%', '-3.5', '-3.5', '-3.5', 'exact', '%', null]],
      ['降准0.5个百分点', ['降准0.5个百分点', '-0.5', '-0.5', '-0.5', 'exact', 'pp', null]],
      ['不良率下降5-7%', ['下降5-7%', null, '-7', '-5', 'range', '%', null]],
      ['共1,000亿元', ['1,000亿元', '100000000000', '100000000000', '100000000000', 'exact', 'CNY', null]],
      ['more than 5,000 institutional clients', ['more than 5,000', '5000', '5000', null, 'lower-bound', 'count', null]],
      ['through 85 branches', ['85', '85', '85', '85', 'exact', 'count', null]],
      ['in 12 new provinces', ['12', '12', '12', '12', 'exact', 'count', null]],
      ['opened between 10 and 20 new outlets', ['between 10 and 20', null, '10', '20', 'range', 'count', null]],
      ['opened 10 to 20 branches', ['10 to 20', null, '10', '20', 'range', 'count', null]],
      ['between 5% and 7%', ['between 5% and 7%', null, '5', '7', 'range', '%', null]],
      ['expected to rise 5 to 7 per cent', ['5 to 7 per cent', null, '5', '7', 'range', '%', null]],
      ['fell 10 to 20 basis points', ['fell 10 to 20 basis points', null, '-20', '-10', 'range', 'bp', null]],
      ['Net interest margin narrowed 12 bps', ['narrowed 12 bps', '-12', '-12', '-12', 'exact', 'bp', null]],
      ['an increase of 4.2% over', ['increase of 4.2%', '4.2', '4.2', '4.2', 'exact', '%', null]],
      ['a decline of 0.3 percentage points', ['decline of 0.3 percentage points', '-0.3', '-0.3', '-0.3', 'exact', 'pp', null]],
      ['1.3 times that of 2022', ['1.3 times', '1.3', '1.3', '1.3', 'exact', 'x', null]],
      ['a 4.9-percent expansion', ['4.9-percent', '4.9', '4.9', '4.9', 'exact', '%', null]],
      ['GDP exceeded 126 trillion yuan', ['exceeded 126 trillion yuan', '126000000000000', '126000000000000', null, 'lower-bound', 'CNY', null]],
      ['about 17.71 trillion U.S. dollars', ['about 17.71 trillion U.S. dollars', '17710000000000', null, null, 'approx', 'USD', null]],
      ['S$1.2 billion', ['S$1.2 billion', '1200000000', '1200000000', '1200000000', 'exact', 'SGD', null]],
      ['环比-2.1%', ['-2.1%', '-2.1', '-2.1', '-2.1', 'exact', '%', null]],
      // Extracted text sets a minus apart by spaces after the word a signed value follows; a bullet's dash is no sign.
      ['营收YoY - 10.93%', ['- 10.93%', '-10.93', '-10.93', '-10.93', 'exact', '%', null]],
      ['增速为 - 14.96%', ['- 14.96%', '-14.96', '-14.96', '-14.96', 'exact', '%', null]],
      ['要点\n- 14.5%的客户', ['14.5%', '14.5', '14.5', '14.5', 'exact', '%', null]],
      ['季減3.2%', ['減3.2%', '-3.2', '-3.2', '-3.2', 'exact', '%', null]],
      ['放款餘額新臺幣38.6兆元', ['新臺幣38.6兆元', '38600000000000', '38600000000000', '38600000000000', 'exact', 'TWD', null]],
      ['两三百家', ['两三百家', null, '200', '300', 'range', 'count', '家']],
      ['约七八成', ['约七八成', null, '70', '80', 'range', '%', null]],
      ['三四千万元', ['三四千万元', null, '30000000', '40000000', 'range', 'CNY', null]],
      ['十七八个', ['十七八个', null, '17', '18', 'range', 'count', '个']],
      ['百余家', ['百余家', '100', '100', '200', 'lower-bound', 'count', '家']],
      ['千余人', ['千余人', '1000', '1000', '2000', 'lower-bound', 'count', '人']],
      ['获利过亿美元', ['过亿美元', '100000000', '100000000', null, 'lower-bound', 'USD', null]],
      ['ATM数量破万', ['破万', '10000', '10000', null, 'lower-bound', 'count', null]],
      ['invest no less than RMB 2 billion', ['no less than RMB 2 billion', '2000000000', '2000000000', null, 'lower-bound', 'CNY', null]],
      ['no more than 5%', ['no more than 5%', '5', null, '5', 'upper-bound', '%', null]],
      ['资产总额<strong>1.2</strong>万亿元', ['1.2</strong>万亿元', '1200000000000', '1200000000000', '1200000000000', 'exact', 'CNY', null]],
      ['增长<span class="num">12.3</span>%', ['增长<span class="num">12.3</span>%', '12.3', '12.3', '12.3', 'exact', '%', null]],
      // Hong Kong's 厘 for a per cent of interest, 仙 for a cent and 点子 for basis points; cases counted in 宗.
      ['淨息差收窄至1.88厘', ['1.88厘', '1.88', '1.88', '1.88', 'exact', '%', null]],
      ['中期息39仙', ['39仙', '0.39', '0.39', '0.39', 'exact', 'HKD', null]],
      ['派第2次股息每股10美仙', ['10美仙', '0.1', '0.1', '0.1', 'exact', 'USD', null]],
      ['a dividend of 75 cents per share', ['75 cents', '0.75', '0.75', '0.75', 'exact', 'USD', null]],
      ['淨利為37億坡元', ['37億坡元', '3700000000', '3700000000', '3700000000', 'exact', 'SGD', null]],
      ['paid 10 US cents a share', ['10 US cents', '0.1', '0.1', '0.1', 'exact', 'USD', null]],
      ['按年下降21點子', ['下降21點子', '-21', '-21', '-21', 'exact', 'bp', null]],
      ['新申請個案8405宗', ['8405宗', '8405', '8405', '8405', 'exact', 'count', '宗']],
      // Headlines' short magnitudes after a currency, and analysts' pc for percentage points.
      ['dropped to $167.99b in October', ['$167.99b', '167990000000', '167990000000', '167990000000', 'exact', 'USD', null]],
      ['(RMB1.22t)', ['RMB1.22t', '1220000000000', '1220000000000', '1220000000000', 'exact', 'CNY', null]],
      ['loans grew 15.36 trln yuan', ['grew 15.36 trln yuan', '15360000000000', '15360000000000', '15360000000000', 'exact', 'CNY', null]],
      ['profit of 12.5 bln yuan', ['12.5 bln yuan', '12500000000', '12500000000', '12500000000', 'exact', 'CNY', null]],
      ['falls to S$3.7 bil', ['S$3.7 bil', '3700000000', '3700000000', '3700000000', 'exact', 'SGD', null]],
      ['分红比例较2023年提升6.8pc', ['提升6.8pc', '6.8', '6.8', '6.8', 'exact', 'pp', null]],
      // "making up" composes a share; its "up" is no rise.
      ['tech staff making up 8.6% of total staff', ['8.6%', '8.6', '8.6', '8.6', 'exact', '%', null]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, [expected]));
  });

  describe('a change and the level it reached are two figures', () => {
    it('每股盈利增加0.15港元至2.46港元', () =>
      check('每股盈利增加0.15港元至2.46港元', [
        ['增加0.15港元', '0.15', '0.15', '0.15', 'exact', 'HKD', null],
        ['2.46港元', '2.46', '2.46', '2.46', 'exact', 'HKD', null],
      ]));
    it('declined by 2.08 million to 1.40967 billion', () =>
      check('The population declined by 2.08 million to 1.40967 billion.', [
        ['declined by 2.08 million', '-2080000', '-2080000', '-2080000', 'exact', 'count', null],
        ['1.40967 billion', '1409670000', '1409670000', '1409670000', 'exact', 'count', null],
      ]));
  });

  describe('a change restated as a rate after 或 (or) keeps its direction', () => {
    it('按年下降46.86亿港元或13.3%', () =>
      check('按年下降46.86亿港元或13.3%', [
        ['下降46.86亿港元', '-4686000000', '-4686000000', '-4686000000', 'exact', 'HKD', null],
        ['13.3%', '-13.3', '-13.3', '-13.3', 'exact', '%', null],
      ]));
    it('down RMB 2.1 billion, or 5.3%', () =>
      check('down RMB 2.1 billion, or 5.3%', [
        ['down RMB 2.1 billion', '-2100000000', '-2100000000', '-2100000000', 'exact', 'CNY', null],
        ['5.3%', '-5.3', '-5.3', '-5.3', 'exact', '%', null],
      ]));
  });

  describe('a list whose last value alone states its unit', () => {
    it('分别改善11、20个基点', () =>
      check('对公、零售存款分别改善11、20个基点', [
        ['11', '11', '11', '11', 'exact', 'bp', null],
        ['20个基点', '20', '20', '20', 'exact', 'bp', null],
      ]));
    it('增幅分别为7.01、3.12、4.51个百分点', () =>
      check('增幅分别为7.01、3.12、4.51个百分点', [
        ['7.01', '7.01', '7.01', '7.01', 'exact', 'pp', null],
        ['3.12', '3.12', '3.12', '3.12', 'exact', 'pp', null],
        ['4.51个百分点', '4.51', '4.51', '4.51', 'exact', 'pp', null],
      ]));
    it('down by 16 and 15 basis points', () =>
      check('down by 16 and 15 basis points', [
        ['down by 16', '-16', '-16', '-16', 'exact', 'bp', null],
        ['15 basis points', '-15', '-15', '-15', 'exact', 'bp', null],
      ]));
  });

  describe('not figures', () => {
    const texts = [
      '长5厘米',
      '2020、2021和2022年',
      '每10股派发现金红利',
      '每10万人拥有',
      '约1/3',
      'See Article 5 of the policy',
      'on page 12 of the report',
      'the 2023 results',
      'COVID-19 cases',
      'the 12 months ended',
      'Chapter 3 covers loans',
      'among the top 10 banks',
      '5 of the branches',
      '一半是海水',
      '五年规划',
      '成千上万',
      '一二线城市',
      'iPhone 15 models',
      'Windows 11 devices',
    ];
    for (const text of texts) it(text, () => check(text, []));
  });
});

describe('figure parts', () => {
  /** Each part as role:substring, in order, for the one figure found in the text. */
  function partsOf(text: string): { surface: string; parts: string } {
    const figures = figuresIn(text);
    assert.equal(figures.length, 1, `one figure in ${text}: ${figures.map((f) => f.text).join(', ')}`);
    const figure = figures[0]!;
    return { surface: figure.text, parts: figure.parts.map((part) => `${part.role}:${text.slice(part.start, part.end)}`).join(' | ') };
  }

  /** [text, the figure's surface, its parts]. */
  const cases: [string, string, string][] = [
    ['超3.6亿', '超3.6亿', 'qualifier:超 | number:3.6亿'],
    ['余额1.6万亿元', '1.6万亿元', 'number:1.6万亿 | unit:元'],
    ['服务近60万家企业', '近60万家', 'qualifier:近 | number:60万 | unit:家'],
    ['不良率约0.9%', '约0.9%', 'qualifier:约 | number:0.9 | unit:%'],
    ['利差382BP', '382BP', 'number:382 | unit:BP'],
    ['超七成', '超七成', 'qualifier:超 | number:七 | unit:成'],
    ['三成半', '三成半', 'number:三 | unit:成半'],
    ['revenue of RMB247.8 billion', 'RMB247.8 billion', 'unit:RMB | number:247.8 billion'],
    ['lent US$ 1.2 billion', 'US$ 1.2 billion', 'unit:US$ | number:1.2 billion'],
    ['下降2.1个百分点', '下降2.1个百分点', 'direction:下降 | number:2.1 | unit:个百分点'],
    ['净利润同比增长10.1%', '增长10.1%', 'direction:增长 | number:10.1 | unit:%'],
    ['年费100 元/年以上', '100 元/年以上', 'number:100 | unit:元/年 | qualifier:以上'],
    ['用户5000+', '5000+', 'number:5000 | qualifier:+'],
    ['10 萬+', '10 萬+', 'number:10 萬 | qualifier:+'],
    ['利率3.6%-4.2%', '3.6%-4.2%', 'number:3.6 | unit:% | number:4.2 | unit:%'],
    ['10-20亿元', '10-20亿元', 'number:10 | number:20亿 | unit:元'],
    ['profit was up 3.2% in', 'up 3.2%', 'direction:up | number:3.2 | unit:%'],
    ['served over 360 million customers', 'over 360 million', 'qualifier:over | number:360 million'],
    ['between 10 and 20 branches', 'between 10 and 20', 'qualifier:between | number:10 | number:20'],
    ['持有297.06万股', '297.06万股', 'number:297.06万 | unit:股'],
    ['１２３４５元', '１２３４５元', 'number:１２３４５ | unit:元'],
    ['30多万户', '30多万户', 'number:30 | qualifier:多 | number:万 | unit:户'],
    ['港幣45.6億元', '港幣45.6億元', 'unit:港幣 | number:45.6億 | unit:元'],
    ['百分之三十', '百分之三十', 'unit:百分之 | number:三十'],
    ['不到十分之一', '不到十分之一', 'qualifier:不到 | number:十分之一'],
    ['亿元级', '亿元级', 'number:亿 | unit:元级'],
    ['上万家', '上万家', 'qualifier:上 | number:万 | unit:家'],
    ['过亿', '过亿', 'qualifier:过 | number:亿'],
    ['近5年', '近5年', 'qualifier:近 | number:5 | unit:年'],
    ['3年来', '3年来', 'number:3 | unit:年 | qualifier:来'],
    ['服务超100万人次', '超100万人次', 'qualifier:超 | number:100万 | unit:人次'],
    ['增速为-3.5%', '-3.5%', 'number:-3.5 | unit:%'],
    ['不良率为1.2%左右', '1.2%左右', 'number:1.2 | unit:% | qualifier:左右'],
    ['增长<b>5%</b>', '增长<b>5%', 'direction:增长 | number:5 | unit:%'],
  ];
  for (const [text, surface, parts] of cases) {
    it(`${text} → ${parts}`, () => assert.deepEqual(partsOf(text), { surface, parts }));
  }
});
