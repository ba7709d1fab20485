/**
 * Changes that one key would blur: a change since the end of last year (较上年末增长6.99% at 30 June) is
 * the year-on-year growth only at a year end, and 同比多增 (how much more an increment grew than a year
 * before) is not the increment itself (增加5410.98亿元).
 */
import type { Span } from '../../types';

/** The base of a change since the year began. */
const sinceYearStart =
  /(?:较|比|与|相比|相较于?)[\s\u3000]*(?:上年末|上年底|去年末|去年底|上年年末|年初|今年初|本年初|期初)|since the (?:start|beginning) of the year|from the (?:end of (?:last|the previous) year|start of the year|beginning of the year)|year[- ]to[- ]date|\bytd\b/i;
/** The same base named after an English change ("a 6.47% increase from the prior year-end"). */
const sinceYearStartAfter =
  /^\s*(?:(?:increase|rise|growth|gain|decline|decrease|drop|fall|dip)\s+)?(?:from|over|compared (?:to|with)|versus|against)\s+(?:the\s+)?(?:end of (?:last|the previous|the prior) year|(?:prior|previous|last)[- ]year[- ]end|year[- ]end (?:of )?(?:last|the previous|the prior) year|(?:start|beginning) of the year)\b/i;
/** An increment compared with the increment a year before (同比多增, 少增, 多减). */
const incrementOnIncrement = /[多少][增减]/;

/** The key suffix of a change since the end of last year, apart from the year-on-year one. */
export const sinceYearStartKey = '较上年末增长';
/** The key suffix of an increment's year-on-year difference. */
export const incrementOnIncrementKey = '同比多增';

/**
 * The key of a change as the words before it and its moment tell it. `simplified` is the document's
 * simplified text, `statementStart` where the figure's statement starts, `growthKey` the year-on-year
 * suffix of rates.
 */
export function distinctChangeKey(metric: string, growthKey: string, asOfEnd: string, simplified: string, statementStart: number, figure: Span): string {
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
