/**
 * The age of an organisation or a product, as a duration: 「微众银行成立10年来」, 「七年多来，我们…」,
 * 「“微业贷”推出四年来」, 「FISCO BCOS，7年间成长为…」, 「成立10周年」. Such a figure is a claim of how long the
 * subject has existed (成立年限) or been on offer (上线年限), as of the document's date: the year the
 * text names nearby is when it began, not when the duration is counted. Durations of anything else
 * (近5年, 连续3年, 过去十年, 十年“蝶变”) stay unclaimed.
 */
import type { FigureMention } from '../../types';

export const organisationAge = '成立年限';
export const productAge = '上线年限';

/** Right after the duration: 来 / 以来 / 间 (for so many years), or 周年 (the anniversary). */
const sinceAfter = /^(?:多)?(?:来|以来|间|間|周年|週年)/;
/** Words of a start right before it: 成立10年来, 推出四年来. */
const startBefore = /(?:成立|开业|开业以来|创立|创办|推出|上线|发布|开源|问世|运营)[\s\u3000]*$/;
/** Words that make the duration a span of something else: 近5年来, 过去十年间, 连续3年, 未来五年. */
const otherSpanBefore = /(?:近|过去|最近|连续|未来|前|后|这|此)[\s\u3000]*$/;

/**
 * The age metric a duration figure states, or null. `subjectIsProduct` says whether the subject it
 * would be bound to is a product of the lexicon (上线年限) rather than an organisation (成立年限).
 */
export function ageMetric(simplified: string, figure: FigureMention, subjectIsProduct: boolean): string | null {
  const age = ageOf(simplified, figure);
  if (!age) return null;
  // 上线10年来 speaks of a product: an organisation as the subject means the product is named elsewhere.
  if (age.launched && !subjectIsProduct) return null;
  return subjectIsProduct ? productAge : organisationAge;
}

/** Whether a product's launch verb (上线, 推出) comes right before an age figure: its product follows it. */
export function launchedBefore(simplified: string, figure: FigureMention): boolean {
  return ageOf(simplified, figure)?.launched === true;
}

function ageOf(simplified: string, figure: FigureMention): { launched: boolean } | null {
  if (figure.unit !== 'years' || figure.low === null) return null;
  const before = simplified.slice(Math.max(0, figure.start - 8), figure.start);
  // The figure's own text may hold the qualifier (近5年来 is one mention).
  if (otherSpanBefore.test(before) || /^(?:近|过去|最近|连续|未来)/.test(simplified.slice(figure.start, figure.end))) return null;
  const after = simplified.slice(figure.end, figure.end + 3);
  // The figure's own text may hold the 来 or the 周年 (10周年 is one mention).
  const own = simplified.slice(figure.start, figure.end);
  if (!sinceAfter.test(after) && !/(?:周年|週年|来|間|间)$/.test(own) && !startBefore.test(before)) return null;
  return { launched: launchVerbBefore.test(before) };
}

/** The verbs of a product's start (an organisation is 成立, 开业). */
const launchVerbBefore = /(?:推出|上线|发布|开源|问世)[\s\u3000]*$/;
