/**
 * The normal form of metric phrases, shared by the ontology and the metric normaliser: simplified
 * Chinese without brackets, quotation marks, 的 and spaces; lower-case English with single spaces;
 * and the noise words (running totals, hedges, verbs of stating) stripped at both ends.
 */
import { toSimplifiedSameLength } from '../textChinese';

/** Words around a metric that carry no meaning of their own (running totals, emphasis, hedges, verbs of stating). */
export const leadingNoiseZh = [
  '累计', '累積', '共计', '总共', '合计', '共', '已经', '已', '目前', '至今', '现已', '现', '其中', '此外', '另外', '同时', '并且', '并',
  '全年', '当年', '报告期内', '报告期', '年内', '期内', '年化', '实现', '达到', '达', '拥有', '有', '服务了', '服务', '为', '对', '向', '给', '在', '将', '和', '及', '与',
  '以及', '还', '再', '超过了', '超过', '超', '逾', '约', '近', '全国', '我国', '全行', '平台', '用于', '还有', '分别', '依次', '了', '再次', '均',
  '每年', '每月', '历年', '始终', '持续', '一直', '维持', '自推出以来', '推出以来', '以来', '等各类', '各类', '等',
  '预测公司', '预计公司', '报告公司', '预计将', '预计', '预期', '计划', '力争', '争取', '有望', '拟', '将会', '将',
  // Hong Kong's "on a reported basis" (列账基准除税前盈利), the default reading beside an adjusted one.
  '列账基准', '列帐基准', '按列账基准', '按列帐基准',
  '导致', '从而', '进而',
  // A month's own figure (单月税后净利) beside its running total: the period says which.
  '单月',
  // Taiwan's self-reported (自结) monthly figures are the holdings' own, consolidated (合并) as always.
  '自结合并', '自结',
  '之', '但是', '但', '而且', '而', '主要受', '主要是', '主要', '受', '尤其是', '特别是', '虽然', '虽', '尽管', '其', '且',
  // Verbs of reporting, as Hong Kong papers write them (昨公布除税前溢利, 亦扭亏录除税前溢利).
  '昨公布', '昨日公布', '今日公布', '公布', '宣布', '录得', '录', '亦', '扭亏为盈', '扭亏',
  // A change restated as a rate (上升46.86亿港元或13.3%).
  '或',
];
/** Words that begin with a noise word but are not noise (其他业务收入, 有效客户, 在贷余额, 现金分红, 对公贷款). */
const protectedStarts = ['或有', '其他', '其余', '对公', '对私', '对外', '逾放', '逾期', '有效', '有息', '现金', '现有', '共享', '共同', '在贷', '在线', '在途', '在保', '在管', '为期', '平均', '均值', '及时', '达标'];
export const trailingNoiseZh = [
  '分别为', '分别达', '分别', '依次为', '依次', '约为', '高达', '达到了', '达到', '已达', '达', '为', '是', '超过了', '超过', '超', '逾', '突破', '约', '近', '仅为', '仅',
  '持平于', '持平在', '维持在', '保持在', '保持', '将会', '将要', '将', '降低至', '降至', '升至', '增至', '提升至', '提高至', '至', '到', '了', '已', '共', '有', '在', '占', '均', '也', '就', '还', '则',
  '始终', '持续', '一直', '已经', '仍', '依然', '仍然', '依旧', '只', '尚', '预计将', '预计', '预期', '有望', '将', '维持', '維持', '小幅', '大幅', '略',
  // Verbs that reach a level, with their adverbs (微降至1.44%, 曾攀升至1.65%).
  '跌破', '跌至', '升破', '微降至', '微升至', '微增至', '攀升至', '回升至', '回落至', '下滑至', '下降至', '上升至', '微降', '微升', '微增', '攀升', '曾', '一度',
  // Verbs of providing for a loss after its name (减值损失计提194.5亿元).
  '计提了', '计提',
  // Hong Kong's verb of reporting after the metric (利息净收入仅录得445.07亿元).
  '仅录得', '录得',
  // Taiwan's ranking by value (国泰金则以1079.9亿元排第二).
  '则以', '以',
];
export const leadingNoiseEn = [
  'the', 'a', 'an', 'its', 'their', 'our', 'total', 'cumulative', 'cumulatively', 'accumulated', 'has', 'have', 'had', 'reported', 'reports',
  'posted', 'recorded', 'achieved', 'served', 'serves', 'with', 'and', 'of', 'in', 'to', 'for', 'over', 'more', 'than', 'about', 'nearly',
  'approximately', 'around', 'some', 'reached', 'its', 'which', 'that', 'while', 'whose', 'as', 'at', 'by', 'on', 'number', 'today',
  'audited', 'unaudited', 'consolidated', 'groups', 'banks', 'companys', 'achieving', 'achieve', 'posting', 'recording', 'reporting',
  'delivering', 'delivered', 'generating', 'generated', 'booked', 'booking', 'realised', 'realized', 'realising', 'realizing', 'registered',
  'driven', 'driving', 'boosted', 'supported', 'overall', 'saw', 'sees', 'seeing', 'witnessed', 'representing', 'reflecting', 'marking',
  'significant', 'slight', 'sharp', 'modest', 'marginal', 'substantial', 'strong', 'robust', 'notable', 'remarkable', 'steady',
  'although', 'though', 'however', 'but', 'yet', 'slightly',
  // "…, from $2.79 billion for the same period last year": the base's preposition names nothing.
  'from',
  // Adjectives of the period (first-half net profit): the as-of says it.
  // The country of a national statistic (China's yuan loans) is its subject's, not the metric's.
  'china', 'chinas',
  // An annualised rate is the rate as stated (年化加权平均净资产收益率 is 加权平均净资产收益率 too).
  'annualized', 'annualised',
  // "…, totaling a cash dividend of RMB 14.63 billion": the verb of a sum opens the name of what is summed.
  'totaling', 'totalling',
  'first-half', 'half-year', 'half-yearly', 'interim', 'full-year', 'annual', 'first-quarter', 'third-quarter', 'nine-month', 'year-to-date', 'ytd', 'or',
];
export const trailingNoiseEn = [
  // "the broad money supply (M2) in China": the country is the statistic's subject.
  'china', 'chinas',
  'of', 'from', 'was', 'were', 'is', 'are', 'reached', 'totalled', 'totaled', 'stood', 'at', 'to', 'amounted', 'came', 'in', 'rose', 'grew', 'increased',
  'hit', 'exceeded', 'over', 'more', 'than', 'about', 'nearly', 'approximately', 'around', 'some', 'by', 'topped', 'surpassed', 'reaching',
  'has', 'have', 'had', 'been', 'a', 'an', 'the', 'up', 'down', 'almost', 'roughly', 'just', 'under', 'below', 'above', 'least',
  'tops', 'topped', 'climbed', 'jumped', 'declined', 'dropped', 'fell', 'stands', 'totalling', 'totaling', 'amounting', 'standing',
  'soared', 'slipped', 'edged', 'exceeding', 'surpassing', 'reach', 'hitting', 'remained', 'remains', 'stable', 'steady', 'unchanged',
  'flat', 'for', 'expected', 'projected', 'forecast', 'likely', 'set', 'due', 'will', 'be', 'would', 'is', 'are', 'today',
  'nearing', 'near', 'topping', 'approaching', 'approached', 'reportedly', 'held', 'holding', 'jump', 'jumped', 'surge', 'rise', 'drop',
  'decreased', 'stabilized', 'stabilised', 'improved', 'narrowed', 'widened', 'reached', 'increasing', 'decreasing', 'declining', 'rising',
  'saw', 'sees', 'see', 'witnessed', 'representing', 'reflecting', 'marking', 'significant', 'significantly', 'slight', 'slightly', 'sharp',
  'sharply', 'modest', 'modestly', 'marginal', 'marginally', 'substantial', 'substantially', 'strong', 'robust', 'notable', 'remarkable', 'or',
];

/** Simplified form of a text with the same length, so offsets into it are offsets into the original. */
export function simplify(text: string): string {
  return toSimplifiedSameLength(text);
}

/** True for a phrase of printable ASCII with at least one letter (an English phrase or an abbreviation). */
export function isEnglishPhrase(phrase: string): boolean {
  return /^[\x20-\x7e]*$/.test(phrase) && /[A-Za-z]/.test(phrase);
}

export function stripWords(words: string[], leading: readonly string[], trailing: readonly string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && leading.includes(words[from]!)) from++;
  while (to > from && trailing.includes(words[to - 1]!)) to--;
  return words.slice(from, to);
}

/** Noise words by their first (leading) or last (trailing) character, longest first, so each step tries only a few. */
function indexBy(words: readonly string[], at: (word: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const key = at(word);
    index.set(key, [...(index.get(key) ?? []), word]);
  }
  return index;
}
const leadingByFirst = indexBy(leadingNoiseZh, (word) => word[0]!);
const trailingByLast = indexBy(trailingNoiseZh, (word) => word[word.length - 1]!);
const leadingNoiseSet = new Set(leadingNoiseZh);
const trailingNoiseSet = new Set(trailingNoiseZh);

/** Strips noise words at both ends of a Chinese phrase, longest first, until nothing changes. */
export function stripChinese(phrase: string): string {
  let current = phrase;
  for (let changed = true; changed && current.length > 0; ) {
    changed = false;
    // A whole noise word (其中) is dropped whole, not cut down to a remnant (中).
    if (leadingNoiseSet.has(current) || trailingNoiseSet.has(current)) return '';
    const guarded = protectedStarts.some((start) => current.startsWith(start));
    for (const word of guarded ? [] : (leadingByFirst.get(current[0]!) ?? [])) {
      if (current.startsWith(word) && current.length > word.length) {
        current = current.slice(word.length);
        changed = true;
        break;
      }
    }
    for (const word of trailingByLast.get(current[current.length - 1]!) ?? []) {
      if (current.endsWith(word) && current.length > word.length) {
        current = current.slice(0, current.length - word.length);
        changed = true;
        break;
      }
    }
  }
  // A lone noise word is no metric.
  return leadingNoiseSet.has(current) || trailingNoiseSet.has(current) ? '' : current;
}

/** Removes brackets with their content, quotation marks, 的 and spaces between Chinese characters. */
export function cleanChinesePhrase(raw: string): string {
  return simplify(raw)
    // 净利润(归属于母公司股东): the owners in brackets are part of the concept, not a remark.
    .replace(/(净利润|净利)[（(][\s\u3000]*((?:归属于?|归于)(?:本行|本公司|本集团|母公司|上市公司|银行)?(?:普通)?(?:股东|所有者)(?:的)?)[\s\u3000]*[)）]/g, '$2$1')
    .replace(/[（(][^（()）]*[)）]/g, '')
    .replace(/^[^（(]*[)）]/, '')
    .replace(/[“”"‘’'「」『』《》〈〉【】]/g, '')
    .replace(/的/g, '')
    .replace(/\s+/g, '');
}

/** 归属于本行股东的净利润 and 归属于母公司股东净利润 are the 归母 figure. */
export const attributableToOwners = /^(?:归属于?|归于)?(?:本行|本公司|本集团|母公司|上市公司|银行)?(?:普通)?股东(?:应占)?(?=净利润|净利)/;

/** The lookup form of a Chinese phrase: cleaned, Latin letters in lower case, 归属于…股东 as 归母. */
export function chineseForm(raw: string): string {
  return cleanChinesePhrase(raw)
    .toLowerCase()
    .replace(attributableToOwners, '归母');
}

/** 股息维持每股, 第三次股息继续是每股, 派发第三次股息每股: the dividend of the quarter, per share. */
export const dividendPerShareWords = /^(?:派发|宣派|宣布)?(?:第[一二三四]次)?(?:股息|派息)(?:维持|继续是|继续为|继续|为|是)?每股$/;

/** The reporter's own accounts named first (集团之股东应占溢利, 本集团净利润, 该行营业收入): no part of the metric. */
// 公司归母净利润 and 中期净利润 name the company's and the interim period's profit: the owner and the period are no part of
// the concept (公司贷款 and 中期股息 are concepts of their own, found whole first).
export const groupPossessive = /^(?:(?:本集团|集团|本行|该行|本公司|该公司)(?:口径)?之?|(?:集团|全行|母公司|本行)口径|(?:公司|中期)(?=归母|净利润|营业收入|营收|溢利|纯利))(?=.{2})/;

/** The lookup form of an English phrase: lower case, no apostrophes, hyphens as spaces, single spaces. */
export function englishForm(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/['’]/g, '')
    // "attributable to the bank's shareholders", "to its equity holders", "to its parent-company shareholders":
    // whose shareholders is no part of the metric.
    .replace(/\battributable to (?:the |its |their )?(?:(?:bank|banks|company|companys|group|groups|parent|parents|parent[- ]company|parent[- ]companys)\s+)?(shareholders|equity holders|owners)\b/g, 'attributable to $1')
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    // "net profit for the quarter": the span the figure covers is its period's, not the metric's.
    .replace(/\s(?:for|in|during|over) the (?:quarter|period|half|first half|second half|year|month|nine months|first nine months)(?: of the year)?$/, '')
    // "…, up 0.5 percentage points from the previous month and 2.5 percentage points from …": words of a base name no metric.
    .replace(/^(?:from )?(?:the )?(?:previous|prior|last|same|preceding) (?:month|quarter|year|period)(?: last year)?(?: and)?$/, '')
    .trim();
}
