/**
 * The period a figure is stated for: a date in its clause, a date that opens the sentence or the
 * paragraph, or the document's own date, each marked with where it came from. Comparison bases
 * (较上年末, since 2019) are never periods.
 */
import { halfSpan, monthSpan, quarterSpan } from '../datesCalendar';
import { simplify } from '../glossary';
import type { Claim, ClaimProvenance, DateMention, DocumentDate, FigureMention, Period, Span } from '../types';
import type { RatioTiming } from '../ontology/kinds';
import type { ReportPeriod } from './reportPeriod';
import { spansWithin, type Clause } from './sentences';

export const comparisonBefore = /(?:较|比|相比|相较|对比|同比|自|从|since|from|than|compared (?:with|to)|versus|vs\.?|(?:that|those|the level) of|是|为)\s*$/i;
export const sinceAfter = /^\s*(?:以来|来|起|开始|至今|前|之前|以前)/;
// A list marker may come first (" - 2024年度，…", "（二）2024年…").
const leadingDateWords = /^[\s\u3000]*(?:[-–—•·*▪●◆■]|[（(]?[0-9一二三四五六七八九十]{1,2}[)）、.．])?[\s\u3000]*(?:具[体體](?:到|来看|來看|而言)?|单看|單看|单就|單就|其中|仅|僅)?[\s\u3000]*(?:其|该行|該行|该公司|該公司|该集团|該集團)?[\s\u3000]*(?:截至|截止|截止到|至|到|在|于|今年|展望|预计|预期|as of|as at|by|at|in|during|for|at the end of|by the end of)?[\s\u3000]*(?:the\s+)?$/i;
const topicalDateWords = /^[\s\u3000]*(?:对比|對比|回看|回顾|回顧|反观|反觀|聚焦|纵观|縱觀|放眼)[\s\u3000]*$/;
const framingLead = /^[\s\u3000]*(?:就|从|從|对于|對於|以)[\s\u3000]*$/;
const framingTail = /^[^，,；;。0-9０-９]{0,16}(?:来看|來看|观察|觀察|而言|来说|來說|表现|表現)[\s\u3000]*$/;
export const englishAsOfBefore = /(?:\bin|\bas of|\bas at|\bat|\bby|\bat the end of|\bend of|\bfor|\bduring|\bin the first half of|\bin the year|\b(?:full|whole|fiscal|financial) year of)\s*(?:the\s+)?$/i;

/** The latest cut-off date (截至2024年6月末) a document mentions, standing in for a missing document date. */
export function latestCutOff(dates: readonly DateMention[]): DocumentDate | null {
  let latest: DateMention | null = null;
  for (const date of dates) if (date.asOf && !date.relative && (!latest || date.period.end > latest.period.end)) latest = date;
  return latest ? { date: latest.period.end, source: 'inferred', span: { start: latest.start, end: latest.end } } : null;
}

/** How far (in characters after its sentence) a sentence-opening cut-off date governs. */
export const carriedReach = 200;

/** A cut-off date stands for its last day (截至2023年 → 2023-12-31); other dates keep their period. */
export function periodOf(date: DateMention): Period {
  const period = date.asOf ? { start: date.period.end, end: date.period.end } : { start: date.period.start, end: date.period.end };
  if (date.relative) relativePeriods.add(period);
  return period;
}

/**
 * Periods read from a date without a year of its own (上半年, 截至6月末, 今年), resolved against the document
 * date: weaker than a stated year, as strong as the report period a document covers.
 */
const relativePeriods = new WeakSet<Period>();

/** A date at the very start of a clause governs the rest of the sentence (2021年末，…; In 2023, …). */
export function clauseInitialDate(text: string, clause: Clause, dates: readonly DateMention[]): Period | null {
  const first = dates.find((date) => date.start >= clause.start && date.end <= clause.end);
  if (!first) return null;
  const lead = text.slice(clause.start, first.start).replace(/<[^>]*>/g, '');
  // 对比2024年，宁波银行实现营业收入…: a clause of nothing but a date after a word of looking at is the topic's period.
  const topical = topicalDateWords.test(lead) && /^[\s\u3000]*(?:年度|全年)?[\s\u3000]*(?:来看|來看)?[\s\u3000]*$/.test(text.slice(first.end, clause.end));
  // 就2025年全年获利表现观察，…; 从2024年全年来看，…: a clause that frames what follows by its date.
  const framing = framingLead.test(lead) && framingTail.test(text.slice(first.end, clause.end));
  if (!topical && !framing && !leadingDateWords.test(lead)) return null;
  if (sinceAfter.test(simplify(text.slice(first.end, first.end + 4)))) return null;
  // 10月28日晚间，北辰银行发布2025年三季报: the day of an announcement is when it was made, not the period of what it states.
  if (first.granularity === 'day' && !first.asOf && announcementAfterDay.test(simplify(text.slice(first.end, first.end + 24)))) return null;
  return periodOf(first);
}

/** What follows the day of an announcement: the time of day, or who published what on it. */
const announcementAfterDay = /^[\s\u3000]*(?:(?:晚间|晚上|早间|盘后|盘前|午间|上午|下午|晚|早)(?![\u4e00-\u9fff])|(?:晚间|晚上|早间|盘后|盘前|午间|上午|下午)?[,，\s\u3000]*[^,，。；;]{0,14}?(?:发布|披露|公布|公告|发布了|披露了|公布了|召开|举行|举办)(?:了|的)?)/;

/**
 * A date right after the names a sentence opens with (北辰银行2024年营收…、净利润…; 北辰银行在2023年末的…)
 * governs the sentence, as one opening it would.
 */
export function dateAfterOpeningNames(text: string, clause: Clause, dates: readonly DateMention[], names: readonly Span[]): Period | null {
  const first = dates.find((date) => date.start >= clause.start && date.end <= clause.end);
  if (!first) return null;
  let lead = '';
  let cursor = clause.start;
  let named = false;
  for (const name of names) {
    if (name.start < cursor || name.end > first.start) continue;
    lead += text.slice(cursor, name.start);
    cursor = name.end;
    named = true;
  }
  lead += text.slice(cursor, first.start);
  if (!named || !/^[\s\u3000、和与及在于的]*$/.test(lead)) return null;
  if (sinceAfter.test(simplify(text.slice(first.end, first.end + 4)))) return null;
  return periodOf(first);
}

/** A cut-off date (截至…, as of …) opening a paragraph governs every sentence of it. */
export function governingParagraphDate(text: string, clause: Clause, dates: readonly DateMention[]): Period | null {
  const first = dates[0];
  // A cut-off (截至…) or a period's end (7月末，…; 2024年末，…) opening the paragraph governs it.
  if (!first || !(first.asOf || /[末底]$/.test(simplify(first.text)))) return null;
  return clauseInitialDate(text, clause, dates);
}

/** Where a claim's period came from (see {@link ClaimProvenance}). */
export type PeriodSource = ClaimProvenance['period'];

/** 2025年中期利润分配, 2024年半年度业绩: the year before an interim's name is its first half. */
function yearOrItsHalf(text: string, date: DateMention): Period {
  if (date.granularity !== 'year' || !interimAfterYear.test(simplify(text.slice(date.end, date.end + 10)))) return periodOf(date);
  return { start: date.period.start, end: `${date.period.start.slice(0, 4)}-06-30` };
}
const interimAfterYear = /^[\s\u3000]*(?:中期|半年度)(?:利润分配|现金分红|分红|派息|业绩|报告|财报)/;

/** A date after a figure that dates it: after "in", "as of" …, or one that holds its own "as of" ("36.8 million as of June 30, 2025"). */
function asOfAfter(text: string, figure: FigureMention, date: DateMention): boolean {
  const between = text.slice(figure.end, date.start);
  return englishAsOfBefore.test(between) || (/^\s*$/.test(between) && /^(?:as of|as at)\b/i.test(date.text));
}

/**
 * The as-of period of a figure: the governing date in its clause, after it (English), of its sentence
 * or paragraph; else the period of the report the document covers; else the document date.
 */
export function asOfFor(
  text: string,
  figure: FigureMention,
  clause: Clause,
  dates: readonly DateMention[],
  sentenceAsOf: Period | null,
  paragraphAsOf: Period | null,
  report: ReportPeriod | null,
  documentDate: DocumentDate | null,
): { asOf: Claim['asOf']; source: PeriodSource } | null {
  const governing = (date: DateMention): boolean =>
    !comparisonBefore.test(simplify(text.slice(Math.max(clause.start, date.start - 12), date.start))) &&
    !sinceAfter.test(simplify(text.slice(date.end, date.end + 4)));
  // "increased to 74.6% at the end of August from 73.1% at the end of July": a base after "from" with its own date.
  if (/\bfrom\s*$/i.test(text.slice(Math.max(clause.start, figure.start - 6), figure.start))) {
    const own = dates.find((date) => date.start >= figure.end && date.start - figure.end <= 16 && date.end <= clause.end && asOfAfter(text, figure, date));
    if (own) return { asOf: { ...periodOf(own), source: 'text' }, source: 'stated' };
  }
  const inClause = dates.filter((date) => date.start >= clause.start && date.end <= figure.start && governing(date));
  let period: Period | null = inClause.length > 0 ? yearOrItsHalf(text, inClause[inClause.length - 1]!) : null;
  if (!period) {
    // English puts the date after the figure: "3.4 billion yuan in 2023".
    const after = dates.find(
      (date) =>
        date.start >= figure.end &&
        date.end <= clause.end &&
        asOfAfter(text, figure, date) &&
        // "rose to 2.21% compared to 1.87% in the first half of 2023": the date is the base's.
        !/\b(?:compared|versus|vs\.?|against|than|from)\b/i.test(text.slice(figure.end, date.start)) &&
        governing(date),
    );
    if (after) period = periodOf(after);
  }
  period ??= sentenceAsOf ?? paragraphAsOf;
  if (period) return { asOf: { ...period, source: 'text' }, source: relativePeriods.has(period) ? 'report' : 'stated' };
  if (report) {
    // 截至报告期末, at the end of the period: the report period's last day.
    const atEnd = /(?:报告期末|報告期末|期末|end of the (?:reporting )?period)/i.test(text.slice(Math.max(0, clause.start - 40), figure.start));
    const period = atEnd ? { start: report.period.end, end: report.period.end } : report.period;
    return { asOf: { ...period, source: 'text' }, source: 'report' };
  }
  if (documentDate) return { asOf: { start: documentDate.date, end: documentDate.date, source: 'document-date' }, source: 'document-date' };
  return null;
}

/**
 * Periods the date recogniser leaves without a year (前三季度, 四季度单季, 3Q24, "in the first three
 * quarters", "the fourth quarter"): a figure they govern is not the report's or the document's, and
 * its own period is unknown.
 */
const unresolvedPeriodWords =
  /前三季度|前三个季度|第?[一二三四1-4]季度末?|单季|上半年末?|下半年|前\d{1,2}个?月|\d{1,2}\s*[-—~～至]\s*\d{1,2}\s*月|\b[1-4]Q(?:\d{2})?\b|\bQ[1-4]\b|\b[12]H(?:\d{2})?\b|\bH[12]\b|\bfirst (?:three|nine|six) (?:quarters|months)\b|\b(?:first|second|third|fourth|last|final) quarter\b|\bnine months\b|\b(?:first|second)[- ]half\b|\byear[- ]to[- ]date\b/i;
const unresolvedPeriodWordsAll = new RegExp(unresolvedPeriodWords.source, 'gi');
const quarterlySentence = /^[\s\u3000]*(?:quarterly|single[- ]quarter)\b/i;
/** English words naming the whole year before a metric (the annual net profit, full-year revenue). */
export const englishWholeYear = /\b(?:annual|full[- ]year|whole[- ]year)\b/i;
const wholeYearToEnd = new RegExp(`${englishWholeYear.source}[^.;:]*$`, 'i');
const unresolvedPeriodAfter = /^[^.;。；]*?\b(?:in|during|for|over) the (?:first|second|third|fourth|last|final) (?:quarter|half|three quarters|nine months)\b/i;

/**
 * The words of a period the recogniser did not resolve that govern the figure, or null: between `from` (the
 * sentence's start or the figure before) and the figure, outside the date mentions, or right after it
 * in its clause ("… rose 5% in the fourth quarter"). `simplified` is the document's same-length
 * simplified text, which the extractor has already made.
 */
export function unresolvedPeriodWord(
  simplified: string,
  from: number,
  figure: FigureMention,
  clause: Clause,
  dates: readonly DateMention[],
  report: ReportPeriod | null = null,
  sentenceStart: number = from,
): string | null {
  // "Quarterly net interest income grew …, and the margin fell to 1.94%": a sentence on one quarter, unnamed.
  const opening = quarterlySentence.exec(simplified.slice(sentenceStart, Math.min(figure.start, sentenceStart + 24)));
  if (opening) return opening[0].trim();
  // Bounded windows, so that a megabyte-long sentence costs no more per figure than a short one.
  const before = withoutDates(simplified, Math.max(from, figure.start - periodWordReach), figure.start, dates);
  const after = withoutDates(simplified, figure.end, Math.min(clause.end, figure.end + periodWordReach), dates);
  // "… in the last quarter, the bank achieved a net profit of … for the year": the year is named for the figure.
  if (/^[\s,]*(?:for the (?:full |whole )?year|in the (?:full |whole )?year)\b/i.test(after) || /(?:全年|全年度)[^，,；;。]*$/.test(before)) return null;
  // "…; the annual net profit … was": the whole year, named after the quarter, governs the figure.
  if (wholeYearToEnd.test(before)) return null;
  const word = governingWord(before) ?? unresolvedPeriodAfter.exec(after)?.[0] ?? null;
  // 从单季度看，第三季度…: a word that names no period by itself leaves the figure to the date after it.
  if (word !== null && yearlessPeriod(word, 2000) === null && spansWithin(dates, { start: Math.max(from, figure.start - periodWordReach), end: figure.start }).length > 0) return null;
  // 一季度 in a release on the first quarter, 前三季度 in third-quarter results: the report's own period.
  // "Year-to-date" in a report's coverage runs from the year's start to the report's end.
  if (word !== null && report && /^year[- ]to[- ]date$/i.test(word)) return null;
  return word !== null && !(report && reportKindOfWord(word) === report.kind) ? word : null;
}

/**
 * The period a word without a year names in a given year (二季度 → the second quarter alone, 前三季度 → the
 * first nine months, 下半年, 前10个月, 1-6月, "the fourth quarter"), or null when it names none by itself.
 */
export function yearlessPeriod(word: string, year: number): Period | null {
  const w = simplify(word).toLowerCase();
  // 二季度末, 上半年末: the last day of the quarter or half, a moment.
  if (/^(?:第?[一二三四1-4]季度|上半年)末$/.test(w)) {
    const span = yearlessPeriod(w.slice(0, -1), year);
    return span ? { start: span.end, end: span.end } : null;
  }
  if (/前三季度|前三个季度|first (?:three quarters|nine months)|nine months/.test(w)) return monthSpan(year, 1, 9);
  const quarter = /第?([一二三四1-4])季度|^([1-4])q(?:\d{2})?$|^q([1-4])$|(first|second|third|fourth|last|final) quarter/.exec(w);
  if (quarter) {
    const named = quarter[1] ?? quarter[2] ?? quarter[3] ?? quarter[4]!;
    const q = { 一: 1, 二: 2, 三: 3, 四: 4, first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4 }[named as '一'] ?? Number(named);
    return quarterSpan(year, q);
  }
  if (/下半年|second[- ]half|^2h(?:\d{2})?$|^h2$/.test(w)) return halfSpan(year, 2);
  if (/^1h(?:\d{2})?$|^h1$|上半年|first[- ]half|first six months/.test(w)) return halfSpan(year, 1);
  const months = /前(\d{1,2})个?月/.exec(w) ?? /(\d{1,2})\s*[-—~～至]\s*(\d{1,2})\s*月/.exec(w);
  if (months) {
    const from = months.length > 2 && months[2] ? Number(months[1]) : 1;
    const to = Number(months[2] ?? months[1]);
    return from >= 1 && to <= 12 && from <= to ? monthSpan(year, from, to) : null;
  }
  return null;
}

/** The year of the nearest date with a year of its own before an offset (2025年二季度末 … 二季度), within reach. */
export function yearBefore(dates: readonly DateMention[], offset: number, reach = 800): number | null {
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i]!;
    if (date.end > offset) continue;
    if (date.end < offset - reach) break;
    // A span of years (过去六年（2019-2024年）) is a comparison's window, not the year the text is in.
    if (date.granularity === 'range' && date.period.start.slice(0, 4) !== date.period.end.slice(0, 4)) continue;
    if (!date.relative && /\d{4}/.test(date.text)) return Number(date.period.end.slice(0, 4));
  }
  return null;
}

/** The last period word of a text that is no comparison's base ("compared to the first three quarters", 较一季度). */
function governingWord(text: string): string | null {
  let found: string | null = null;
  let previousEnd = -1;
  for (const match of text.matchAll(unresolvedPeriodWordsAll)) {
    // 第四季度单季: "the single quarter" after a quarter names that quarter, not a period of its own.
    // (A quarter the recogniser dated is masked out of the text with #: 单季 after the mask qualifies it too.)
    const qualifiesQuarter = match[0] === '单季' && (match.index === previousEnd || text[match.index - 1] === '#');
    if (!qualifiesQuarter && !periodBaseBefore.test(text.slice(Math.max(0, match.index - 24), match.index))) found = match[0];
    previousEnd = match.index + match[0].length;
  }
  return found;
}
const periodBaseBefore = /(?:较|比|相比|相较于?|对比|环比|than|from|over|versus|vs\.?|compared (?:to|with)|relative to)\s*(?:the\s+|that of\s+(?:the\s+)?)?(?:previous\s+|last\s+|prior\s+)?$/i;

/** The report kind a period word names (一季度 → Q1, the first three quarters → 9M), or null. */
function reportKindOfWord(word: string): ReportPeriod['kind'] | null {
  if (/^(?:第?[一1]季度|1Q(?:\d{2})?|Q1)$|first quarter/i.test(word)) return 'Q1';
  if (/前三季度|前三个季度|first (?:three quarters|nine months)|nine months/i.test(word)) return '9M';
  if (/^(?:1H(?:\d{2})?|H1)$|^上半年$/i.test(word)) return 'H1';
  return null;
}

/** How far from a figure the words of its period are looked for. */
const periodWordReach = 120;

/** The text between two offsets with the date mentions in it (sorted by start) blanked out. */
function withoutDates(text: string, from: number, to: number, dates: readonly DateMention[]): string {
  let slice = text.slice(from, Math.max(from, to));
  for (const date of spansWithin(dates, { start: from, end: to })) {
    const start = Math.max(date.start, from) - from;
    const end = Math.min(date.end, to) - from;
    slice = slice.slice(0, start) + '#'.repeat(end - start) + slice.slice(end);
  }
  return slice;
}

export type MetricKind = 'flow' | 'stock' | 'ratio' | 'count';

/**
 * How a metric reads a stated period. Over a period: flows (营业收入) and ratios of flows (净息差), so a
 * moment stated for them (截至2024年末，营业收入…) means the year up to that day. At a moment: stocks, counts
 * and ratios of balances (不良贷款率), so 2024年总资产 is the total at 2024-12-31. As stated: a running total
 * (累计放款), a ratio of unknown timing (市净率 on a trading day) or a metric of unknown kind.
 */
export type PeriodReading = 'over-period' | 'at-moment' | 'as-stated';

export function periodReading(kind: MetricKind | null, timing: RatioTiming | null | undefined, cumulative: boolean): PeriodReading {
  switch (kind) {
    case null:
      return 'as-stated';
    case 'flow':
      return cumulative ? 'as-stated' : 'over-period';
    case 'ratio':
      return timing === 'moment' ? 'at-moment' : timing === 'period' ? 'over-period' : 'as-stated';
    default:
      return 'at-moment';
  }
}

/** A period as a metric of that reading takes it. */
export function periodRead(reading: PeriodReading, period: Period): Period {
  if (reading === 'over-period') {
    return period.start !== period.end ? period : { start: `${period.end.slice(0, 4)}-01-01`, end: period.end };
  }
  if (reading === 'at-moment') return period.start === period.end ? period : { start: period.end, end: period.end };
  return period;
}

const ratioWords = /率|笔均|户均|人均|平均|average|占比|比重|比例|息差|利差|收益率|\bratio\b|\bmargin\b|return on|\broe\b|\broa\b|\bnim\b/i;
const flowWords =
  /收入|营收|利润|净利|收益|支出|费用|开支|发放|放款|投放|新增|交易额|交易金额|交易量|业务量|成交|融资额|增加额|笔数|revenue|income|profit|earnings|expenses|disbursed|disbursement|issued|transactions/i;
const stockWords = /余额|总额|规模|资产|负债|存款|贷款|款项|权益|客户|用户|人数|员工|网点|户数|\bassets\b|deposits|loans|customers|users|employees|branches/i;
// Ratios of flows or of averages: margins, returns, yields and costs of funds, formation and payout.
const ratioOverPeriodWords =
  /生成率|息差|利差|收益率|成本率|成本收入比|信贷成本|分红|派息|回报率|\broe\b|\broa\b|\bnim\b|margin|return on|payout|cost.to.income|credit cost|(?:收入|营收|利润|净利|费用|支出)[^贷存]{0,6}(?:占比|比重|比例)|(?:占|在)(?:营业)?(?:收入|营收|利润)/i;
// Ratios of balances: asset quality, provisions, capital and liquidity, and shares of a balance.
const ratioAtMomentWords =
  /不良|关注|逾期|覆盖率|拨贷比|充足率|杠杆率|负债率|存贷比|贷存比|\bnpl\b|coverage|adequacy|(?:贷款|存款|资产|余额|负债)[^收利]{0,6}(?:占比|比重)|(?:占|在)(?:总)?(?:贷款|存款|资产|负债)/i;

/** When a ratio the ontology does not know is measured, from the words of its key; null when unclear. */
export function guessRatioTiming(metric: string): RatioTiming | null {
  if (ratioOverPeriodWords.test(metric)) return 'period';
  if (ratioAtMomentWords.test(metric)) return 'moment';
  return null;
}

/** The kind of a metric key when the ontology does not know it, from the words it is made of; null when unclear. */
export function guessMetricKind(metric: string): MetricKind | null {
  if (ratioWords.test(metric)) return 'ratio';
  if (flowWords.test(metric)) return 'flow';
  if (stockWords.test(metric)) return 'stock';
  return null;
}
