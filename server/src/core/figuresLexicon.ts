/**
 * The words around a figure: hedges, direction words, magnitudes, units and measure words, in
 * simplified and traditional Chinese and in English. Lists are sorted longest first where they are
 * matched by prefix, so that 超过了 wins over 超过 and 超.
 */
import type { BaseUnit } from './units';

export type HedgeEffect = 'lower-bound' | 'upper-bound' | 'approx' | 'approx-below';

export interface HedgeWord {
  word: string;
  effect: HedgeEffect;
}

function byLengthDescending<T extends { word: string }>(items: T[]): T[] {
  return items.sort((a, b) => b.word.length - a.word.length);
}

function hedges(effect: HedgeEffect, words: string[]): HedgeWord[] {
  return words.map((word) => ({ word, effect }));
}

/** Hedge words written before the number. */
export const leadingHedges: readonly HedgeWord[] = byLengthDescending([
  ...hedges('lower-bound', [
    '超过了', '超過了', '超过', '超過', '超出', '多于', '多於', '大于', '大於', '高于', '高於',
    '不少于', '不少於', '不低于', '不低於', '至少', '最低', '最少', '突破', '逾', '超',
  ]),
  ...hedges('upper-bound', [
    '不超过', '不超過', '不高于', '不高於', '不多于', '不多於', '不到', '不足', '低于', '低於', '少于', '少於', '小于', '小於',
    '至多', '最高', '最多', '最长', '最長',
  ]),
  ...hedges('approx', ['大约', '大約', '约合', '約合', '约为', '約為', '约', '約', '近乎', '大概']),
  ...hedges('approx-below', ['将近', '將近', '接近', '近']),
]);

/** English hedges before the number; matched case-insensitively on word boundaries. */
export const leadingEnglishHedges: readonly HedgeWord[] = byLengthDescending([
  ...hedges('lower-bound', [
    'more than', 'at least', 'in excess of', 'over', 'above', 'exceeding', 'exceeded', 'surpassed', 'topped', 'no less than',
    'not less than', 'no fewer than', 'not fewer than',
  ]),
  ...hedges('upper-bound', ['less than', 'fewer than', 'up to', 'at most', 'under', 'below', 'no more than', 'not more than', 'not exceeding']),
  ...hedges('approx', ['approximately', 'about', 'around', 'roughly', 'some']),
  ...hedges('approx-below', ['nearly', 'almost', 'close to']),
]);

/** Hedge words written after the number and its unit. */
export const trailingHedges: readonly HedgeWord[] = byLengthDescending([
  ...hedges('lower-bound', ['及以上', '以上']),
  ...hedges('upper-bound', ['及以下', '以下', '以内', '以內', '之内', '之內']),
  ...hedges('approx', ['左右', '上下']),
]);

export type Direction = 'increase' | 'decrease';

export interface DirectionWord {
  word: string;
  direction: Direction;
}

/** Direction words that state the change a figure measures (增长31% → +31 %). */
export const directionWords: readonly DirectionWord[] = byLengthDescending([
  ...['增长了', '增長了', '增长', '增長', '上调', '上調', '扩大', '擴大', '净增', '淨增', '多增', '多赚', '多賺', '翻了', '翻', '加息', '涨', '漲', '升', '增加了', '增加', '新增', '提升了', '提升', '提高了', '提高', '上升了', '上升', '上涨了', '上漲了', '上涨', '上漲', '增',
    // 占比…，同比高2.1个百分点: a share's change as the central bank words it.
    '同比高', '环比高', '環比高', '同比高了', '环比高了', '環比高了'].map(
    (word) => ({ word, direction: 'increase' as const }),
  ),
  ...['负增长', '負增長', '负增', '負增', '下行了', '下行', '下降了', '下降', '减少了', '減少了', '减少', '減少', '下滑了', '下滑', '下跌了', '下跌', '回落', '降低了', '降低', '亏损', '虧損', '缩减', '縮減', '缩小', '縮小', '下调', '下調', '压降', '壓降', '收窄', '少增', '少赚', '少賺', '缩水了', '縮水了', '缩水', '縮水', '降幅为', '降幅為', '降幅达', '降幅達', '降幅', '减幅为', '減幅為', '减幅', '減幅', '减', '減', '降准', '降準', '降息', '跌', '降',
    '同比低', '环比低', '環比低', '同比低了', '环比低了', '環比低了'].map(
    (word) => ({ word, direction: 'decrease' as const }),
  ),
]);

/** English nouns of a change, rises then falls ("a 4.2% drop in net profit"), as regular-expression alternatives. */
export const englishRiseNouns = 'rise|increase|growth|gain|jump';
export const englishFallNouns = 'decline|decrease|drop|fall|dip|contraction|reduction';

export const englishDirectionWords: readonly DirectionWord[] = byLengthDescending([
  ...[
    'increased by', 'increased', 'rose by', 'rose', 'grew by', 'grew', 'up by', 'up', 'climbed by', 'climbed', 'jumped by', 'jumped',
    'surged by', 'surged', 'gained', 'widened by', 'widened', 'expanded by', 'expanded', 'increase of', 'rise of', 'increases of', 'rises of',
    'increasing by', 'increasing', 'increases by', 'rising by', 'rising', 'rises by', 'growing by', 'growing', 'grows by',
    // Headlines' present tense: "net profit rises 8% to …".
    'rises', 'grows', 'jumps', 'climbs', 'surges', 'soars', 'increases',
  ].map((word) => ({ word, direction: 'increase' as const })),
  ...[
    'decreased by', 'decreased', 'fell by', 'fell', 'declined by', 'declined', 'dropped by', 'dropped', 'down by', 'down',
    'narrowed by', 'narrowed', 'shrank by', 'shrank', 'contracted by', 'contracted', 'slipped', 'dipped', 'plunged', 'slid',
    'decrease of', 'decline of', 'drop of', 'fall of', 'decreases of', 'declines of', 'drops of', 'falls of', 'reduction of',
    'decreasing by', 'decreasing', 'decreases by', 'falling by', 'falling', 'falls by', 'declining by', 'declining', 'declines by', 'dropping by', 'dropping', 'drops by',
    'falls', 'drops', 'slips', 'dips', 'declines', 'decreases', 'plunges', 'tumbles', 'sinks', 'slides',
  ].map((word) => ({ word, direction: 'decrease' as const })),
]);

/** Words before a duration that make a number of years a span of time (连续3年, 过去十年). */
export const durationPrefixes: readonly string[] = ['连续', '連續', '未来', '未來', '过去', '過去', '最近', '近'];

/** Words after 年 that close a duration (10年来, 7年间). */
export const durationSuffixes: readonly string[] = ['以来', '以來', '来', '來', '间', '間'];

/** Characters after 年 that make it part of a date or another word, never a duration. */
export const yearFollowersThatAreNotDurations = new Set([...'级級代月底末初度份前后後中内內报報化轻輕期上下第全起规規计計战戰']);

export interface EnglishMagnitude {
  word: string;
  exponent: number;
  /** Short forms (k, m) are figures only next to a currency, where they cannot be metres or kilo-anything. */
  needsCurrency: boolean;
}

export const englishMagnitudes: readonly EnglishMagnitude[] = byLengthDescending([
  { word: 'thousand', exponent: 3, needsCurrency: false },
  { word: 'million', exponent: 6, needsCurrency: false },
  { word: 'billion', exponent: 9, needsCurrency: false },
  { word: 'trillion', exponent: 12, needsCurrency: false },
  { word: 'mn', exponent: 6, needsCurrency: false },
  { word: 'bn', exponent: 9, needsCurrency: false },
  { word: 'tn', exponent: 12, needsCurrency: true },
  { word: 'k', exponent: 3, needsCurrency: true },
  { word: 'm', exponent: 6, needsCurrency: true },
  // Headlines' $167.99b, RMB1.22t and 15.36 trln yuan.
  { word: 'b', exponent: 9, needsCurrency: true },
  { word: 't', exponent: 12, needsCurrency: true },
  { word: 'trln', exponent: 12, needsCurrency: false },
  // Wires' and Singapore headlines' mln, bln and bil.
  { word: 'mln', exponent: 6, needsCurrency: false },
  { word: 'bln', exponent: 9, needsCurrency: false },
  { word: 'bil', exponent: 9, needsCurrency: true },
]);

/** A word that names a unit of the registry (units.ts); measure units may also be per mille (‰), read as a tenth of a percent. */
export interface UnitWord<U extends string = BaseUnit> {
  word: string;
  unit: U;
  /** Whether the word is English (matched case-insensitively, needs a word boundary). */
  english?: boolean;
}

/** Currencies written after the number (亿元, 美元, billion yuan). */
export const currencySuffixes: readonly UnitWord[] = byLengthDescending([
  { word: '元人民币', unit: 'CNY' },
  { word: '元人民幣', unit: 'CNY' },
  { word: '人民币', unit: 'CNY' },
  { word: '人民幣', unit: 'CNY' },
  { word: '元', unit: 'CNY' },
  { word: '美元', unit: 'USD' },
  { word: '港元', unit: 'HKD' },
  { word: '港币', unit: 'HKD' },
  { word: '港幣', unit: 'HKD' },
  { word: '欧元', unit: 'EUR' },
  { word: '歐元', unit: 'EUR' },
  { word: '日元', unit: 'JPY' },
  { word: '新台币', unit: 'TWD' },
  { word: '新臺幣', unit: 'TWD' },
  { word: '新台幣', unit: 'TWD' },
  { word: '英镑', unit: 'GBP' },
  { word: '澳元', unit: 'AUD' },
  { word: '加元', unit: 'CAD' },
  { word: '新加坡元', unit: 'SGD' },
  { word: '新元', unit: 'SGD' },
  // Hong Kong's press calls the Singapore dollar 坡元 (星展淨利37億坡元).
  { word: '坡元', unit: 'SGD' },
  { word: '韩元', unit: 'KRW' },
  { word: '韓元', unit: 'KRW' },
  { word: '英鎊', unit: 'GBP' },
  { word: 'yuan', unit: 'CNY', english: true },
  { word: 'renminbi', unit: 'CNY', english: true },
  { word: 'RMB', unit: 'CNY', english: true },
  { word: 'CNY', unit: 'CNY', english: true },
  { word: 'US dollars', unit: 'USD', english: true },
  { word: 'U.S. dollars', unit: 'USD', english: true },
  { word: 'dollars', unit: 'USD', english: true },
  { word: 'USD', unit: 'USD', english: true },
  { word: 'HKD', unit: 'HKD', english: true },
  { word: 'Hong Kong dollars', unit: 'HKD', english: true },
  { word: 'euros', unit: 'EUR', english: true },
  { word: 'EUR', unit: 'EUR', english: true },
]);

/** Currencies written before the number (US$35 billion, RMB247.8 billion, ¥100). */
export const currencyPrefixes: readonly UnitWord[] = byLengthDescending([
  { word: 'US$', unit: 'USD' },
  { word: 'HK$', unit: 'HKD' },
  { word: 'NT$', unit: 'TWD' },
  { word: 'S$', unit: 'SGD' },
  { word: 'A$', unit: 'AUD' },
  { word: 'C$', unit: 'CAD' },
  { word: '$', unit: 'USD' },
  { word: '¥', unit: 'CNY' },
  { word: '￥', unit: 'CNY' },
  { word: '€', unit: 'EUR' },
  { word: '£', unit: 'GBP' },
  { word: 'RMB', unit: 'CNY', english: true },
  { word: 'CNY', unit: 'CNY', english: true },
  { word: 'USD', unit: 'USD', english: true },
  { word: 'HKD', unit: 'HKD', english: true },
  { word: 'EUR', unit: 'EUR', english: true },
  { word: '人民币', unit: 'CNY' },
  { word: '人民幣', unit: 'CNY' },
  { word: '港币', unit: 'HKD' },
  { word: '港幣', unit: 'HKD' },
  { word: '港元', unit: 'HKD' },
  { word: '美元', unit: 'USD' },
  { word: '新台币', unit: 'TWD' },
  { word: '新臺幣', unit: 'TWD' },
  { word: '新台幣', unit: 'TWD' },
]);

/** Units that are not money or counts. Percentage points are listed before 百 can be read as a magnitude. */
export const measureUnits: readonly UnitWord<BaseUnit | '‰'>[] = byLengthDescending([
  { word: '%', unit: '%' },
  { word: '％', unit: '%' },
  { word: '‰', unit: '‰' },
  { word: 'percent', unit: '%', english: true },
  { word: 'per cent', unit: '%', english: true },
  { word: '-percent', unit: '%', english: true },
  { word: '-per-cent', unit: '%', english: true },
  { word: 'pct', unit: '%', english: true },
  { word: 'pcts', unit: 'pp', english: true },
  { word: 'pc', unit: '%', english: true },
  // Hong Kong's 点子 for basis points (按年下降21点子).
  { word: '點子', unit: 'bp' },
  { word: '点子', unit: 'bp' },
  { word: '个百分点', unit: 'pp' },
  { word: '個百分點', unit: 'pp' },
  { word: '百分点', unit: 'pp' },
  { word: '百分點', unit: 'pp' },
  { word: 'percentage points', unit: 'pp', english: true },
  { word: 'percentage point', unit: 'pp', english: true },
  { word: 'percentage-points', unit: 'pp', english: true },
  { word: 'percentage-point', unit: 'pp', english: true },
  { word: 'ppt', unit: 'pp', english: true },
  { word: 'pp', unit: 'pp', english: true },
  { word: '个基点', unit: 'bp' },
  { word: '個基點', unit: 'bp' },
  { word: '基点', unit: 'bp' },
  { word: '基點', unit: 'bp' },
  { word: 'basis points', unit: 'bp', english: true },
  { word: 'basis point', unit: 'bp', english: true },
  { word: 'bps', unit: 'bp', english: true },
  { word: 'bp', unit: 'bp', english: true },
  { word: '倍', unit: 'x' },
  { word: 'times', unit: 'x', english: true },
  { word: '-fold', unit: 'x', english: true },
  { word: '吨', unit: 't' },
  { word: '噸', unit: 't' },
  { word: 'tonnes', unit: 't', english: true },
]);

/**
 * Measure words of counts, each with the characters that, right after it, turn it into the start of
 * a noun instead (个人 = individual, 人口 = population, 股份 = shares as a noun).
 */
export const measureWords: ReadonlyMap<string, string> = new Map([
  ['人次', ''],
  ['户', '口籍型外'],
  ['戶', '口籍型外'],
  ['家', '庭族属屬乡鄉长長具电電居园園人务務用'],
  ['人', '口士民员員才工力均类類群格物生文性身事气氣寿壽保行'],
  ['名', '义義称稱单單字片额額牌誉譽录錄'],
  ['个', '人体體月性别別案股多'],
  ['個', '人体體月性别別案股多'],
  ['笔', '记記'],
  ['筆', '记記'],
  ['所', '有以在得属屬谓謂需处處'],
  ['份', '额額子'],
  ['只', '有是要能需占会會在用为為剩因'],
  ['项', '目'],
  ['項', '目'],
  ['次', '级級日年月贷貸'],
  ['张', ''],
  ['張', ''],
  ['位', '于於置数數居列'],
  ['场', '景所地合馆館面内內外域站'],
  ['場', '景所地合馆館面内內外域站'],
  ['条', '件款例线線码碼'],
  ['條', '件款例线線码碼'],
  ['股', '份东東权權票价價市本息指'],
  ['辆', ''],
  ['輛', ''],
  ['架', '构構'],
  ['台', '阶階湾灣账賬'],
  ['臺', '阶階湾灣账賬'],
  ['套', '餐'],
  ['件', '事'],
  // Hong Kong's mortgage statistics count cases (新申请贷款个案8405宗).
  ['宗', '教旨族师師亲親'],
  ['座', '谈談'],
  ['款', '项項式'],
  ['批', '准复復发發'],
  ['枚', ''],
  ['棵', ''],
  ['株', ''],
  ['种', '类類子植'],
  ['種', '类類子植'],
  ['类', '型别別似'],
  ['類', '型别別似'],
  ['轮', '换換'],
  ['輪', '换換'],
  ['颗', ''],
  ['顆', ''],
  ['艘', ''],
  ['间', '隔接断歇距谍'],
  ['間', '隔接斷歇距諜'],
  ['栋', ''],
  ['棟', ''],
]);

/** Ages: 65岁以上 is a threshold in years with the measure word kept as counter. */
export const ageWords: readonly string[] = ['周岁', '週歲', '岁', '歲'];

/** Per-unit denominators of rates (元/年, 元/笔). */
export const rateDenominators: ReadonlyMap<string, string> = new Map([
  ['年', 'year'],
  ['月', 'month'],
  ['天', 'day'],
  ['日', 'day'],
  ['笔', 'transaction'],
  ['筆', 'transaction'],
  ['户', 'account'],
  ['戶', 'account'],
  ['人', 'person'],
  ['次', 'time'],
  ['股', 'share'],
  ['吨', 't'],
  ['噸', 't'],
  ['桶', 'barrel'],
  ['克', 'g'],
]);

/** Words that make a money amount a per-account figure (户均, 单账户). */
export const perAccountMarkers: readonly string[] = ['单账户', '單賬戶', '单个账户', '單個賬戶', '每户', '每戶', '户均', '戶均', '每个账户', '每個賬戶'];

export const perYearMarkers: readonly string[] = ['每年', '年均', '/年'];

/**
 * Fixed phrases built from numerals that are names, slogans or idioms, not quantities
 * (两个一百年 = the Two Centenaries). Numerals without a unit (十四五, 一带一路) need no entry.
 */
export const numeralSetPhrases: readonly string[] = [
  '两个一百年',
  '兩個一百年',
  '一个中心',
  '一個中心',
  '一张蓝图',
  '一張藍圖',
  '三个代表',
  '三個代表',
  '四个全面',
  '四個全面',
  '四个意识',
  '四個意識',
  '两个维护',
  '兩個維護',
  '两个确立',
  '兩個確立',
  '八项规定',
  '八項規定',
  '四个自信',
  '四個自信',
  '两个毫不动摇',
  '兩個毫不動搖',
  '三位一体',
  '三位一體',
  '五位一体',
  '五位一體',
  '千家万户',
  '千家萬戶',
  '成千上万',
  '成千上萬',
  '成百上千',
  '数以万计',
  '數以萬計',
  '七上八下',
  '三三两两',
  '三三兩兩',
  '一年一度',
  '一年四季',
  '三年五载',
  '十年树木',
  '百年大计',
];

/** Characters after 成 that make it a verb or a noun (成立, 成本), not tenths. */
export const tenthsBlockers = new Set([...'立功本员員果熟交长長就型不效绩績交']);
