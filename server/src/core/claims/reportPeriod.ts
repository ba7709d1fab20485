/**
 * The report a document covers (2024年半年度报告, 中期业绩, "2023 annual results", "in the first half of
 * 2024"): its period governs figures that state none (报告期内, 上半年 without a year). Flows are over
 * the period, stocks at its end. A document that names no report has none, whatever its date.
 */
import { monthSpan } from '../datesCalendar';
import { simplify } from '../glossary';
import type { DocumentDate, Period, Span } from '../types';
import { shorthandPeriods } from './shorthandPeriods';

/** A year's report, its first half, first quarter or first nine months. */
export type ReportPart = 'FY' | 'H1' | 'Q1' | '9M';
/** A report's part of its year, one month's statistics release (M), or one quarter's results alone (Q). */
export type ReportKind = ReportPart | 'M' | 'Q';

export interface ReportPeriod extends Span {
  kind: ReportKind;
  period: Period;
}

// The central bank's releases name their quarter too: 2024年第一季度支付体系运行总体情况, …支付业务统计数据.
const reportWords = '(?:报告|报|业绩|财报|经营业绩|业绩报告|业绩快报|财务报告|成绩单|答卷|经营成果|支付体系运行总体情况|支付业务统计数据|(?:金融|社会融资规模(?:增量)?)?统计数据报告|金融统计数据)';
// The regulator's quarterly release (2025年二季度银行业保险业主要监管指标数据) covers the year to the quarter's end.
const supervisoryRelease = '(?:银行业保险业|银行业|保险业)?(?:主要)?监管指标(?:数据)?';
const chinesePatterns: [RegExp, ReportPart][] = [
  [new RegExp(`(\\d{4})\\s*年\\s*(?:第二季度|二季度)${supervisoryRelease}`, 'g'), 'H1'],
  [new RegExp(`(\\d{4})\\s*年\\s*(?:第一季度|一季度)${supervisoryRelease}`, 'g'), 'Q1'],
  [new RegExp(`(\\d{4})\\s*年\\s*(?:第三季度|三季度)${supervisoryRelease}`, 'g'), '9M'],
  [new RegExp(`(\\d{4})\\s*年\\s*(?:第四季度|四季度)${supervisoryRelease}`, 'g'), 'FY'],
  [new RegExp(`(\\d{4})\\s*年\\s*(?:半年度|中期|上半年|半年)(?:的)?${reportWords}`, 'g'), 'H1'],
  [new RegExp(`(\\d{4})\\s*年?\\s*(?:中报|半年报)`, 'g'), 'H1'],
  [new RegExp(`(\\d{4})\\s*年\\s*(?:年度|全年)${reportWords}`, 'g'), 'FY'],
  [new RegExp(`(\\d{4})\\s*年\\s*(?:年报|度报告)|(\\d{4})\\s*年报`, 'g'), 'FY'],
  // 2024年度成绩单, 2024年度业绩快报: 年度 right after the year.
  [new RegExp(`(\\d{4})\\s*年度\\s*${reportWords}`, 'g'), 'FY'],
  // A report's header (报告期：2024年度; 报告期：2024年1-6月) names its period.
  [/报告期\s*[:：]\s*(\d{4})\s*年(?:度|\s*1\s*[-—~～至]\s*12\s*月)?(?![\d上半中一三前])/g, 'FY'],
  [/报告期\s*[:：]\s*(\d{4})\s*年\s*(?:上半年|半年度|中期|1\s*[-—~～至]\s*6\s*月)/g, 'H1'],
  // 公布了2023年业绩报告: results with a year and no part of it are the year's.
  [/(\d{4})\s*年\s*(?:业绩报告|业绩|财报|经营业绩|财务数据|财务表现|经营数据|支付体系运行总体情况|支付业务统计数据)/g, 'FY'],
  // 截至2024年12月31日全年业绩, 截至2025年6月30日止六个月之中期业绩: Hong Kong names results by the day they end.
  [/截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日\s*(?:止)?\s*(?:之|的)?\s*(?:全年|年度|财政年度|十二个月)\s*(?:之)?\s*(?:业绩|财报|报告)/g, 'FY'],
  [/截至\s*(\d{4})\s*年\s*6\s*月\s*30\s*日\s*(?:止)?\s*(?:之|的)?\s*(?:六个月|半年|中期)\s*(?:之)?\s*(?:中期)?(?:业绩|财报|报告)/g, 'H1'],
  // 兴业银行2025财报: a title may leave out the 年.
  [/(?<!\d)(\d{4})\s*(?:财报|业绩报告)/g, 'FY'],
  [new RegExp(`(\\d{4})\\s*年\\s*(?:第一季度|一季度)${reportWords}`, 'g'), 'Q1'],
  [new RegExp(`(\\d{4})\\s*年?\\s*(?:一季报)`, 'g'), 'Q1'],
  [new RegExp(`(\\d{4})\\s*年\\s*(?:前三季度|三季度)${reportWords}`, 'g'), '9M'],
  [new RegExp(`(\\d{4})\\s*年?\\s*(?:三季报)`, 'g'), '9M'],
  // A summary's header (中银香港(02388) - 2025 - 中期财报): the year, a dash and the report.
  [/(\d{4})\s*[-–—]\s*(?:中期|半年度|半年)(?:财报|报告|业绩)/g, 'H1'],
  [/(\d{4})\s*[-–—]\s*(?:年度|全年)(?:财报|报告|业绩)/g, 'FY'],
  [/(\d{4})\s*[-–—]\s*(?:第一季度|一季度)(?:财报|报告|业绩)/g, 'Q1'],
  [/(\d{4})\s*[-–—]\s*(?:第三季度|三季度)(?:财报|报告|业绩)/g, '9M'],
  // …and by its quarter (交通银行(601328) - 2025 Q2 - 季度财报): the mainland's second- and third-quarter reports are
  // the half-year's and the first three quarters', the fourth the year's.
  [/(\d{4})\s*(?:[-–—]\s*)?Q1\s*[-–—]\s*(?:季度)?(?:财报|报告|业绩)/g, 'Q1'],
  [/(\d{4})\s*(?:[-–—]\s*)?Q2\s*[-–—]\s*(?:季度)?(?:财报|报告|业绩)/g, 'H1'],
  [/(\d{4})\s*(?:[-–—]\s*)?Q3\s*[-–—]\s*(?:季度)?(?:财报|报告|业绩)/g, '9M'],
  [/(\d{4})\s*(?:[-–—]\s*)?Q4\s*[-–—]\s*(?:季度)?(?:财报|报告|业绩)/g, 'FY'],
];
const englishPatterns: [RegExp, ReportPart][] = [
  [/\b(\d{4})\s+(?:interim|half-year|half-yearly|half year|semi-annual|semiannual|first-half|first half|H1)\s+(?:financial\s+)?(?:results|report|earnings)\b/gi, 'H1'],
  [/\b(?:interim|half-year|half-yearly|semi-annual|semiannual|first-half|H1)\s+(?:financial\s+)?(?:results|report|earnings)\s+(?:for|of)\s+(?:the\s+year\s+)?(\d{4})\b/gi, 'H1'],
  // "first half of 2025", "first-half 2025", "the first six months of 2025".
  [/\bfirst[- ]half(?:\s+of)?\s+(\d{4})\b/gi, 'H1'],
  [/\bfirst six months of (\d{4})\b/gi, 'H1'],
  // Outlets that follow the mainland's 二季报 call the half-year report "2025 Q2 report".
  [/\b(\d{4})\s+Q2\s+(?:report|results|earnings)\b/gi, 'H1'],
  [/\bH1\s*(\d{4})\b/g, 'H1'],
  // Analysts' 1HFY2025: the first half of the (calendar) fiscal year.
  [/\b1H\s?FY\s?(\d{4})\b/g, 'H1'],
  [/\b(\d{4})\s+(?:annual|full-year|full year)\s+(?:results|report|earnings)\b/gi, 'FY'],
  // "its 2024 performance preliminary report", "2024 preliminary results", "2024 earnings report".
  [/\b(\d{4})\s+(?:(?:performance|earnings|financial)\s+)?(?:preliminary|flash|unaudited)\s+(?:results|report|earnings|announcement)\b/gi, 'FY'],
  [/\b(\d{4})\s+(?:earnings|financial|performance)\s+(?:report|results)\b/gi, 'FY'],
  [/(?<![-\w])(?:annual|full-year)\s+(?:results|report|earnings)\s+(?:for|of)\s+(\d{4})\b/gi, 'FY'],
  // "for the fiscal year ending December 31, 2024", "for the year ended 31 December 2024".
  [/\b(?:fiscal |financial )?year end(?:ing|ed)\s+(?:on\s+)?(?:December\s+31,?|31\s+December)\s+(\d{4})\b/gi, 'FY'],
  [/\b(\d{4})\s+(?:first-quarter|first quarter|Q1)\s+(?:results|report|earnings)\b/gi, 'Q1'],
  [/\b(?:Q1|1Q|first-quarter|first quarter)\s+(\d{4})\s+(?:financial\s+)?(?:results|report|earnings)\b/gi, 'Q1'],
  // The mainland's 三季报 is the first three quarters' report: "Q3 2025 results", "2025 third-quarter report".
  [/\b(\d{4})\s+(?:third-quarter|third quarter|Q3|3Q)\s+(?:results|report|earnings)\b/gi, '9M'],
  [/\b(?:Q3|3Q|third-quarter|third quarter)\s+(\d{4})\s+(?:financial\s+)?(?:results|report|earnings)\b/gi, '9M'],
  [/\b(?:first three quarters|first nine months|nine months ended September 30,?|nine months ended 30 September)\s+(?:of\s+)?(\d{4})\b/gi, '9M'],
];
/**
 * Results named without a year (3家数字银行半年转赚, 中期业绩, "interim results"): the latest report of that
 * kind before the document date, when the title or lead names it.
 */
const yearlessPatterns: [RegExp, ReportPart][] = [
  [/(?:上半年|半年度?|中期)(?:业绩|盈利|转赚|转盈|[多少]?赚|亏损|亏|财报|报告|成绩单|净利|溢利|纯利)/, 'H1'],
  [/(?:全年|年度)(?:业绩|盈利|财报|成绩单|(?:税后)?[多少]?赚)|年报|去年(?:自结)?(?:获利|盈利|税后净利|税后纯益|净利|(?:税后)?[多少]?赚)/, 'FY'],
  [/(?:第一季度|一季度)(?:业绩|盈利|财报)|一季报/, 'Q1'],
  [/(?:前三季度|三季度)(?:业绩|盈利|财报)|三季报/, '9M'],
  [/\b(?:interim|half-year|half-yearly|semi-annual|first-half) (?:results|earnings|profit|net profit|report|performance)\b/i, 'H1'],
  [/\b(?:annual|full-year) (?:results|earnings)\b/i, 'FY'],
];
/**
 * A lead that states the results of a period (招商银行2025年上半年归母净利润同比增长0.3%; 2024年，该行实现营收…;
 * "In 2024, the bank's net profit …") covers that period's report, when no report is named.
 */
const leadResults: [RegExp, (part: string | undefined) => ReportPart | null][] = [
  [
    // Hong Kong's 首三季, 首两季 and 首季 are the first three, two and one quarters; 纯利 and 溢利 its net profit.
    // Taiwan's 获利, 税后净利 and 税后纯益 are profit too, and its press writes 去（2025）年.
    /(\d{4})\s*[)）]?\s*年\s*(上半年|半年度|前三季度|首三季|首两季|首季|中期|第?一季度|全年|度)?[^。；;\n\d月季半]{0,24}?(?:营业收入|营收|归母净利润|净利润|利润总额|拨备前利润|纯利|溢利|获利|税后净利|税后纯益|税后盈余)/,
    (part) =>
      part === undefined || part === '全年' || part === '度'
        ? 'FY'
        : /半年|首两季|中期/.test(part)
          ? 'H1'
          : part === '前三季度' || part === '首三季'
            ? '9M'
            : 'Q1',
  ],
  // 2024年，浙江北辰银行在…背景下，展现了…。全年实现营业收入…: a year opening the lead, and the next sentence's year's results.
  [/(\d{4})\s*年[，,][^。；;\n\d]{0,60}。[\s\u3000]*全年(?:实现|录得)?(?:营业收入|营收|归母净利润|净利润)/, () => 'FY'],
  [/\b(?:in|for)\s+(\d{4}),?\s+[^.;\d]{0,60}?\b(?:operating income|revenue|net profit|profit attributable)/i, () => 'FY'],
  // "ICBC reported a net profit of RMB 366.9 billion for 2024": the year after the result.
  [/\b(?:operating income|revenue|net profit|profit attributable)\b(?:[^.;]|\.(?=\d)){0,60}?\bfor (?:the (?:fiscal |financial )?year )?(\d{4})\b(?![-–\d])/i, () => 'FY'],
  // "Standard Chartered reported Tuesday higher profit in fiscal 2025": a fiscal year after the reported result.
  [/\b(?:reported|posted|announced|booked)\b[^.;]{0,40}?\b(?:profits?|results|earnings|revenues?|income)\s+(?:in|for)\s+(?:fiscal|financial year|the (?:fiscal|financial) year)\s+(\d{4})\b(?![-–\d])/i, () => 'FY'],
];
const leadReach = 240;

/** How far into a document a yearless report name counts: the title and the lead. */
const yearlessReach = 300;
/** How long after a period's end its results are still news (annual reports come out by April). */
const reportedWithinDays = 200;

/** The shorthand parts that name a report of their own. */
const reportParts = new Set(['H1', '9M', 'Q1']);

/** How far into a document its report is named (title, lead paragraph). */
const headReach = 1_500;

/** The period a report of a kind covers in its year: FY the whole year, H1 to 30 June, Q1 to 31 March, 9M to 30 September. */
export function periodOfReport(year: number, kind: ReportPart): Period {
  const end = kind === 'FY' ? '12-31' : kind === 'H1' ? '06-30' : kind === 'Q1' ? '03-31' : '09-30';
  return { start: `${year}-01-01`, end: `${year}-${end}` };
}

const twoPeriodsReported = /\bresults for the (?:second|third|fourth) quarter and (?:the )?(?:first half|first nine months|nine months|full year)\b|\b(?:第二季度|二季度|第二季|第三季度|三季度|第三季)(?:及|和|与)(?:上半年|中期|前三季度|首三季)(?:业绩|财报)/i;

/**
 * The report a document covers, from its head: the earliest report name with a year. A year far from the
 * document date (an article citing an old report) still counts: the text says so.
 */
export function detectReportPeriod(text: string, documentDate: DocumentDate | null): ReportPeriod | null {
  const head = simplify(text.slice(0, headReach));
  // "results for the second quarter and first half of 2025": two periods at once, neither of which the figures left
  // undated can be said to be of.
  if (twoPeriodsReported.test(head)) return null;
  let best: ReportPeriod | null = monthlyRelease(head, documentDate);
  const quarter = quarterAlone(head, documentDate);
  if (quarter && (!best || quarter.start < best.start)) best = quarter;
  for (const [pattern, kind] of [...chinesePatterns, ...englishPatterns]) {
    pattern.lastIndex = 0;
    const match = pattern.exec(head);
    if (!match) continue;
    const year = Number(match[1] ?? match[2]);
    if (year < 1990 || year > 2100) continue;
    if (documentDate && Number(documentDate.date.slice(0, 4)) < year) continue;
    // 与2022年业绩巅峰时期相比: a year the text compares with is no report it covers.
    if (/(?:与|較|较|比|相比|对比|對比|相较|相較)[\s\u3000]*$/.test(head.slice(Math.max(0, match.index - 4), match.index))) continue;
    if (!best || match.index < best.start) best = { start: match.index, end: match.index + match[0].length, kind, period: periodOfReport(year, kind) };
  }
  // Analysts' shorthand for a report (宁波银行2024H1, 9M24, 24Q1), the first one that names a report kind.
  // One in brackets or after a comparison word (营收同比+2.3%(1~3Q24为+1.2%), VS1~3Q24) is an earlier period's, not the report's.
  const shorthand = shorthandPeriods(head).find(
    (candidate) =>
      reportParts.has(candidate.part) &&
      (!documentDate || Number(documentDate.date.slice(0, 4)) >= candidate.year) &&
      !/(?:[（(]|较|較|比|vs\.?)[\s\u3000]*$/i.test(head.slice(Math.max(0, candidate.start - 6), candidate.start)),
  );
  if (shorthand && (!best || shorthand.start < best.start)) {
    const kind = shorthand.part as ReportPart;
    best = { start: shorthand.start, end: shorthand.end, kind, period: periodOfReport(shorthand.year, kind) };
  }
  // The head is simplified already, and the same length as the text: the title and lead are its start.
  if (!best && documentDate) best = yearlessReport(head.slice(0, yearlessReach), documentDate);
  if (!best) best = leadReport(head.slice(0, leadReach), documentDate);
  return best;
}

/**
 * One quarter's results, as Hong Kong's press and international banks state them: 滙豐控股公布2025年第三季業績 (季, not
 * the mainland's 季度, whose third-quarter report runs from January), "net profit for the second quarter of 2025".
 * Flows are the quarter's, balances at its end.
 */
const chineseQuarterAlone = /(\d{4})\s*年\s*第?([一二三四1-4])季(?!度)(?:的)?(?:业绩|财报|业绩报告|报告|盈利)|(\d{4})\s*年\s*第?([一二三四1-4])季度?(?:的)?(?:支付体系运行总体情况|支付业务统计数据)/;
const englishQuarterAlone =
  /\b(?:net profit|profit|earnings|revenue|income|results)\s+(?:[^.;]{0,24}?\s)?for\s+the\s+(second|third|fourth)\s+quarter\s+of\s+((?:19|20)\d{2})\b/i;
const chineseQuarterNumbers: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function quarterAlone(head: string, documentDate: DocumentDate | null): ReportPeriod | null {
  const chinese = chineseQuarterAlone.exec(head);
  const english = englishQuarterAlone.exec(head);
  const match = chinese && (!english || chinese.index <= english.index) ? chinese : english;
  if (!match) return documentDate ? yearlessQuarterAlone(head, documentDate) : null;
  // The central bank's quarterly payment statistics (2025年第二季度支付体系运行总体情况) state the quarter alone too.
  const year = Number(match === chinese ? (match[1] ?? match[3]) : match[2]);
  const quarter = match === chinese ? chineseQuarterNumbers[(match[2] ?? match[4])!]! : quarterOrdinals.indexOf(match[1]!.toLowerCase()) + 1;
  if (documentDate && Number(documentDate.date.slice(0, 4)) < year) return null;
  // The first quarter alone is the year to its end, the report the mainland's patterns already name.
  if (quarter === 1) return { start: match.index, end: match.index + match[0].length, kind: 'Q1', period: periodOfReport(year, 'Q1') };
  return { start: match.index, end: match.index + match[0].length, kind: 'Q', period: monthSpan(year, quarter * 3 - 2, quarter * 3) };
}

/** 內銀陸續放榜第三季業績: the quarter's results named without a year, in a dated article. */
const yearlessChineseQuarterAlone = /(?<![\d年])第?([二三四])季(?!度)(?:的)?(?:业绩|财报|业绩报告)/;

/** The latest such quarter that ended before the document was written. */
function yearlessQuarterAlone(head: string, documentDate: DocumentDate): ReportPeriod | null {
  const match = yearlessChineseQuarterAlone.exec(head);
  if (!match) return null;
  const quarter = chineseQuarterNumbers[match[1]!]!;
  let year = Number(documentDate.date.slice(0, 4));
  if (monthSpan(year, quarter * 3 - 2, quarter * 3).end > documentDate.date) year -= 1;
  return { start: match.index, end: match.index + match[0].length, kind: 'Q', period: monthSpan(year, quarter * 3 - 2, quarter * 3) };
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The names of a month's statistics release after its month (7月金融数据, 7月货币金融数据, 7月份金融统计数据). */
export const monthlyReleaseNames = '份?(?:的)?(?:货币)?(?:金融统计数据报告|金融统计数据|金融数据|社会融资规模(?:增量)?统计数据|信贷数据)';
const chineseMonthly = new RegExp(`(\\d{4})\\s*年\\s*(1[0-2]|[1-9])\\s*月${monthlyReleaseNames}`);
const englishMonthly = /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\s+(?:financial|credit|lending|loan|money and credit)\s+(?:data|statistics)\b/i;

/**
 * A month's statistics release named in the head (2025年11月金融数据; "November financial data"): its flows are
 * the month's and its balances at the month's end. An English name without a year takes the document date's.
 */
function monthlyRelease(head: string, documentDate: DocumentDate | null): ReportPeriod | null {
  const chinese = chineseMonthly.exec(head);
  const english = chinese ? null : englishMonthly.exec(head);
  const match = chinese ?? english;
  if (!match) return null;
  const month = chinese ? Number(chinese[1 + 1]) : monthNames.indexOf(english![1]!.toLowerCase()) + 1;
  let year = chinese ? Number(chinese[1]) : english![2] ? Number(english![2]) : documentDate ? Number(documentDate.date.slice(0, 4)) : null;
  if (year === null) return null;
  // "November financial data" in a January article is last year's November.
  if (!chinese && !english![2] && documentDate && `${year}-${String(month).padStart(2, '0')}` > documentDate.date.slice(0, 7)) year--;
  if (documentDate && documentDate.date < `${year}-${String(month).padStart(2, '0')}-01`) return null;
  const period = monthSpan(year, month, month);
  return { start: match.index, end: match.index + match[0].length, kind: 'M', period };
}

/**
 * A lead that states where a quarter ends ("as of the end of Q2 2025", "at the end of the third quarter of 2024")
 * covers the year to that quarter's end: a release's or a quarterly report's summary.
 */
const englishQuarterEnd = /\b(?:as of|as at|at|by)\s+(?:the\s+)?(?:end of\s+)?(?:the\s+)?(?:Q([1-4])|(first|second|third|fourth) quarter(?: of)?)\s+((?:19|20)\d{2})\b/i;
const quarterReports: ReportPart[] = ['Q1', 'H1', '9M', 'FY'];
const quarterOrdinals = ['first', 'second', 'third', 'fourth'];

function leadReport(head: string, documentDate: DocumentDate | null): ReportPeriod | null {
  const quarterEnd = englishQuarterEnd.exec(head);
  if (quarterEnd) {
    const year = Number(quarterEnd[3]);
    const quarter = quarterEnd[1] ? Number(quarterEnd[1]) : quarterOrdinals.indexOf(quarterEnd[2]!.toLowerCase()) + 1;
    const kind = quarterReports[quarter - 1]!;
    if (!documentDate || Number(documentDate.date.slice(0, 4)) >= year) return { start: quarterEnd.index, end: quarterEnd.index + quarterEnd[0].length, kind, period: periodOfReport(year, kind) };
  }
  for (const [pattern, kindOf] of leadResults) {
    const match = pattern.exec(head);
    const kind = match ? kindOf(match[2]) : null;
    if (!match || !kind) continue;
    const year = Number(match[1]);
    if (year < 1990 || year > 2100 || (documentDate && Number(documentDate.date.slice(0, 4)) < year)) continue;
    return { start: match.index, end: match.index + match[0].length, kind, period: periodOfReport(year, kind) };
  }
  return null;
}

function yearlessReport(head: string, documentDate: DocumentDate): ReportPeriod | null {
  let best: ReportPeriod | null = null;
  for (const [pattern, kind] of yearlessPatterns) {
    const match = pattern.exec(head);
    if (!match || (best && match.index >= best.start)) continue;
    const dated = Date.parse(documentDate.date);
    // The latest period of that kind that ended before the document's date.
    let year = Number(documentDate.date.slice(0, 4));
    let period = periodOfReport(year, kind);
    if (Date.parse(period.end) >= dated) period = periodOfReport(--year, kind);
    if ((dated - Date.parse(period.end)) / 86_400_000 > reportedWithinDays) continue;
    best = { start: match.index, end: match.index + match[0].length, kind, period };
  }
  return best;
}
