/**
 * The scanners of the date recogniser. Each finds candidate date expressions in the folded view
 * of the text (see datesText.ts) and describes them as an anchor year plus a shape within it,
 * leaving resolution (which year 今年 or a bare 3月 means) to dates.ts.
 *
 * Every pattern is anchored on a short literal or a bounded digit group and uses only bounded
 * repetition, so a scan is linear in the length of the text.
 */
import { DateTextView } from './datesText';
import { chineseDigitYear, englishMonth, expandTwoDigitYear, isValidDay, smallNumber } from './datesCalendar';

/** Which year an expression is about. */
export type YearAnchor =
  /** A year written in the text. */
  | { kind: 'absolute'; year: number }
  /** 今年 (0), 去年 (-1), 明年 (+1), this year …: counted from the document date. */
  | { kind: 'document'; offset: number }
  /** 上年 (-1), 同年 (0), 次年 (+1): counted from the date that governs the sentence. */
  | { kind: 'governing'; offset: number; documentFallback: boolean }
  /** No year written (3月, 上半年, 年初): the governing date's year, else the document date's. */
  | { kind: 'context' };

/** The part of the anchor year an expression denotes. */
export type Shape =
  | { type: 'year' }
  | { type: 'yearEnd' }
  /** 年初: a point (较年初) or, with a stated year, the fuzzy start of the year (first quarter). */
  | { type: 'yearStart'; fuzzy: boolean }
  | { type: 'month'; month: number }
  | { type: 'monthEnd'; month: number }
  /** 上旬/中旬/下旬. */
  | { type: 'monthPart'; month: number; part: number }
  | { type: 'day'; month: number; day: number }
  /** A run of whole months (1-6月, 前10个月, 前三季度). */
  | { type: 'months'; from: number; to: number }
  | { type: 'quarter'; quarter: number }
  | { type: 'quarterEnd'; quarter: number }
  | { type: 'half'; half: number }
  | { type: 'halfEnd'; half: number }
  /** Inclusive run of years from the anchor year to toYear (2016-2020年). */
  | { type: 'years'; toYear: number }
  /** 本月 (0), 上月 (-1): months counted from the document date. */
  | { type: 'documentMonth'; offset: number }
  /** 本季, 上季 (Hong Kong's this and last quarter): counted from the document date's quarter. */
  | { type: 'documentQuarter'; offset: number }
  /** 17日 in a news report (国家统计局17日发布): a day of the document's month, or of the month before. */
  | { type: 'documentDay'; day: number };

/** Whether the expression reaches beyond its shape: 以来/至今 (up to the document date), 起 (onwards). */
export type Extent = 'as-written' | 'since' | 'onwards';

export interface Candidate {
  /** View offsets of the whole expression. */
  start: number;
  end: number;
  /** View offset where the expression ends without its extent suffix (以来, 起 …). */
  coreEnd: number;
  anchor: YearAnchor;
  shape: Shape;
  extent: Extent;
}

const SP = '[ \\t]{0,2}';
const MONTH = '(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
/** How many months a running total covers (前10个月, 前两个月). */
const MONTH_COUNT = '(1[0-2]|0?[1-9]|十[一二]?|[一二两兩三四五六七八九])';
const DAY = '(3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const QUARTER_NUMBER: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const DURATION_WORDS = '近|连续|連續|过去|過去|未来|未來|长达|長達|约|約|逾|超过|超過|第|每';

interface TailRule {
  pattern: RegExp;
  shape: (match: RegExpExecArray) => Shape | null;
}

const month = (text: string | undefined) => {
  const value = text === undefined ? null : smallNumber(text);
  return value !== null && value >= 1 && value <= 12 ? value : null;
};

/** Rules for what follows a month number, shared by year-led and year-less expressions. */
const MONTH_RULES: TailRule[] = [
  {
    pattern: new RegExp(`${SP}${MONTH}${SP}(?:月(?:份)?)?${SP}(?:-{1,2}|~|至|到)${SP}${MONTH}${SP}月(?:份)?`, 'y'),
    shape: (m) => {
      const from = month(m[1]);
      const to = month(m[2]);
      return from !== null && to !== null && from < to ? { type: 'months', from, to } : null;
    },
  },
  {
    pattern: new RegExp(`${SP}${MONTH}${SP}月${SP}${DAY}${SP}[日号號]`, 'y'),
    shape: (m) => {
      const value = month(m[1]);
      const day = smallNumber(m[2]!);
      return value !== null && day !== null && isValidDay(2000, value, day) ? { type: 'day', month: value, day } : null;
    },
  },
  {
    pattern: new RegExp(`${SP}${MONTH}${SP}月(?:份)?${SP}[末底]`, 'y'),
    shape: (m) => {
      const value = month(m[1]);
      return value === null ? null : { type: 'monthEnd', month: value };
    },
  },
  {
    pattern: new RegExp(`${SP}${MONTH}${SP}月(?:份)?(上旬|中旬|下旬)`, 'y'),
    shape: (m) => {
      const value = month(m[1]);
      return value === null ? null : { type: 'monthPart', month: value, part: '上中下'.indexOf(m[2]![0]!) + 1 };
    },
  },
  {
    pattern: new RegExp(`${SP}${MONTH}${SP}月(?:份)?`, 'y'),
    shape: (m) => {
      const value = month(m[1]);
      return value === null ? null : { type: 'month', month: value };
    },
  },
];

/** Rules for what follows 年 (2024年…, 今年…), tried in order; the first that matches wins. */
const YEAR_RULES: TailRule[] = [
  {
    // 2024年Q1-Q3, 2024年一至三季度, 2024年第一至第三季度: a run of quarters.
    pattern: new RegExp(
      `${SP}(?:[Qq]([1-4])${SP}(?:-{1,2}|~|至|到)${SP}[Qq]([1-4])(?![0-9A-Za-z])|第?([一二三四1-4])(?:季度)?${SP}(?:-{1,2}|~|至|到)${SP}第?([一二三四1-4])季度)`,
      'y',
    ),
    shape: (m) => {
      const from = QUARTER_NUMBER[m[1] ?? m[3]!]!;
      const to = QUARTER_NUMBER[m[2] ?? m[4]!]!;
      return from < to ? { type: 'months', from: from * 3 - 2, to: to * 3 } : null;
    },
  },
  {
    pattern: new RegExp(`${SP}(?:第)?([一二三四1-4])(?:季度|季)(?:${SP}([末底]))?`, 'y'),
    shape: (m) => {
      const quarter = QUARTER_NUMBER[m[1]!]!;
      return m[2] ? { type: 'quarterEnd', quarter } : { type: 'quarter', quarter };
    },
  },
  { pattern: new RegExp(`${SP}[Qq]([1-4])(?![0-9A-Za-z])`, 'y'), shape: (m) => ({ type: 'quarter', quarter: Number(m[1]) }) },
  { pattern: new RegExp(`${SP}[Hh]([12])(?![0-9A-Za-z])`, 'y'), shape: (m) => ({ type: 'half', half: Number(m[1]) }) },
  {
    pattern: new RegExp(`${SP}([上下])半年(?:${SP}([末底]))?`, 'y'),
    shape: (m) => {
      const half = m[1] === '上' ? 1 : 2;
      return m[2] ? { type: 'halfEnd', half } : { type: 'half', half };
    },
  },
  {
    // 2025年前三季度; Hong Kong's 2025年首三季 and 首兩季 (the first three and two quarters).
    pattern: new RegExp(`${SP}[前首]([一二两兩三1-3])(?:个|個)?季(?:度)?`, 'y'),
    shape: (m) => ({ type: 'months', from: 1, to: QUARTER_NUMBER[m[1]!]! * 3 }),
  },
  {
    // Hong Kong's 2025年首季, 次季: the first and the second quarter.
    pattern: new RegExp(`${SP}([首次])季(?:度)?(?:${SP}([末底]))?`, 'y'),
    shape: (m) => {
      const quarter = m[1] === '首' ? 1 : 2;
      return m[2] ? { type: 'quarterEnd', quarter } : { type: 'quarter', quarter };
    },
  },
  {
    // Hong Kong writes 首九個月 (the first nine months) for the mainland's 前九个月.
    pattern: new RegExp(`${SP}[前首]${MONTH_COUNT}(?:个|個)?月(?:份)?`, 'y'),
    shape: (m) => {
      const to = month(m[1]);
      return to === null ? null : { type: 'months', from: 1, to };
    },
  },
  ...MONTH_RULES,
  { pattern: new RegExp(`${SP}年?[末底]`, 'y'), shape: () => ({ type: 'yearEnd' }) },
  { pattern: new RegExp(`${SP}年?初`, 'y'), shape: () => ({ type: 'yearStart', fuzzy: true }) },
  { pattern: /(?:全年|年度|度)/y, shape: () => ({ type: 'year' }) },
];

const EXTENT_RULES: { pattern: RegExp; extent: Extent }[] = [
  { pattern: new RegExp(`${SP}(?:以来|以來)`, 'y'), extent: 'since' },
  { pattern: new RegExp(`${SP}至今`, 'y'), extent: 'since' },
  { pattern: /[来來](?![自源看说說])/y, extent: 'since' },
  { pattern: /起(?![步飞飛草源点點诉訴身来來见見初])/y, extent: 'onwards' },
];

function applyRules(text: string, at: number, rules: readonly TailRule[]): { shape: Shape; end: number } | null {
  for (const rule of rules) {
    rule.pattern.lastIndex = at;
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const shape = rule.shape(match);
    if (shape) return { shape, end: at + match[0].length };
  }
  return null;
}

function readExtent(text: string, at: number): { extent: Extent; end: number } {
  for (const rule of EXTENT_RULES) {
    rule.pattern.lastIndex = at;
    const match = rule.pattern.exec(text);
    if (match) return { extent: rule.extent, end: at + match[0].length };
  }
  return { extent: 'as-written', end: at };
}

/** A year-led expression: the tail after 年 decides the shape, then an optional 以来/起. */
function yearLed(text: string, start: number, headEnd: number, anchor: YearAnchor): Candidate {
  const tail = applyRules(text, headEnd, YEAR_RULES);
  const shape: Shape = tail?.shape ?? { type: 'year' };
  const coreEnd = tail?.end ?? headEnd;
  const { extent, end } = readExtent(text, coreEnd);
  return { start, end, coreEnd, anchor, shape, extent };
}

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    yield match;
    if (match[0].length === 0) pattern.lastIndex++;
  }
}

const YEAR4 = '((?:19|20)[0-9]{2})';

/** Chinese expressions led by a written year: 2024年6月末, 2022 年全年, 二〇二四年, 22年末. */
function scanChineseYears(text: string, out: Candidate[]): void {
  const fourDigits = new RegExp(`(?<![0-9A-Za-z])(?<!${DURATION_WORDS})${YEAR4}${SP}(?:财年|財年|年(?!代))`, 'g');
  for (const m of matches(fourDigits, text)) {
    const headEnd = m.index + m[0].length;
    out.push(yearLed(text, m.index, headEnd, { kind: 'absolute', year: Number(m[1]) }));
  }
  // Taiwan's press writes the year it means beside the relative word: 去（2025）年, 今(2026)年.
  const bracketed = new RegExp(`[今去明前][（(]${SP}${YEAR4}${SP}[)）]${SP}年`, 'g');
  for (const m of matches(bracketed, text)) {
    out.push(yearLed(text, m.index, m.index + m[0].length, { kind: 'absolute', year: Number(m[1]) }));
  }
  // Two-digit years are years only when a month, quarter, half or year-end follows (22年末, 22年3月).
  const twoDigits = new RegExp(
    `(?<![0-9A-Za-z'.])(?<!${DURATION_WORDS}|前|后|後)([0-9]{2})年(?=年?[末底初]|[上下]半年|全年|第?[一二三四]季|[Qq][1-4]|(?:1[0-2]|0?[1-9])${SP}月)`,
    'g',
  );
  for (const m of matches(twoDigits, text)) {
    const year = expandTwoDigitYear(Number(m[1]));
    out.push(yearLed(text, m.index, m.index + m[0].length, { kind: 'absolute', year }));
  }
  // 二〇二四年: found from each 年, the four numerals before it (no match can hold a 年, so none overlap).
  for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
    if (!isChineseYearDigits(text, at - 4, at)) continue;
    const year = chineseDigitYear(text.slice(at - 4, at));
    if (year !== null) out.push(yearLed(text, at - 4, at + 1, { kind: 'absolute', year }));
  }
}

const CHINESE_YEAR_DIGITS = '〇零○一二三四五六七八九';

/** True when every character of text[from, to) is a numeral a year is written with (二〇二四). */
export function isChineseYearDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!CHINESE_YEAR_DIGITS.includes(text[i]!)) return false;
  return true;
}

/** 今年, 去年, 上年末, 今年前10月, 同年10月 …: a year word, then the same tail as a written year. */
function scanRelativeYears(text: string, out: Candidate[]): void {
  const words = /(?<![以之每基根资資成样樣版])(今年度?|本年度|本年(?=[末底初]|[上下]半年|前|第|[0-9一二三四五六七八九十]|以[来來])|去年|上一?年度?|前年|明年|同年|次年|翌年)(?!同期|纪|紀|龄|齡|均|化|轻|輕)/g;
  for (const m of matches(words, text)) {
    const word = m[1]!;
    let anchor: YearAnchor;
    if (word.startsWith('今') || word.startsWith('本')) anchor = { kind: 'document', offset: 0 };
    else if (word === '去年') anchor = { kind: 'document', offset: -1 };
    else if (word === '前年') anchor = { kind: 'document', offset: -2 };
    else if (word === '明年') anchor = { kind: 'document', offset: 1 };
    else if (word.startsWith('上')) anchor = { kind: 'governing', offset: -1, documentFallback: true };
    else if (word === '同年') anchor = { kind: 'governing', offset: 0, documentFallback: false };
    else anchor = { kind: 'governing', offset: 1, documentFallback: false };
    // A digit or numeral just before 前年 makes it “… years before” (三年前年 is not a date).
    if (word === '前年' && /[0-9一二三四五六七八九十几幾多]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    out.push(yearLed(text, m.index, m.index + m[0].length, anchor));
  }
}

const YEARLESS_GUARD = '(?<![0-9A-Za-z.%])(?<!近|前|后|後|每|逾|超|约|約|第|个|個|连续|連續|过去|過去|未来|未來|最近|这|這|那|几|幾|多|数|數|年)';

/** Expressions without a year: 3月, 12月17日, 1-6月, 一季度, 上半年, 前10个月, 年初, 本月. */
function scanYearless(text: string, out: Candidate[]): void {
  const context: YearAnchor = { kind: 'context' };
  // 3月期 is a three-month tenor, not March; 3月期间 is March again.
  // The look-ahead before the guard: V8 then tests the look-behinds only where a month number stands.
  for (const m of matches(new RegExp(`(?=(?:1[0-2]|0?[1-9])${SP}(?:月(?!期(?![间間]))|(?:-{1,2}|~|至|到)))${YEARLESS_GUARD}`, 'g'), text)) {
    const tail = applyRules(text, m.index, MONTH_RULES);
    if (!tail) continue;
    const { extent, end } = readExtent(text, tail.end);
    out.push({ start: m.index, end, coreEnd: tail.end, anchor: context, shape: tail.shape, extent });
  }
  // Hong Kong writes 第三季, 首季 and 次季 for 第三季度, 一季度 and 二季度.
  const quarter = /(?<![前每上下本近这這])(?:(?:第([一二三四1-4])|([一二三四]))季度|第([一二三四1-4])季(?!度)|([首次])季(?:度)?)(?:[ \t]{0,2}([末底]))?/g;
  for (const m of matches(quarter, text)) {
    const number = m[4] ? (m[4] === '首' ? 1 : 2) : QUARTER_NUMBER[m[1] ?? m[2] ?? m[3]!]!;
    const shape: Shape = m[5] ? { type: 'quarterEnd', quarter: number } : { type: 'quarter', quarter: number };
    out.push({ start: m.index, end: m.index + m[0].length, coreEnd: m.index + m[0].length, anchor: context, shape, extent: 'as-written' });
  }
  // Hong Kong's 中期 before the profit it reports (中期多赚14%, 中期纯利) is the first half; 中期票据 and 中期借贷便利 are no period.
  const half = /(?<![0-9前后後])(?:([上下])半年(?:[ \t]{0,2}([末底]))?|中期(?=[多少]?[赚賺]|[纯純]利|溢利|盈利|[净淨]利|[业業][绩績]))/g;
  for (const m of matches(half, text)) {
    const number = m[1] === '下' ? 2 : 1;
    const shape: Shape = m[2] ? { type: 'halfEnd', half: number } : { type: 'half', half: number };
    out.push({ start: m.index, end: m.index + m[0].length, coreEnd: m.index + m[0].length, anchor: context, shape, extent: 'as-written' });
  }
  const firstMonths = new RegExp(`(?<![近最])(?:[前首]${MONTH_COUNT}(?:个|個)?月(?:份)?|前(?:([一二三1-3])(?:个|個)?季(?:度)?)|首([两兩三])季(?:度)?)`, 'g');
  for (const m of matches(firstMonths, text)) {
    const to = m[1] !== undefined ? month(m[1]) : QUARTER_NUMBER[m[2] ?? m[3]!]! * 3;
    if (to === null) continue;
    const shape: Shape = { type: 'months', from: 1, to };
    out.push({ start: m.index, end: m.index + m[0].length, coreEnd: m.index + m[0].length, anchor: context, shape, extent: 'as-written' });
  }
  // 年初至报告期末 in a filing is the span its report covers, which the claims take from the report.
  const yearPart = /(?<![0-9今去明上本同次前翌每逐历歷跨当當全年])年(初(?![ \t]*至[ \t]*本?报告期末)|末|底)/g;
  for (const m of matches(yearPart, text)) {
    const shape: Shape = m[1] === '初' ? { type: 'yearStart', fuzzy: false } : { type: 'yearEnd' };
    const coreEnd = m.index + m[0].length;
    const { extent, end } = readExtent(text, coreEnd);
    out.push({ start: m.index, end, coreEnd, anchor: context, shape, extent });
  }
  // 17日发布, 10日公布: a bare day before a reporting verb, in news written days after it.
  const newsDay = /(?<![0-9月年.:\-/第每前后後近逾约約])(3[01]|[12][0-9]|0?[1-9])[ ]?日(?=[ ]?(?:发布|發布|公布|表示|召开|召開|举行|舉行|宣布|披露|晚间|晚間|早间|早間|电|電|讯|訊|报道|報導|介绍|介紹|指出|称|稱|在|于|於))/g;
  for (const m of matches(newsDay, text)) {
    const shape: Shape = { type: 'documentDay', day: Number(m[1]) };
    out.push({ start: m.index, end: m.index + m[0].length, coreEnd: m.index + m[0].length, anchor: { kind: 'document', offset: 0 }, shape, extent: 'as-written' });
  }
  // 上季手续费及佣金净收入增8.9%: the quarter before the document's. A comparison's base (较上季, 环比上季) stays
  // a word of the comparison, which the metric binder reads as period on period.
  const relativeQuarter = /(?<![以之每较較比与與同])(本季|上季)(?![末底度])/g;
  for (const m of matches(relativeQuarter, text)) {
    const shape: Shape = { type: 'documentQuarter', offset: m[1] === '本季' ? 0 : -1 };
    out.push({ start: m.index, end: m.index + m[0].length, coreEnd: m.index + m[0].length, anchor: { kind: 'document', offset: 0 }, shape, extent: 'as-written' });
  }
  const relativeMonth = /(?<![以之每])(本月|上月|上个月|上個月)/g;
  for (const m of matches(relativeMonth, text)) {
    const shape: Shape = { type: 'documentMonth', offset: m[1] === '本月' ? 0 : -1 };
    out.push({ start: m.index, end: m.index + m[0].length, coreEnd: m.index + m[0].length, anchor: { kind: 'document', offset: 0 }, shape, extent: 'as-written' });
  }
}

const TIME = '(?:(?:T|[ ]{1,2})(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,6})?)?(?:Z|[ ]?[+-][0-9]{2}:?[0-9]{2}|[ ]?(?:GMT|UTC))?)?';

/** Numeric forms: 2023-06-29 (with a time), 2023/6/29, 30.06.2024, 2023-06, 2016-2020年, 20162020 年, 2024Q2. */
function scanNumeric(text: string, out: Candidate[]): void {
  const push = (start: number, end: number, year: number, shape: Shape) =>
    out.push({ start, end, coreEnd: end, anchor: { kind: 'absolute', year }, shape, extent: 'as-written' });

  const day = new RegExp(
    `(?<![0-9A-Za-z./-])${YEAR4}([-/.])(1[0-2]|0?[1-9])\\2(3[01]|[12][0-9]|0?[1-9])(?![0-9]|[-/.][0-9])${TIME}`,
    'g',
  );
  for (const m of matches(day, text)) {
    const [year, monthNumber, dayNumber] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (isValidDay(year, monthNumber, dayNumber)) push(m.index, m.index + m[0].length, year, { type: 'day', month: monthNumber, day: dayNumber });
  }
  // Day-first or month-first with the year last: only when one of the two cannot be a month.
  const yearLast = /(?<![0-9A-Za-z./-])(3[01]|[12][0-9]|0?[1-9])([/.])(3[01]|[12][0-9]|0?[1-9])\2((?:19|20)[0-9]{2})(?![0-9]|[-/.][0-9])/g;
  for (const m of matches(yearLast, text)) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const monthDay = first > 12 ? [second, first] : second > 12 ? [first, second] : null;
    if (monthDay && isValidDay(year, monthDay[0]!, monthDay[1]!))
      push(m.index, m.index + m[0].length, year, { type: 'day', month: monthDay[0]!, day: monthDay[1]! });
  }
  const yearMonth = new RegExp(`(?<![0-9A-Za-z./-])${YEAR4}[-/](0[1-9]|1[0-2])(?![0-9]|[-/.][0-9])`, 'g');
  for (const m of matches(yearMonth, text)) push(m.index, m.index + m[0].length, Number(m[1]), { type: 'month', month: Number(m[2]) });

  const yearRange = new RegExp(
    `(?<![0-9A-Za-z./-])(?<!${DURATION_WORDS})${YEAR4}(?:${SP}年)?${SP}(?:-{1,2}|~|至|到|to|through)${SP}${YEAR4}(?![0-9]|[-/.][0-9])(?:${SP}(?:年度|年))?`,
    'g',
  );
  for (const m of matches(yearRange, text)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (from < to && to - from <= 50) push(m.index, m.index + m[0].length, from, { type: 'years', toYear: to });
  }
  // Two years glued together where extraction lost the dash: 20162020 年.
  const gluedYears = new RegExp(`(?<![0-9])${YEAR4}${YEAR4}${SP}年`, 'g');
  for (const m of matches(gluedYears, text)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (from < to && to - from <= 50) push(m.index, m.index + m[0].length, from, { type: 'years', toYear: to });
  }
  // A fiscal year across two calendar years (2023/24财年, FY2023/24, 2023/2024 fiscal year): the
  // interval that holds it, whatever month it starts in.
  const splitFiscal = new RegExp(
    `(?<![0-9A-Za-z./-])(?:(FY)${SP})?${YEAR4}/([0-9]{2}|${YEAR4.slice(1, -1)})(?![0-9])(?:${SP}(财年|財年|财政年度|財政年度|年度|[Ff]iscal[ ][Yy]ear|[Ff]inancial[ ][Yy]ear))?`,
    'g',
  );
  for (const m of matches(splitFiscal, text)) {
    if (!m[1] && !m[4]) continue;
    const from = Number(m[2]);
    const to = m[3]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[3]) : Number(m[3]);
    if (to === from + 1) push(m.index, m.index + m[0].length, from, { type: 'years', toYear: to });
  }
  const yearPeriod = new RegExp(`(?<![0-9A-Za-z])${YEAR4}[ ]?(?:Q([1-4])|H([12]))(?![0-9A-Za-z])`, 'g');
  for (const m of matches(yearPeriod, text)) {
    const shape: Shape = m[2] ? { type: 'quarter', quarter: Number(m[2]) } : { type: 'half', half: Number(m[3]) };
    push(m.index, m.index + m[0].length, Number(m[1]), shape);
  }
}

const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?[ ]{1,2})?';
const ENGLISH_COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const ORDINAL = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 } as const;
/** A year after a period word: 2024, '24 or (glued) 24. */
const SHORT_OR_LONG_YEAR = `(?:((?:19|20)[0-9]{2})|'([0-9]{2})|([0-9]{2}))(?![0-9A-Za-z])`;

function yearOf(long: string | undefined, apostrophe: string | undefined, glued: string | undefined, gap: string): number | null {
  if (long) return Number(long);
  if (apostrophe) return expandTwoDigitYear(Number(apostrophe));
  // A bare two-digit year only when glued to the period word (1H24, FY23; not “Q1 24”).
  if (glued && gap === '') return expandTwoDigitYear(Number(glued));
  return null;
}

/** English forms: RFC 2822, March 3, 2024, 3 March 2024, March 2024, end of 2023, Q2 2024, 1H24, FY2023, in 2023. */
function scanEnglish(text: string, out: Candidate[]): void {
  const push = (start: number, end: number, year: number, shape: Shape, extent: Extent = 'as-written') =>
    out.push({ start, end, coreEnd: end, anchor: { kind: 'absolute', year }, shape, extent });

  const dayFirst = new RegExp(`\\b${WEEKDAY}(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?[ ]{1,2}(?:of[ ])?${MONTH_NAME},?[ ]{1,2}${YEAR4}(?![0-9])${TIME}`, 'g');
  for (const m of matches(dayFirst, text)) {
    const [day, monthNumber, year] = [Number(m[1]), englishMonth(m[2]!)!, Number(m[3])];
    if (isValidDay(year, monthNumber, day)) push(m.index, m.index + m[0].length, year, { type: 'day', month: monthNumber, day });
  }
  // A byline glued by extraction (PUBLISHED ONAugust 07, 2025) still opens the date after its capitals.
  const monthFirst = new RegExp(`(?:\\b|(?<=[A-Z]{2}))${WEEKDAY}${MONTH_NAME}[ ]{1,2}(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?,?[ ]{1,2}${YEAR4}(?![0-9])${TIME}`, 'g');
  for (const m of matches(monthFirst, text)) {
    const [monthNumber, day, year] = [englishMonth(m[1]!)!, Number(m[2]), Number(m[3])];
    if (isValidDay(year, monthNumber, day)) push(m.index, m.index + m[0].length, year, { type: 'day', month: monthNumber, day });
  }
  // "the three months ended Jun 30, 2025", "the half-year ended 30 June 2025": the span that ends on that day, when it
  // lies within one calendar year (a fiscal year ended in March is left to the day alone).
  const endedSpan = new RegExp(
    `\\b(?:(three|six|nine|twelve|3|6|9|12)[ -]months?|(quarter|half[- ]year|half|(?:financial[ ]|fiscal[ ])?year))(?:[ ]period)?[ ]ended[ ](?:on[ ])?(?:(3[01]|[12][0-9]|0?[1-9])[ ]${MONTH_NAME}|${MONTH_NAME}[ ](3[01]|[12][0-9]|0?[1-9]))(?:st|nd|rd|th)?,?[ ]{1,2}${YEAR4}(?![0-9])`,
    'gi',
  );
  for (const m of matches(endedSpan, text)) {
    const word = (m[1] ?? m[2]!).toLowerCase();
    const months = /^(?:three|3|quarter)$/.test(word) ? 3 : /^(?:six|6|half)/.test(word) ? 6 : /^(?:nine|9)$/.test(word) ? 9 : 12;
    const to = englishMonth(m[4] ?? m[5]!);
    const year = Number(m[7]);
    if (to === null || to - months + 1 < 1) continue;
    const shape: Shape =
      months === 12 ? { type: 'year' } : months === 3 && to % 3 === 0 ? { type: 'quarter', quarter: to / 3 } : months === 6 && to % 6 === 0 ? { type: 'half', half: to / 6 } : { type: 'months', from: to - months + 1, to };
    push(m.index, m.index + m[0].length, year, shape);
  }
  const monthYear = new RegExp(`\\b(?:(end[ ]of[ ]|end-)|(?:mid|early|late)-)?${MONTH_NAME},?[ ]{1,2}(?:${YEAR4}|'([0-9]{2}))(?![0-9])`, 'gi');
  for (const m of matches(monthYear, text)) {
    const monthNumber = englishMonth(m[2]!);
    // “may 2024” in lower case is a verb before a number far more often than a month.
    if (monthNumber === null || m[2] === 'may') continue;
    const year = m[3] ? Number(m[3]) : expandTwoDigitYear(Number(m[4]));
    push(m.index, m.index + m[0].length, year, m[1] ? { type: 'monthEnd', month: monthNumber } : { type: 'month', month: monthNumber });
  }
  const yearEnd = new RegExp(
    `\\b(?:(?:end|close)[ ]of[ ](?:the[ ])?(?:(?:fiscal|financial|calendar)[ ])?(?:year[ ])?|year-end[ ]|end-)${YEAR4}(?![0-9])|\\b${YEAR4}[ ]year-end\\b`,
    'gi',
  );
  for (const m of matches(yearEnd, text)) push(m.index, m.index + m[0].length, Number(m[1] ?? m[2]), { type: 'yearEnd' });

  const periodFirst = new RegExp(`\\b(Q|H)([1-4])([ ]?)${SHORT_OR_LONG_YEAR}`, 'g');
  const numberFirst = new RegExp(`\\b([1-4])(Q|H)([ ]?)${SHORT_OR_LONG_YEAR}`, 'g');
  for (const pattern of [periodFirst, numberFirst]) {
    for (const m of matches(pattern, text)) {
      const letter = pattern === periodFirst ? m[1]! : m[2]!;
      const number = Number(pattern === periodFirst ? m[2] : m[1]);
      const year = yearOf(m[4], m[5], m[6], m[3]!);
      if (year === null || (letter === 'H' && number > 2)) continue;
      push(m.index, m.index + m[0].length, year, letter === 'Q' ? { type: 'quarter', quarter: number } : { type: 'half', half: number });
    }
  }
  // Analysts' 1HFY2025, 2QFY25, H1 FY25: a half or a quarter of a fiscal year, read as the calendar one banks report by.
  const fiscalPart = new RegExp(`\\b(?:([1-4])(Q|H)|(Q|H)([1-4]))[ ]?FY[ ]?(?:((?:19|20)[0-9]{2})|([0-9]{2}))(?![0-9A-Za-z])`, 'g');
  for (const m of matches(fiscalPart, text)) {
    const letter = m[2] ?? m[3]!;
    const number = Number(m[1] ?? m[4]);
    if (letter === 'H' && number > 2) continue;
    const year = m[5] ? Number(m[5]) : expandTwoDigitYear(Number(m[6]));
    push(m.index, m.index + m[0].length, year, letter === 'Q' ? { type: 'quarter', quarter: number } : { type: 'half', half: number });
  }
  // first-half 2025, as an adjective, too.
  const spelledPeriod = new RegExp(`\\b(first|second|third|fourth|1st|2nd|3rd|4th)[ -](quarter|half)(?:[ ]of)?(?:[ ]the[ ]year)?,?[ ]${YEAR4}(?![0-9])`, 'gi');
  for (const m of matches(spelledPeriod, text)) {
    const number = ORDINAL[m[1]!.toLowerCase() as keyof typeof ORDINAL];
    const isQuarter = m[2]!.toLowerCase() === 'quarter';
    if (!isQuarter && number > 2) continue;
    push(m.index, m.index + m[0].length, Number(m[3]), isQuarter ? { type: 'quarter', quarter: number } : { type: 'half', half: number });
  }
  // January-September 2023, January to September 2023: a run of months.
  const monthRun = new RegExp(`\\b${MONTH_NAME}[ ]?(?:-{1,2}|to|through|until)[ ]?${MONTH_NAME},?[ ]{1,2}${YEAR4}(?![0-9])`, 'g');
  for (const m of matches(monthRun, text)) {
    const [from, to] = [englishMonth(m[1]!), englishMonth(m[2]!)];
    if (from !== null && to !== null && from < to) push(m.index, m.index + m[0].length, Number(m[3]), { type: 'months', from, to });
  }
  // Q1 to Q3 of 2025, Q1-Q3 2025: the quarters from January to the last one named.
  const quarterRun = new RegExp(`\\b(?:Q1|1Q)[ ]?(?:-{1,2}|–|to|through)[ ]?(?:Q([2-4])|([2-4])Q)(?:[ ]of)?,?[ ]${YEAR4}(?![0-9])`, 'g');
  for (const m of matches(quarterRun, text)) push(m.index, m.index + m[0].length, Number(m[3]), { type: 'months', from: 1, to: 3 * Number(m[1] ?? m[2]) });
  // the first three quarters of 2023, the first 10 months of 2024: a running total from January.
  const firstPeriods = new RegExp(
    `\\b[Ff]irst[ ](two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])[ ](months|quarters)(?:[ ]of)?(?:[ ]the[ ](?:fiscal[ ])?year)?,?[ ]${YEAR4}(?![0-9])`,
    'g',
  );
  for (const m of matches(firstPeriods, text)) {
    const count = ENGLISH_COUNTS.indexOf(m[1]!) >= 0 ? ENGLISH_COUNTS.indexOf(m[1]!) + 2 : Number(m[1]);
    const to = m[2] === 'quarters' ? count * 3 : count;
    if (to >= 2 && to <= 12) push(m.index, m.index + m[0].length, Number(m[3]), { type: 'months', from: 1, to });
  }
  const fiscal = new RegExp(`\\b(?:FY([ ]?)|[Ff]iscal[ ](?:[Yy]ear[ ])?)${SHORT_OR_LONG_YEAR}`, 'g');
  for (const m of matches(fiscal, text)) {
    const year = yearOf(m[2], m[3], m[4], m[1] ?? ' ');
    if (year !== null) push(m.index, m.index + m[0].length, year, { type: 'year' });
  }
  // A bare year counts only where English grammar makes it one (in 2023, since 2015, by 2025).
  const contextYear = new RegExp(
    `(?:\\b|(?=\\())([Ss]ince[ ]|(?:[Ii]n|[Dd]uring|[Uu]ntil|[Tt]hrough|[Bb]y|[Ff]or|[Ee]arly|[Ll]ate|[Mm]id-?|[Bb]efore|[Aa]fter|[Ff]rom|[Bb]etween|and|year|of|with|than|versus|vs\\.?|ahead[ ]to)[ ](?:the[ ]year[ ])?|\\((?=[0-9]{4}:))${YEAR4}(?![0-9]|[.,][0-9]|[ ]?%|[ ]?(?:percent|per cent|million|billion|trillion|thousand|yuan|dollars|people|persons|customers|users|clients|companies|firms|employees|units|shares)\\b)`,
    'g',
  );
  for (const m of matches(contextYear, text)) {
    const since = /^since/i.test(m[1]!);
    const yearStart = m.index + m[1]!.length;
    const start = since ? m.index : yearStart;
    push(start, m.index + m[0].length, Number(m[2]), { type: 'year' }, since ? 'since' : 'as-written');
  }
  // A year opening a sentence as its subject: “2023 was a year of steady progress.”
  const subjectYear = new RegExp(`(?<=^|[.!?][ ]{1,2})${YEAR4}(?=[ ](?:was|saw|marked|brought|proved|has[ ]been|will[ ]be)\\b)`, 'gm');
  for (const m of matches(subjectYear, text)) push(m.index, m.index + m[0].length, Number(m[1]), { type: 'year' });
  // Without a year (at the end of July, end-June, in July, the first seven months of the year): the
  // governing date's year, else the document's, as 7月末 and 前7个月 are read.
  const context: YearAnchor = { kind: 'context' };
  // A month's dot is left to the sentence it may end ("… at the end of July.").
  const pushContext = (start: number, matchEnd: number, shape: Shape) => {
    const end = text[matchEnd - 1] === '.' ? matchEnd - 1 : matchEnd;
    out.push({ start, end, coreEnd: end, anchor: context, shape, extent: 'as-written' });
  };
  const noYearAfter = `(?![A-Za-z]|,?[ ]{1,2}(?:(?:19|20)[0-9]{2}|'[0-9]{2}|[0-9]{1,2}(?![0-9])))`;
  const monthEndNoYear = new RegExp(`\\b(?:(?:the[ ])?end[ ]of[ ]|end-)${MONTH_NAME}${noYearAfter}`, 'g');
  for (const m of matches(monthEndNoYear, text)) {
    const monthNumber = englishMonth(m[1]!);
    if (monthNumber !== null) pushContext(m.index, m.index + m[0].length, { type: 'monthEnd', month: monthNumber });
  }
  const monthNoYear = new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Ff]or)[ ]${MONTH_NAME}${noYearAfter}`, 'g');
  for (const m of matches(monthNoYear, text)) {
    const monthNumber = englishMonth(m[1]!);
    const start = m.index + m[0].length - m[1]!.length - (m[0].endsWith('.') ? 1 : 0);
    if (monthNumber !== null) pushContext(start, m.index + m[0].length, { type: 'month', month: monthNumber });
  }
  const firstPeriodsNoYear = new RegExp(
    `\\b[Ff]irst[ ](two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])[ ](months|quarters)(?:[ ]of[ ](?:the|this)[ ](?:fiscal[ ])?year)?(?![A-Za-z]|,?[ ]{1,2}(?:of[ ])?(?:the[ ](?:fiscal[ ])?year[ ])?(?:19|20)[0-9]{2})`,
    'g',
  );
  for (const m of matches(firstPeriodsNoYear, text)) {
    const count = ENGLISH_COUNTS.indexOf(m[1]!) >= 0 ? ENGLISH_COUNTS.indexOf(m[1]!) + 2 : Number(m[1]);
    const to = m[2] === 'quarters' ? count * 3 : count;
    if (to >= 2 && to <= 12) pushContext(m.index, m.index + m[0].length, { type: 'months', from: 1, to });
  }
  const relative = /\b(?:(end[ ]of[ ])?(this|last|next)[ ]year)\b/gi;
  for (const m of matches(relative, text)) {
    const word = m[2]!.toLowerCase();
    const offset = word === 'this' ? 0 : word === 'last' ? -1 : 1;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      coreEnd: m.index + m[0].length,
      anchor: { kind: 'document', offset },
      shape: m[1] ? { type: 'yearEnd' } : { type: 'year' },
      extent: 'as-written',
    });
  }
}

/**
 * The ASCII stretches of a view that hold a Latin letter or a parenthesis, each with the character on
 * either side, joined into one string; `joinedStarts[i]` is where window i begins in it and
 * `viewStarts[i]` where it begins in the view.
 */
interface EnglishWindows {
  text: string;
  joinedStarts: number[];
  viewStarts: number[];
}

const LATIN_LETTER_OR_PARENTHESIS = /[A-Za-z(]/g;

/**
 * Where the English patterns can match: they read ASCII only (under /i too: without the u flag no
 * other character folds to ASCII), so a match lies inside one ASCII stretch, and every match holds a
 * letter except `(2023:` and a sentence's subject year, whose look-ahead needs letters in the same
 * stretch. The character on either side of a stretch is not ASCII; kept, it answers every look-around
 * and \b as in the view (a look-behind reads no further back than the stretch and that character). Null
 * when the windows would be most of the text: then the text itself is scanned.
 */
function englishWindows(text: string): EnglishWindows | null {
  const windows: { start: number; end: number }[] = [];
  let covered = 0;
  // From each letter or parenthesis (found by the pattern, which skips the rest natively) out to the
  // ends of its ASCII stretch; the search goes on after the stretch, so each is walked once.
  LATIN_LETTER_OR_PARENTHESIS.lastIndex = 0;
  for (let found = LATIN_LETTER_OR_PARENTHESIS.exec(text); found; found = LATIN_LETTER_OR_PARENTHESIS.exec(text)) {
    let at = found.index;
    while (at > 0 && text.charCodeAt(at - 1) < 0x80) at--;
    let end = found.index + 1;
    while (end < text.length && text.charCodeAt(end) < 0x80) end++;
    LATIN_LETTER_OR_PARENTHESIS.lastIndex = end;
    const start = Math.max(0, at - 1);
    const windowEnd = Math.min(text.length, end + 1);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      covered += windowEnd - last.end;
      last.end = windowEnd;
    } else {
      covered += windowEnd - start;
      windows.push({ start, end: windowEnd });
    }
  }
  if (covered * 2 > text.length) return null;
  const joinedStarts: number[] = [];
  const viewStarts: number[] = [];
  let joined = '';
  for (const window of windows) {
    joinedStarts.push(joined.length);
    viewStarts.push(window.start);
    joined += text.slice(window.start, window.end);
  }
  return { text: joined, joinedStarts, viewStarts };
}

/** The English candidates of a view; `windowed` false scans the whole view (the tests compare both). */
export function scanEnglishCandidates(text: string, windowed = true): Candidate[] {
  const out: Candidate[] = [];
  const windows = windowed ? englishWindows(text) : null;
  if (!windows) {
    scanEnglish(text, out);
    return out;
  }
  if (windows.joinedStarts.length === 0) return out;
  scanEnglish(windows.text, out);
  const { joinedStarts, viewStarts } = windows;
  for (const candidate of out) {
    // The window a match starts in: the last one starting at or before it.
    let low = 0;
    let high = joinedStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (joinedStarts[mid]! <= candidate.start) low = mid;
      else high = mid - 1;
    }
    const shift = viewStarts[low]! - joinedStarts[low]!;
    candidate.start += shift;
    candidate.end += shift;
    candidate.coreEnd += shift;
  }
  return out;
}

/** Every candidate date expression of the view, overlapping ones included. */
export function scanCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  scanChineseYears(text, out);
  scanRelativeYears(text, out);
  scanYearless(text, out);
  scanNumeric(text, out);
  for (const candidate of scanEnglishCandidates(text)) out.push(candidate);
  return out;
}

/** A text's date view and every candidate in it: read once, shared by the document date and the recogniser. */
export interface DateScan {
  readonly view: DateTextView;
  readonly candidates: readonly Candidate[];
}

export function scanDates(text: string): DateScan {
  const view = new DateTextView(text);
  return { view, candidates: scanCandidates(view.text) };
}

/** Earliest first, longest first at the same start; later candidates that overlap a chosen one are dropped. */
export function selectNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  let reached = -1;
  for (const candidate of sorted) {
    if (candidate.start < reached) continue;
    chosen.push(candidate);
    reached = candidate.end;
  }
  return chosen;
}
