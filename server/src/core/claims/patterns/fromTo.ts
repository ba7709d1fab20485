/**
 * Before and after: 营收从1910亿元降至1734亿元, 营业支出从2023年末的42.4亿元增至2024年末的54.3亿元,
 * "net profit rose from 9.4 billion yuan to 12.5 billion yuan". The first value is the earlier period's,
 * the second the later one's, and both measure one metric, whatever verb joins them.
 */
import type { FigureMention, Span } from '../../types';

export interface FromToValue {
  role: 'from' | 'to';
  /** The mention index of the other value of the pair. */
  partner: number;
  /** The later value came first ("declined to 2.05 per cent from 2.14 per cent"). */
  reversed?: boolean;
}

/** 从 or 由 before the first value, perhaps with its own date (从2023年末的, 由去年); "from" in English. */
/** The relative base a before-and-after may start from with no 的 (由去年1.14%…, 从年初的…). */
export const relativeFromWords = '去年|上年|上年末|去年末|去年底|年初|上季度末?';
const fromBefore = new RegExp(`(?:从|由|從)(?:[^，。；,;、]{1,12}?的|${relativeFromWords})?[\\s\\u3000]*$|\\bfrom\\s*(?:RMB|CNY|US\\$|HK\\$|S\\$|NT\\$|\\$)?\\s*$`, 'i');
/** A verb ending in 至 or 到 between the two values (降至, 缩水至, 增长到, 提升至); "to" in English. */
const toBetween = /^[\s\u3000]*[^\d，。；,;、\s]{0,4}?(?:至|到)(?:[^，。；,;、]{1,12}?的)?[\s\u3000]*$/;
/** "fell to 16.7 per cent from 18.2 per cent": the later value first, after "to", the earlier after "from". */
const englishToBefore = /\b(?:rose|grew|increased|climbed|fell|declined|decreased|dropped|slipped|narrowed|widened|improved|edged (?:up|down)|eased)\s+to\s*(?:RMB|CNY|US\$|HK\$|S\$|NT\$|\$)?\s*$/i;
const englishFromBetween = /^\s*,?\s*from\s*(?:RMB|CNY|US\$|HK\$|S\$|NT\$|\$)?\s*$/i;
/** A base named after the earlier value, which the year-before reading already takes ("from 18.2 per cent a year earlier"). */
const namedBaseAfter = /^\s*(?:a year (?:earlier|ago|before)|in the (?:same|year-earlier|previous|prior)|(?:for|in) the same period|last year|(?:in|at the end of|as of|as at|for)\s)/i;
const englishToBetween = /^\s*(?:(?:in|at the end of|as of)\s+[^,.;]{1,20}?\s+)?to\s*(?:RMB|CNY|US\$|HK\$|S\$|NT\$|\$)?\s*$/i;

/**
 * The pairs of a sentence, by the mention index of each value. `figures` are the sentence's figures in
 * text order; `text` the document, `simplified` its same-length simplified form.
 */
export function fromToPairs(text: string, simplified: string, figures: readonly { figure: FigureMention; index: number }[]): Map<number, FromToValue> {
  const pairs = new Map<number, FromToValue>();
  for (let i = 0; i + 1 < figures.length; i++) {
    const first = figures[i]!;
    const second = figures[i + 1]!;
    if (first.figure.unit !== second.figure.unit || pairs.has(first.index)) continue;
    const before = simplified.slice(Math.max(0, first.figure.start - 16), first.figure.start);
    if (
      englishToBefore.test(text.slice(Math.max(0, first.figure.start - 24), first.figure.start)) &&
      englishFromBetween.test(text.slice(first.figure.end, second.figure.start)) &&
      !namedBaseAfter.test(text.slice(second.figure.end, second.figure.end + 24))
    ) {
      pairs.set(first.index, { role: 'to', partner: second.index, reversed: true });
      pairs.set(second.index, { role: 'from', partner: first.index, reversed: true });
      i++;
      continue;
    }
    if (!fromBefore.test(before)) continue;
    const between = simplified.slice(first.figure.end, second.figure.start);
    const english = /\bfrom\s*\S*\s*$/i.test(before);
    const joined = english ? englishToBetween.test(between) : toBetween.test(between);
    // 从100万到200万不等 is a range, not a before and after.
    if (!joined || /^[\s\u3000]*(?:不等|之间|左右)/.test(simplified.slice(second.figure.end, second.figure.end + 3))) continue;
    if (/之间|不等/.test(text.slice(second.figure.end, second.figure.end + 3))) continue;
    pairs.set(first.index, { role: 'from', partner: second.index });
    pairs.set(second.index, { role: 'to', partner: first.index });
    i++;
  }
  return pairs;
}

/**
 * The earlier value of a before-and-after whose later one is no figure (营收增速从48.26%一路降至负数): true when 从 or
 * 由 opens it and a verb ending in 至 or 到 follows it with words, not a number, after.
 */
export function isFromWithoutTo(simplified: string, figure: Span): boolean {
  return /(?:从|由)[\s\u3000]*$/.test(simplified.slice(Math.max(0, figure.start - 2), figure.start)) && /^[\s\u3000]*[^\d，。；,;、\s]{0,4}?(?:至|到)[\s\u3000]*[^\d\s+\-−－]/.test(simplified.slice(figure.end, figure.end + 10));
}

/** The date right before a value of the pair (从2023年末的42.4亿元, 增至2024年末的54.3亿元), if any. */
export function ownDateBefore<T extends Span>(simplified: string, figure: Span, dates: readonly T[]): T | null {
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i]!;
    if (date.end > figure.start) continue;
    return /^[\s\u3000]*的[\s\u3000]*$/.test(simplified.slice(date.end, figure.start)) ? date : null;
  }
  return null;
}

/** The date right after a value of the pair ("from 9.4 billion yuan in 2023 to …"), if any. */
export function ownDateAfter<T extends Span>(text: string, figure: Span, dates: readonly T[]): T | null {
  const date = dates.find((candidate) => candidate.start >= figure.end);
  return date && /^\s*(?:in|at the end of|as of|as at|for)\s+(?:the\s+)?$/i.test(text.slice(figure.end, date.start)) ? date : null;
}
