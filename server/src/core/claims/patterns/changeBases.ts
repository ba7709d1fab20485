/**
 * Changes that one key would blur: a change since the end of last year (较上年末增长6.99% at 30 June) is
 * the year-on-year growth only at a year end, and 同比多增 (how much more an increment grew than a year
 * before) is not the increment itself (增加5410.98亿元).
 */
import { isOneMonth } from '../../datesCalendar';
import type { Span } from '../../types';

/** The base of a change since the year began. */
const sinceYearStart =
  /(?:较|比|与|相比|相较于?)[\s\u3000]*(?:上年末|上年底|去年末|去年底|上年年末|年初|今年初|本年初|期初)|(?:由|自)(?:今年)?年初(?:起)?(?:截至|至|到)|in the year to (?:the )?end|since the (?:start|beginning) of the year|from the (?:end of (?:last|the previous) year|start of the year|beginning of the year)|year[- ]to[- ]date|\bytd\b/i;
/** A sentence opening with the span since the year began (由年初截至8月底计, "In the year to end-August"). */
const sinceYearStartOpening = /^[\s\u3000]*(?:(?:(?:由|自|从)(?:今年)?)?年初(?:起)?(?:截至|至|到)(?![\s\u3000]*本?报告期末)|年初至今|in the year to (?:the )?end|(?:since|from) the (?:start|beginning) of the year)/i;
/** The same base named after an English change ("a 6.47% increase from the prior year-end"). */
const sinceYearStartAfter =
  /^\s*(?:(?:increase|rise|growth|gain|decline|decrease|drop|fall|dip|higher|lower|more|less)\s+)?(?:from|over|compared (?:to|with)|versus|against|than)\s+(?:at\s+)?(?:the\s+)?(?:end of (?:last|the previous|the prior) year|(?:prior|previous|last)[- ]year[- ]end|year[- ]end (?:of )?(?:last|the previous|the prior) year|(?:start|beginning) of the year)\b/i;
/** An increment compared with the increment a year before (同比多增, 少增, 多减). */
const incrementOnIncrement = /[多少][增减]/;

/** Words that make a change year-on-year (同比, 按年, 年增, 與去年同期比較, "compared to a year ago"). */
const yearOnYearWords =
  /同比|按年|年增|年减|去年同期|上年同期|year[- ](?:on|over)[- ]year|\byoy\b|y-o-y|a year (?:ago|earlier|before)|(?:from|than|over) (?:the )?(?:previous|prior|last) year|same (?:period|month) (?:of |in )?(?:the )?(?:previous|last|prior) year|same (?:period|month) last year/i;

/** The key suffix of a change against the month before. */
export const monthOnMonthKey = '环比增长';

/** What a change stated for one month needs: the period its words state, and whether its metric is by convention yearly. */
export interface MonthlyReading {
  stated: { start: string; end: string };
  /** Where the figure's sentence and clause start. */
  sentenceStart: number;
  clauseStart: number;
  /** The central bank's aggregates (M2, 社会融资规模) are stated year on year even when the words leave it out. */
  conventionallyYearOnYear: boolean;
}

/**
 * Whether a change's own words state its base: a year before (同比, year on year) or another (较上年末, 环比,
 * "from the end of last year", "quarter-on-quarter"), from `statementStart` to a few words after the figure.
 */
export function statesItsBase(simplified: string, statementStart: number, figure: Span): boolean {
  const ownAfter = ownWordsAfter(simplified, figure);
  const words = simplified.slice(statementStart, figure.end) + ' ' + ownAfter;
  return yearOnYearWords.test(words) || otherBaseWords.test(words) || sinceYearStart.test(words) || sinceYearStartAfter.test(ownAfter);
}
const otherBaseWords = /较|較|比|环比|環比|按月|按季|按年|与去年|與去年|年初|上年末|上月末|上季末|from|compared|versus|against|since|quarter[- ]on[- ]quarter|month[- ]on[- ]month|\bqoq\b|\bmom\b|sequential|year[- ]to[- ]date|\bytd\b/i;

/** The words right after a figure that are still its own: up to the next list word or clause mark. */
function ownWordsAfter(simplified: string, figure: Span): string {
  const after = simplified.slice(figure.end, figure.end + 48);
  return after.slice(0, after.search(/\band\b|[，,；;、及]|$/));
}

/** Whether the words before a figure, from `from`, name the start of the year as its base (较年初增加1.1万亿元). */
export function statesSinceYearStart(simplified: string, from: number, figure: Span): boolean {
  return sinceYearStart.test(simplified.slice(Math.max(from, figure.start - 24), figure.start));
}

/** 与一季度末的…相比，增长…; 与上月末相比，: a comparison framed around the quarter or the month before. */
const framedPeriodOnPeriod = /(?:与|與|和|同|跟)[\s\u3000]*(?:上季度?末?|上一季度末?|上个季度末?|第?[一二三]季度末|[1-3]Q末|上月末?|上个月末?)[^，,。；;]{0,14}(?:相比|相较|相較|比较|比較)(?:之下)?[\s\u3000，,]*(?:[增降减上下][^，,。；;]{0,3})?$/;

/** The key suffix of a change since the end of last year, apart from the year-on-year one. */
export const sinceYearStartKey = '较上年末增长';
/** The key suffix of an increment's year-on-year difference. */
export const incrementOnIncrementKey = '同比多增';

/**
 * The key of a change as the words before it and its moment tell it. A rate of change stated for one month
 * with no year-on-year words (港元存款在8月份上升0.9%, "M1 increased by 1.2 per cent in October") is against
 * the month before, as the monetary authorities' monthly releases state it. `simplified` is the document's
 * simplified text, `statementStart` where the figure's statement starts, `growthKey` the year-on-year
 * suffix of rates.
 */
export function distinctChangeKey(
  metric: string,
  growthKey: string,
  asOfEnd: string,
  simplified: string,
  statementStart: number,
  figure: Span,
  monthly: MonthlyReading | null = null,
): string {
  // 由年初截至8月底计，存款总额上升8.7%; "In the year to end-August, total deposits increased by 8.7%": a sentence that
  // opens with the span since the year began states changes since then.
  if (monthly && metric.endsWith(growthKey) && (sinceYearStartOpening.test(simplified.slice(monthly.sentenceStart, figure.start)) || sinceYearStartOpening.test(simplified.slice(monthly.clauseStart, figure.start)))) {
    return `${metric.slice(0, -growthKey.length)}${sinceYearStartKey}`;
  }
  if (monthly && metric.endsWith(growthKey) && isOneMonth(monthly.stated) && !monthly.conventionallyYearOnYear) {
    if (!yearOnYearWords.test(simplified.slice(statementStart, figure.end)) && !yearOnYearWords.test(ownWordsAfter(simplified, figure))) {
      return `${metric.slice(0, -growthKey.length)}${monthOnMonthKey}`;
    }
  }
  // 与一季度末的100.00亿张相比，增长0.68%: against the quarter or the month before, as 环比 is.
  if (metric.endsWith(growthKey) && framedPeriodOnPeriod.test(simplified.slice(Math.max(0, figure.start - 40), figure.start))) {
    return `${metric.slice(0, -growthKey.length)}${monthOnMonthKey}`;
  }
  // 人民币贷款增加5960亿元，同比少增2237亿元: the difference from a year before of an increase the ontology names (人民币贷款增加)
  // is no increase itself.
  if (!metric.endsWith('变动额') && !metric.endsWith(incrementOnIncrementKey) && /^[多少][增减]/.test(simplified.slice(figure.start, figure.start + 2)) && /(?:同比|同期)[\s\u3000]*$/.test(simplified.slice(Math.max(statementStart, figure.start - 6), figure.start))) {
    return `${metric}${incrementOnIncrementKey}`;
  }
  if (metric.endsWith('变动额') && incrementOnIncrement.test(simplified.slice(Math.max(statementStart, figure.start - 4), figure.end))) {
    return `${metric.slice(0, -'变动额'.length)}${incrementOnIncrementKey}`;
  }
  if (
    metric.endsWith(growthKey) &&
    !asOfEnd.endsWith('-12-31') &&
    (sinceYearStart.test(simplified.slice(Math.max(statementStart, figure.start - 24), figure.start)) || sinceYearStartAfter.test(simplified.slice(figure.end, figure.end + 64)))
  ) {
    return `${metric.slice(0, -growthKey.length)}${sinceYearStartKey}`;
  }
  return metric;
}
