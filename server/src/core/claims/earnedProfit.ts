/**
 * 赚 (earned) names a profit without saying which. Hong Kong's press uses it as it uses 纯利, for the
 * profit attributable to shareholders (建行上半年赚1620亿元), and the ontology files it there. Taiwan's press
 * uses it as it uses 获利, for a holding's net profit after tax (富邦金全年赚1208.5亿元): for a Taiwanese
 * financial holding, whose canonical name ends in 金控, the claim measures 净利润.
 */
const earnedWord = /[赚賺]/;
const attributable = '归母净利润';
const netProfit = '净利润';

const namedAttributable = /归属|歸屬|归母|歸母|应占|應佔|attributable/i;

/**
 * The metric of a figure whose sentence says 赚 before it (its own phrase, or the level a change after it
 * goes on from: 去年税后赚264亿，较前年减少2成), unless its phrase names the attributable profit itself.
 */
export function earnedProfitMetric(metric: string, phrase: string, sentenceBefore: string, subject: string): string {
  if (!subject.endsWith('金控') || !metric.startsWith(attributable) || !earnedWord.test(sentenceBefore) || namedAttributable.test(phrase)) return metric;
  return netProfit + metric.slice(attributable.length);
}
