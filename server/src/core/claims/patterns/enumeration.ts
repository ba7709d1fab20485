/**
 * Enumerations: a list of values paired, in order, with a list of items named before them —
 * 「2019年至2021年，净利润增速分别为12.5%、18.3%和9.7%」 (periods), 「ROA和ROE分别为0.9%和11.2%」 (metrics),
 * 「微众银行和网商银行分别实现净利润…」 (subjects), "revenue and net profit rose 3.2% and 4.1% respectively",
 * and 「…1,234.5亿笔，金额456.78万亿元，同比分别增长10.1%和8.2%」 (the changes of the levels just stated).
 * When the two lists do not have the same length nothing is paired, and the values get no claim.
 */
import type { DateMention, FigureMention, Period, Span } from '../../types';
import { firstStartingAt, listStartOf, spansWithin } from '../sentences';
import type { SubjectMention } from '../subjects';

export interface EnumeratedItem {
  /** The metric phrase the value measures, to be normalised by the binder's normaliser. */
  metricPhrase?: string;
  /** The value states a change of that metric (rose, 增长), not its level. */
  change?: boolean;
  /** True when the change is on the quarter before (分别较24Q3下行5bp、7bp; 环比分别…). */
  quarterOnQuarter?: boolean;
  subject?: string;
  period?: Period;
  /** The value is the change of the level figure at this mention index (earlier in the sentence). */
  changeOf?: number;
  /** The list could not be paired: the value states nothing the claims can use. */
  unpaired?: boolean;
  /**
   * The mention index of the list's first value: values paired with periods or subjects all measure
   * the metric the first one is bound to (净利润增速分别为12.5%、18.3%和9.7%).
   */
  first: number;
}

interface FigureEntry {
  figure: FigureMention;
  index: number;
}

const chineseMarker = /(?:分别|依次)(?:为|是|达到?|录得|实现|增长|增加|上升|提高|提升|下降|减少|降低|下滑|回落|下行|较上年末增长|较上年增长|同比增长|同比下降|增|降|升|减)?/g;
const englishMarker = /\brespectively\b/gi;
/**
 * What may stand between 分别 and the first value: the base of the changes (较24Q3, 较23 年, 环比, 较上年末)
 * and items that changed by no number (持平、), each of which takes a place in the list.
 */
const chineseLead =
  /^[\s\u3000]*(?:(?:较|比|相比|环比|同比)[\s\u3000]*(?:\d{2}(?:Q[1-4]|H[12])末?|[1-4]Q\d{2}末?|(?:20)?\d{2}[\s\u3000]?年(?:末|底|同期)?|\d{1,2}[\s\u3000]?月末|上年末|上年|去年|年初|上季度?末?|[一二三]季度末?)?[\s\u3000]*(?:同比|环比)?)?[\s\u3000]*((?:(?:持平|不变|保持稳定)[\s\u3000]*[、，,][\s\u3000]*)*)/;
/** How far after 分别 its base and unchanged items are read (较24Q3持平、持平、…): a few dozen characters at most. */
const leadReach = 96;
/** A change word before a list of values with no 分别 (总资产、贷款、存款同比+16.7%、+20.6%、+19.2%). */
// …分别为1.17%、2.05%、1.58%，较年初下降0.08、0.59、0.15个百分点: a base since the year began does the same.
const bareMarker = /(?:同比|环比|较年初|较上年末|比年初|比上年末)(?=[\s\u3000]*(?:增长|增加|上升|提升|下降|减少|下滑|回落)?[\s\u3000]*[+＋\-−]?\d)/g;
/** A copula right before a list of values with no 分别 (2024年上半年和2023年上半年资产增速为9.25%和10.33%). */
const copulaMarker = /(?:为|是|达到?)(?=[\s\u3000]*[+＋\-−]?\d)/g;
/** The levels the changes arrive at (…分别较24Q3下行15.5pct、11bp至389.4%、2.97%). */
const chineseLevelsAfter = /^[\s\u3000]*(?:分别|依次)?(?:至|到|升至|降至|达到?)[\s\u3000]*/;
/** Segments that qualify a shared head (对公、零售贷款收益率 are 对公贷款收益率 and 零售贷款收益率). */
const segmentQualifier = /^(?:对公|对私|零售|个人|公司|企业|住房|消费|经营|信用卡|普惠|小微|按揭|个贷|公贷)/;
/** Heads a list's last item may share with items that name none (营收、PPOP、归母净利润增速). */
const sharedRateHead = /(?:同比增速|增速|增长率|增幅|收益率|成本率|不良率|不良贷款率)$/;
const namesRate = /率|比|增速|增幅|占比|息差|利差|growth|ratio|margin/i;
/** How far before juxtaposed values their names are looked for. */
const namesReach = 64;
/** The opening of a bracketed list of the same items in another period: （1H25：, (24Q3: . */
const bracketedPeriodList = /^[\s\u3000]*[（(][\s\u3000]*(?:(?:20)?\d{2}\s?(?:H[12]|Q[1-4])|[1-4][HQ]\d{2}|上半年|一季度|前三季度|上年同期)[\s\u3000]*[：:][\s\u3000]*/;
const sequenceMarker = /[从從](?=[\s\u3000]*[-−+]?\d)/g;
const sequenceJoiners = /^[\s\u3000]*(?:[，,][\s\u3000]*)?(?:再|又|继而|繼而)?(?:到|至|增至|升至|降至)[\s\u3000]*$/;
const englishListVerb = /\b(?:were|stood at|came in at|amounted to)\b/gi;
const increaseWords = /增长|增加|上升|提高|提升|[增升](?=[\s\u3000]*\d)|\b(?:rose|grew|increased|up|climbed|gained)\b/i;
const decreaseWords = /下降|减少|下滑|回落|下行|降低|[降减跌](?=[\s\u3000]*\d)|\b(?:fell|declined|decreased|down|dropped|slipped)\b/i;
// A plus sign the figure grammar leaves outside the next value (+5.4%、+7.1%) joins as well.
const listJoiners = /^(?:[、，,]|和|及|与|以及|and|,\s*and|\s)+[+＋]?$/i;
/** A list word and a short description of the next name (和新晋“千亿俱乐部”成员新网银行). */
const modifiedJoiner = /^(?:、|和|及|与|以及)[^，,。；;：:、]{1,14}$/;
const quarterBase = /环比|環比|(?:较|較)上季|比上季|(?:较|比)[\s\u3000]?(?:\d{2}Q[1-4]|[1-4]Q\d{2}|20\d{2}Q[1-4])|quarter[- ]on[- ]quarter|from the previous quarter/i;
const itemSplit = /、|和|及|与|以及|,\s*and\s+|\s+and\s+|,\s*/;

/** The values of an enumeration: the figures after the marker joined only by list words. */
/** The index of the first figure that starts at or after `offset` (figures are in document order). */
function firstFigureAt(figures: readonly FigureEntry[], offset: number): number {
  return firstStartingAt(figures, offset, (entry) => entry.figure.start);
}

function valuesAfter(
  text: string,
  figures: readonly FigureEntry[],
  from: number,
  end: number,
  joiners: RegExp = listJoiners,
  bracketed?: Map<number, FigureEntry[]>,
): FigureEntry[] {
  const values: FigureEntry[] = [];
  let cursor = from;
  // A sentence may be a whole flattened document with a marker in every statement: start at the marker, not at the sentence.
  for (let i = firstFigureAt(figures, from); i < figures.length; i++) {
    const entry = figures[i]!;
    if (entry.figure.start < cursor) continue;
    if (entry.figure.start >= end) break;
    const gap = text.slice(cursor, entry.figure.start);
    if (values.length > 0 ? !joiners.test(gap) && gap !== '' : gap.trim().length > 6) break;
    if (values.length > 0 && !sameListUnit(entry.figure.unit, values[0]!.figure.unit)) break;
    values.push(entry);
    cursor = entry.figure.end;
    // 4383.47亿元(yoy+5.62%)、2136.90亿元(yoy+1.30%): a bracket after a value holds that value's own change.
    if (bracketed) {
      const close = valueBracket.exec(text.slice(cursor, Math.min(end, cursor + bracketReach)));
      const inside: FigureEntry[] = [];
      // (Only the figures up to the bracket's end are looked at: a sentence may be a whole flattened document.)
      for (let j = i + 1; close && j < figures.length && figures[j]!.figure.start < cursor + close[0].length; j++) {
        if (figures[j]!.figure.end <= cursor + close[0].length) inside.push(figures[j]!);
      }
      if (close && inside.length > 0 && inside.every((other) => !sameListUnit(other.figure.unit, entry.figure.unit) || /^(?:%|pp|bp)$/.test(other.figure.unit))) {
        bracketed.set(values.length - 1, inside);
        cursor += close[0].length;
      }
    }
  }
  return values;
}

/** The metric phrases of the last `count` levels a list earlier in the sentence paired, in order; null when there are fewer. */
function itemsListedBefore(inSentence: readonly FigureEntry[], found: ReadonlyMap<number, EnumeratedItem>, listStart: number, count: number): string[] | null {
  const phrases: string[] = [];
  for (const entry of inSentence) {
    if (entry.figure.end > listStart) break;
    const item = found.get(entry.index);
    if (item?.metricPhrase && !item.change) phrases.push(item.metricPhrase);
  }
  return phrases.length >= count ? phrases.slice(-count) : null;
}

/** A clause that names only a share of a whole (占总贷款比例, 占比, 在贷款总额中的占比) before its list of values. */
const shareClause = /^(?:占[^，,。；;、]{0,10}(?:的)?(?:比例|比重|占比)?|在[^，,。；;、]{1,10}中(?:的)?(?:占比|比重)|占比)$/;

/** A bracket right after a value, with no other bracket inside it. */
const valueBracket = /^[ \t\u3000]*[（(][^（()）]*[)）]/;
const bracketReach = 40;

/** How many figures before a list could be the levels it changes: those whose unit differs from the list's. */
function levelsBefore(figures: readonly FigureEntry[], listStart: number, values: readonly FigureEntry[]): number {
  return figuresBefore(figures, listStart).filter((entry) => entry.figure.unit !== values[0]!.figure.unit).length;
}

/**
 * How far before a list its items, periods and levels are looked for: a sentence may be a whole flattened
 * document, and a list names what it measures close by.
 */
const listReach = 600;

/** The figures (in text order) that end before a list and start within its reach. */
function figuresBefore(figures: readonly FigureEntry[], listStart: number): FigureEntry[] {
  let low = 0;
  let high = figures.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (figures[middle]!.figure.start < listStart - listReach) low = middle + 1;
    else high = middle;
  }
  const found: FigureEntry[] = [];
  for (let i = low; i < figures.length && figures[i]!.figure.start < listStart; i++) if (figures[i]!.figure.end <= listStart) found.push(figures[i]!);
  return found;
}

/** Values of one list share a unit; points and basis points are both changes of a rate (下行12.5pct、9bp). */
function sameListUnit(a: string, b: string): boolean {
  return a === b || ((a === 'pp' || a === 'bp') && (b === 'pp' || b === 'bp'));
}

/** The values before "respectively": figures joined by list words, ending at the marker. */
function valuesBefore(text: string, figures: readonly FigureEntry[], start: number, markerAt: number): FigureEntry[] {
  const values: FigureEntry[] = [];
  let cursor = markerAt;
  for (let i = firstFigureAt(figures, markerAt) - 1; i >= 0; i--) {
    const entry = figures[i]!;
    if (entry.figure.end > cursor) continue;
    if (entry.figure.end <= start) break;
    const gap = text.slice(entry.figure.end, cursor);
    if (values.length === 0 ? !/^[\s,，]*(?:year[- ](?:on|over)[- ]year[\s,]*)?$/i.test(gap) : !listJoiners.test(gap)) break;
    // The values of one list share a unit: 512.46 trillion yuan, up 11.4% and 7.9% is an amount and a list of rates.
    if (values.length > 0 && entry.figure.unit !== values[0]!.figure.unit) break;
    values.unshift(entry);
    cursor = entry.figure.start;
  }
  return values;
}

/** Years or periods enumerated before the values (2019年至2021年 gives three years). */
function periodsBefore(text: string, dates: readonly DateMention[], sentence: Span, before: number, count: number): Period[] | null {
  const inSentence = spansWithin(dates, { start: Math.max(sentence.start, before - listReach), end: before });
  // The periods are listed together (2023年和2024年, 24Q1、24H1): 2025年半年报…上半年 names one period twice.
  // 2023年年报和2024年年报显示: the reports of the years listed name their periods as well.
  const listed = inSentence.every((date, i) => i === 0 || listJoiners.test(text.slice(inSentence[i - 1]!.end, date.start).replace(reportAfterYear, '')));
  if (inSentence.length === count && count > 1 && listed && inSentence.every((date) => date.granularity === 'year' || date.granularity === 'half' || date.granularity === 'quarter')) {
    return inSentence.map((date) => date.period);
  }
  const range = inSentence.find((date) => date.granularity === 'range');
  if (range) {
    const first = Number(range.period.start.slice(0, 4));
    const last = Number(range.period.end.slice(0, 4));
    if (last - first + 1 === count && range.period.start.endsWith('-01-01') && range.period.end.endsWith('-12-31')) {
      return Array.from({ length: count }, (_, i) => ({ start: `${first + i}-01-01`, end: `${first + i}-12-31` }));
    }
  }
  return null;
}

/** The name of a year's report after the year (2023年年报和2024年年报), which lists the year as a period. */
const reportAfterYear = /^(?:年度报告|年报|年度|财报|財報)/;

/** Subjects joined by list words right before the marker's clause (微众银行和网商银行分别…). */
function subjectsBefore(text: string, subjects: readonly SubjectMention[], sentence: Span, before: number, count: number): string[] | null {
  const inSentence = spansWithin(subjects, { start: Math.max(sentence.start, before - listReach), end: before }).filter((subject) => subject.pronoun === null);
  if (inSentence.length < count || count < 2) return null;
  const run = inSentence.slice(-count);
  for (let i = 1; i < run.length; i++) {
    const gap = text.slice(run[i - 1]!.end, run[i]!.start);
    if (!listJoiners.test(gap) && !modifiedJoiner.test(gap)) return null;
  }
  return run.map((subject) => subject.name);
}

/** Words that contract two nouns into one (存贷款 for 存款和贷款), with the two they stand for, in order. */
const contractedPairs: readonly [string, readonly [string, string]][] = [
  ['存贷款', ['存款', '贷款']],
  ['存貸款', ['存款', '貸款']],
  ['营收净利', ['营收', '净利']],
];

/** Metric names joined by list words before the marker (ROA和ROE, 营业收入、净利润和总资产). */
function metricsBefore(text: string, from: number, before: number, count: number): string[] | null {
  if (count < 2) return null;
  const phrase = text
    .slice(from, before)
    // A period in analysts' shorthand (2024H1, 24Q3) is no part of the first name.
    // (1-3Q25 is the first three quarters.)
    .replace(/(?<![A-Za-z0-9])(?:(?:20\d{2}|\d{2})\s?(?:H[12]|Q[1-4]|A|E)|(?:[1-4]\s?[-–~]\s?)?[1-4]Q\d{2})(?![A-Za-z0-9])末?/g, '')
    .replace(/^[\s，,：:]+/, '')
    // A month without a year (6月末) that the dates leave unresolved opens the clause, not the first name.
    .replace(/^\d{1,2}[\s\u3000]?月(?:末|底)?/, '')
    .replace(/(?:同比|环比|较上年末|較上年末|较年初|較年初|较上年|比上年|year[- ](?:on|over)[- ]year|were|was|are|is|rose|grew|increased|fell|declined|dropped|up|down|by)[\s,]*$/gi, '')
    // "DBS also noted that total income and …": what a reporting verb introduces; "… for the first half of the year": the
    // period the names are stated for.
    .replace(/^.*?\b(?:noted|said|added|reported|announced|showed|revealed) that\s+/i, '')
    .replace(/\s+(?:for|in|during|over)\s+the\s+(?:first|second)\s+(?:half|quarter)(?:\s+of\s+(?:the\s+year|\d{4}))?$/i, '')
    .trim();
  const items = phrase
    .replace(/^['’]s\s+/, '')
    // 贷款和垫款 (loans and advances) is one item of the statements.
    .replace(/([贷貸]款)[和及]([垫墊]款)/g, '$1$2')
    .split(itemSplit)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  // 企业存贷款余额…分别增5.4%、4.7%: one word that joins two nouns (存贷款 is 存款 and 贷款) names two items.
  if (items.length === 1 && count === 2) {
    const joined = contractedPairs.find(([word]) => items[0]!.includes(word) && !/存贷比/.test(items[0]!));
    if (joined) {
      const [word, [first, second]] = joined;
      return [items[0]!.replace(word, first), items[0]!.replace(word, second)];
    }
  }
  if (items.length !== count) return null;
  // 投向制造业、战略性新兴产业、绿色发展等领域贷款增速: the items qualify one head, which the last carries after 等.
  // (科技、绿色、普惠等重点领域贷款: 科技贷款, 绿色贷款, 普惠贷款.)
  const shared = /^(.+?)等(?:重点|主要|相关)?(?:领域|行业|方面|板块|地区)?(.{2,})$/.exec(items[items.length - 1]!);
  if (shared) {
    const head = shared[2]!;
    return items.map((item, i) => (i === items.length - 1 ? `${shared[1]}${head}` : `${item}${head}`));
  }
  // Items are names of metrics: a few Chinese characters, or a few English words.
  // Digits that are part of a name (tier-1, CET1, M2) are no values.
  if (items.some((item) => /\d/.test(item.replace(/(?:\btier[- ]?|\bCET|\bAT|\bM)[0-3]\b|[一二]级/gi, '')) || (/[\u3400-\u9fff]/.test(item) ? item.length > 20 : item.split(/\s+/).length > 6))) return null;
  return withSharedHead(items);
}

/**
 * 经营收入和拨备前利润均有正增长，分别同比增长2.95%和3.37%: a 分别 that opens its clause lists the values of the
 * names the clause before it opens with, up to its 均 (both) or 都, when that clause states no figure.
 */
function namesOfClauseBefore(
  text: string,
  figures: readonly FigureEntry[],
  subjects: readonly SubjectMention[],
  dates: readonly DateMention[],
  sentence: Span,
  clauseStart: number,
  markerAt: number,
  count: number,
  clauseStartBefore: (offset: number) => number,
): string[] | null {
  if (clauseStart - 2 <= sentence.start || !/^[\s\u3000]*(?:则|則|也|亦|且|并|並)?[\s\u3000]*$/.test(text.slice(clauseStart, markerAt))) return null;
  const previousStart = clauseStartBefore(clauseStart - 2);
  if (previousStart < sentence.start || previousStart >= clauseStart) return null;
  if (figures.some((entry) => entry.figure.start >= previousStart && entry.figure.end <= clauseStart)) return null;
  const clause = text.slice(previousStart, clauseStart);
  const both = /[均都]/.exec(clause);
  if (!both) return null;
  const end = previousStart + both.index;
  const from = Math.max(
    previousStart,
    ...subjects.filter((subject) => subject.start >= previousStart && subject.end <= end).map((subject) => subject.end),
    ...dates.filter((date) => date.start >= previousStart && date.end <= end).map((date) => date.end),
  );
  return metricsBefore(text, from, end, count);
}

/** Items that name no head of their own take the last item's: a segment its noun, a metric its rate. */
function withSharedHead(items: string[]): string[] {
  const last = items[items.length - 1]!;
  const lastSegment = segmentQualifier.exec(last)?.[0];
  const rateHead = sharedRateHead.exec(last)?.[0];
  return items.map((item, i) => {
    if (i === items.length - 1) return item;
    if (lastSegment && segmentQualifier.exec(item)?.[0] === item) return `${item}${last.slice(lastSegment.length)}`;
    if (rateHead && !namesRate.test(item)) return `${item}${rateHead}`;
    return item;
  });
}

/** 营收环比、同比增长分别为-7.98%、1.1%: one metric's changes on two bases, listed before their values. */
const changeKindsMarker = /(环比|同比)[\s\u3000]*[、和与及\/][\s\u3000]*(环比|同比)/g;
/** What may stand between the change kinds and their first value, which may also begin that value's own span (增长-24.26%). */
const changeKindsTail = /^[\s\u3000]*(?:分别)?(?:增长|增速|增幅|变动|变化|增减)?(?:率)?(?:分别)?(?:为|是)?[\s\u3000]*$/;

/**
 * Pairs the two values after a list of change kinds (环比、同比) with them, as changes of the metric named right
 * before the list, after the last name or date there.
 */
function pairedChangeKinds(
  simplifiedSlice: string,
  offset: number,
  inSentence: readonly FigureEntry[],
  dates: readonly DateMention[],
  subjects: readonly SubjectMention[],
  clauseStartBefore: (offset: number) => number,
  found: Map<number, EnumeratedItem>,
): void {
  if (!simplifiedSlice.includes('比')) return;
  for (const match of simplifiedSlice.matchAll(changeKindsMarker)) {
    if (match[1] === match[2]) continue;
    const at = offset + match.index;
    const end = at + match[0].length;
    const k = firstFigureAt(inSentence, end);
    const [first, second] = [inSentence[k], inSentence[k + 1]];
    if (!first || !second || !changeKindsTail.test(simplifiedSlice.slice(end - offset, first.figure.start - offset))) continue;
    if (!/^[\s\u3000]*[、和及与,，][\s\u3000]*$/.test(simplifiedSlice.slice(first.figure.end - offset, second.figure.start - offset))) continue;
    let phraseStart = clauseStartBefore(at);
    for (const span of [...spansWithin(subjects, { start: phraseStart, end: at }), ...spansWithin(dates, { start: phraseStart, end: at })]) phraseStart = Math.max(phraseStart, span.end);
    const metricPhrase = simplifiedSlice.slice(phraseStart - offset, at - offset).replace(/^[\s\u3000,，、的]+/, '');
    if (!metricPhrase) continue;
    found.set(first.index, { metricPhrase, change: true, ...(match[1] === '环比' ? { quarterOnQuarter: true } : {}), first: first.index });
    found.set(second.index, { metricPhrase, change: true, ...(match[2] === '环比' ? { quarterOnQuarter: true } : {}), first: second.index });
  }
}

/**
 * The enumerated items of one sentence, by figure mention index. `levelsBefore` gives, for a value list
 * that states changes without naming them (同比分别增长10.1%和8.2%), the level figures stated before it.
 */
export function enumerations(
  text: string,
  simplified: string,
  sentence: Span,
  figures: readonly FigureEntry[],
  dates: readonly DateMention[],
  subjects: readonly SubjectMention[],
  clauseStartBefore: (offset: number) => number,
): Map<number, EnumeratedItem> {
  const found = new Map<number, EnumeratedItem>();
  const slice = text.slice(sentence.start, sentence.end);
  // The sentence's figures by binary search: a document of many short sentences must not cost sentences × figures.
  const low = firstFigureAt(figures, sentence.start);
  const inSentence: FigureEntry[] = [];
  for (let i = low; i < figures.length && figures[i]!.figure.start < sentence.end; i++) if (figures[i]!.figure.end <= sentence.end) inSentence.push(figures[i]!);
  if (inSentence.length < 2) return found;
  const markers: { at: number; end: number; english: boolean; verb?: boolean; sequence?: boolean; bare?: boolean; copula?: boolean }[] = [];
  // Traditional text (同比分別增長) is read through the document's same-length simplified form.
  const simplifiedSlice = simplified.slice(sentence.start, sentence.end);
  for (const match of simplifiedSlice.matchAll(chineseMarker)) markers.push({ at: sentence.start + match.index, end: sentence.start + match.index + match[0].length, english: false });
  for (const match of slice.matchAll(englishMarker)) markers.push({ at: sentence.start + match.index, end: sentence.start + match.index + match[0].length, english: true });
  // 净利润从-2.15亿元到4.02亿元，再到9.87亿元: values in sequence, one per period enumerated before them.
  for (const match of simplifiedSlice.matchAll(sequenceMarker)) markers.push({ at: sentence.start + match.index, end: sentence.start + match.index + match[0].length, english: false, sequence: true });
  // "The NPL ratio and net interest margin were 1.26% and 3.12%": a verb followed by two or more values is a list too.
  for (const match of slice.matchAll(englishListVerb)) markers.push({ at: sentence.start + match.index, end: sentence.start + match.index + match[0].length, english: false, verb: true });
  // 总资产、贷款、存款同比+16.7%、+20.6%、+19.2%: named items and a change word before the values, without 分别.
  // Each kind of marker was found in text order; a bare one is dropped where another Chinese one stands.
  const chineseMarkers = markers.filter((marker) => !marker.english).sort((a, b) => a.at - b.at);
  let covering = 0;
  for (const match of simplifiedSlice.matchAll(bareMarker)) {
    const at = sentence.start + match.index;
    while (covering < chineseMarkers.length && chineseMarkers[covering]!.end + 2 < at) covering++;
    const covered = chineseMarkers.slice(covering, covering + 4).some((marker) => marker.at <= at && at <= marker.end + 2);
    if (!covered) markers.push({ at, end: at + match[0].length, english: false, verb: true, bare: true });
  }
  covering = 0;
  for (const match of simplifiedSlice.matchAll(copulaMarker)) {
    const at = sentence.start + match.index;
    while (covering < chineseMarkers.length && chineseMarkers[covering]!.end + 2 < at) covering++;
    const covered = chineseMarkers.slice(covering, covering + 4).some((marker) => marker.at <= at && at <= marker.end + 2);
    if (!covered) markers.push({ at, end: at + match[0].length, english: false, verb: true, copula: true });
  }
  // 实现营业收入、归母净利润549.8亿、224.5亿: names listed with 、 and, right after the last, their values listed the same way.
  for (let k = 0; k + 1 < inSentence.length; k++) {
    const entry = inSentence[k]!;
    const start = entry.figure.start;
    if (k > 0 && listJoiners.test(text.slice(inSentence[k - 1]!.figure.end, start))) continue;
    if (!/[\u4e00-\u9fff]$/.test(simplified.slice(start - 1, start)) || !/^[、和及与]/.test(text.slice(entry.figure.end, entry.figure.end + 1))) continue;
    // (Names listed with 、 are clauses of their own: the names run back to the comma before them.)
    const lead = simplified.slice(Math.max(sentence.start, start - namesReach), start);
    const names = lead.slice(Math.max(...[...'，,；;：:'].map((mark) => lead.lastIndexOf(mark) + 1)));
    if (!/[、]/.test(names)) continue;
    // Only names stand between the last 、 and the values: a marker, a base or a verb there makes another list.
    if (/分别|依次|较|比|为|是|达|变动|增|降|升|减|至|到/.test(names.slice(names.lastIndexOf('、') + 1))) continue;
    if (markers.some((marker) => marker.end <= start && start - marker.end <= 2)) continue;
    markers.push({ at: start, end: start, english: false, verb: true });
  }
  for (const marker of markers) {
    // A direction word after 分别 may be part of the first figure (分别增长11.4%和7.9%): values start right after 分别,
    // or after the base of the changes and the items that did not change (分别较24Q3持平、下行5bp).
    const bracketed = new Map<number, FigureEntry[]>();
    const lead = !marker.english && !marker.sequence && !marker.verb ? chineseLead.exec(simplified.slice(marker.at + 2, Math.min(sentence.end, marker.at + 2 + leadReach))) : null;
    const unchanged = lead?.[1] ? (lead[1].match(/持平|不变|保持稳定/g) ?? []).length : 0;
    const values = marker.english
      ? valuesBefore(text, inSentence, sentence.start, marker.at)
      : marker.sequence
        ? valuesAfter(text, inSentence, marker.end, sentence.end, sequenceJoiners)
        : valuesAfter(text, inSentence, marker.verb ? marker.end : marker.at + 2 + (lead ? lead[0].length : 0), sentence.end, listJoiners, bracketed);
    // A sequence pairs only with periods: without them it is a change from one value to another.
    if (marker.sequence && (values.length < 2 || !periodsBefore(text, dates, sentence, marker.at, values.length))) continue;
    // A verb list only counts when the values follow the verb at once and the items before it pair with them.
    if (marker.verb && (values.length < 2 || !/^[\s\u3000+＋]*$/.test(text.slice(marker.end, values[0]!.figure.start)))) continue;
    if (values.length + unchanged < 2 || values.length === 0) continue;
    const listStart = marker.english ? values[0]!.figure.start : marker.at;
    // Items that did not change (持平) take the first places of the list; they pair only with named metrics.
    const count = values.length + unchanged;
    // A copula's list pairs only with the periods its own clause lists: the sentence may have stated others before.
    const periodScope = marker.copula ? { start: clauseStartBefore(listStart), end: sentence.end } : sentence;
    const periods = unchanged === 0 ? periodsBefore(text, dates, periodScope, listStart, count) : null;
    const named = unchanged === 0 ? subjectsBefore(text, subjects, sentence, listStart, count) : null;
    // Names listed with 、 (归母净利润、营收、PPOP 分别…) are clauses of their own: the list starts at the first.
    let clauseStart = listStartOf(text, sentence.start, clauseStartBefore(listStart), clauseStartBefore);
    // "the core tier-1 capital adequacy ratio, tier-1 capital adequacy ratio, and capital adequacy ratio stood at …":
    // English lists its names with commas, which part clauses; the names before are short clauses with no figure.
    if (marker.english || marker.verb) {
      for (let steps = 1; steps < count && clauseStart - 2 > sentence.start && text[clauseStart - 1] === ','; steps++) {
        const previous = clauseStartBefore(clauseStart - 2);
        if (previous >= clauseStart || clauseStart - previous > 72 || inSentence.some((entry) => entry.figure.start >= previous && entry.figure.end <= clauseStart)) break;
        clauseStart = previous;
      }
    }
    // The names start after the subject and the date that open the clause (6月末总资产、贷款、存款同比…).
    const metricFrom = Math.max(
      clauseStart,
      ...subjects.filter((subject) => subject.end <= listStart && subject.start >= clauseStart).map((subject) => subject.end),
      // A comparison's base (存款、贷款余额较上年末分别…) follows the names, not opens them.
      ...dates.filter((date) => date.start >= clauseStart && date.end <= listStart && !/(?:较|較|比)$/.test(text.slice(Math.max(0, date.start - 1), date.start))).map((date) => date.end),
    );
    const ownNames = named ? null : metricsBefore(text, metricFrom, marker.english ? firstVerbBefore(text, metricFrom, listStart) : marker.at, count);
    const earlierNames = named || ownNames || marker.english || marker.verb || marker.sequence ? null : namesOfClauseBefore(text, inSentence, subjects, dates, sentence, clauseStart, marker.at, count, clauseStartBefore);
    // …分别为4383.47亿元、2136.90亿元，占总贷款比例分别为58.04%、28.30%: the shares of the items named before.
    const sharesOnly = !named && !ownNames && !marker.english && shareClause.test(simplified.slice(clauseStartBefore(marker.at), marker.at).replace(/^[\s\u3000,，]+/, ''));
    const listedBefore = sharesOnly ? (earlierNames ?? itemsListedBefore(inSentence, found, listStart, count)) : null;
    const shareOfEarlier = listedBefore !== null;
    const metrics = ownNames ?? (listedBefore ? listedBefore.map((name) => `${name}占比`) : earlierNames);
    // Without names, a bare list states the changes of the levels before it (营收…，净利润…，同比增长1.5%和1.08%).
    if (marker.copula ? !metrics && !periods && !named : marker.verb && !metrics && !(marker.bare && unchanged === 0 && levelsBefore(inSentence, listStart, values) >= count)) continue;
    // Rates are levels of changes in points (…分别为15.9%及12.07%，分别较去年底下跌0.12个百分点及0.04个百分点), not of
    // changes in per cent.
    const pointChanges = /^(?:pp|bp)$/.test(values[0]!.figure.unit);
    const levels = figuresBefore(inSentence, listStart).filter((entry) => pointChanges || !/^[%％]$/.test(entry.figure.unit));
    // English names what the values measure between the levels and the list; words the names could not be read
    // from ("…; and the annualized ROAA and ROAE were 1.22% and 13.96% respectively") are no changes of the levels.
    const namedBetween = marker.english && levels.length > 0 && (text.slice(levels[levels.length - 1]!.figure.end, listStart).match(/[A-Za-z]{3,}/g) ?? []).length > 6;
    const changes = !periods && !named && !metrics && !namedBetween && unchanged === 0 && levels.length >= count ? levels.slice(-count) : null;
    const first = values[0]!.index;
    // What the values state: levels, or changes (rose 6.8% and 9.9% respectively; 分别增长…).
    // (Within the list's clause: 利息净收入下滑明显，2020年至2024年分别为… states levels, not decreases.)
    // (The values' own brackets, 4383.47亿元(yoy+5.62%), state their changes, not what the list states.)
    const statementText = simplified.slice(Math.max(sentence.start, listStart - 40, clauseStartBefore(listStart)), values[values.length - 1]!.figure.end);
    const statement = shareOfEarlier
      ? simplified.slice(clauseStartBefore(marker.at), values[values.length - 1]!.figure.end)
      : bracketed.size > 0
        ? statementText.replace(/[（(][^（()）]*[)）]/g, '')
        : statementText;
    // 分别同比+5.4%、+7.1%: changes whose signs the values carry.
    // 分别较23年-8bp、-37bp: values after the base of a comparison are changes too.
    const change = increaseWords.test(statement)
      ? 'increase'
      : decreaseWords.test(statement)
        ? 'decrease'
        : /同比|环比|\byoy\b|year[- ](?:on|over)[- ]year/i.test(statement) || /较|比/.test(lead?.[0] ?? '')
          ? 'signed'
          : null;
    values.forEach((value, position) => {
      const i = position + unchanged;
      // 分别下降了8.4%和13%: the later values of a decrease carry no sign of their own, so their claims would be rises.
      if ((periods || named || metrics) && change === 'decrease' && value.figure.direction === null) found.set(value.index, { unpaired: true, first });
      else if (periods) found.set(value.index, { period: periods[i]!, first });
      else if (named) found.set(value.index, { subject: named[i]!, first });
      // 总资产、贷款增速分别较24Q3提升0.4pct: points on growth rates, a change of a change, which has no key.
      else if (metrics && /^(?:pp|bp)$/.test(value.figure.unit) && /增速|增长率|增幅|growth/i.test(metrics[metrics.length - 1]!)) found.set(value.index, { unpaired: true, first });
      else if (metrics) {
        found.set(value.index, { metricPhrase: metrics[i]!, change: change !== null, ...(change !== null && quarterBase.test(statement) ? { quarterOnQuarter: true } : {}), first });
        // The change in the bracket after a level is that item's change (its base: the bracket's own words).
        for (const inside of bracketed.get(position) ?? []) {
          found.set(inside.index, change === null ? { metricPhrase: metrics[i]!, change: true, ...(quarterBase.test(text.slice(value.figure.end, inside.figure.start)) ? { quarterOnQuarter: true } : {}), first: inside.index } : { unpaired: true, first });
        }
      }
      else if (changes && value.figure.unit !== changes[i]!.figure.unit) found.set(value.index, { changeOf: changes[i]!.index, first });
      else found.set(value.index, { unpaired: true, first });
    });
    // "… grew 12.4% and 9.8% respectively in 2024, to RMB 110.26 billion and RMB 136.68 billion", 「…分别较24Q3
    // 下行15.5pct、11bp至389.4%、2.97%」: the levels after "to" (至) pair with the same items.
    if (metrics) {
      const after = marker.english ? marker.end : values[values.length - 1]!.figure.end;
      const to = (marker.english ? /^[^.;]*?,?\s*\bto\s+/i : chineseLevelsAfter).exec(marker.english ? text.slice(after, sentence.end) : simplified.slice(after, sentence.end));
      const levels = to ? valuesAfter(text, inSentence, after + to[0].length, sentence.end) : [];
      if (levels.length === count && text.slice(after + to![0].length, levels[0]!.figure.start).trim() === '') {
        const firstLevel = levels[0]!.index;
        levels.forEach((level, i) => found.set(level.index, { metricPhrase: metrics[i]!, change: false, first: firstLevel }));
      }
    }
    // …同比增长8.3%、8.4%（1H25：7.9%、8.2%）: the same items' values of another period, in brackets after the list.
    const restated = bracketedPeriodList.exec(simplified.slice(values[values.length - 1]!.figure.end, sentence.end));
    if (restated) {
      const from = values[values.length - 1]!.figure.end + restated[0].length;
      const again = valuesAfter(text, inSentence, from, sentence.end);
      if (again.length === count && unchanged === 0 && again.every((entry) => sameListUnit(entry.figure.unit, values[0]!.figure.unit))) {
        const firstAgain = again[0]!.index;
        // Changes paired with the levels before them have no levels of the other period: those stay unclaimed.
        again.forEach((entry, i) => found.set(entry.index, metrics ? { metricPhrase: metrics[i]!, change: change !== null, first: firstAgain } : { unpaired: true, first: firstAgain }));
      }
    }
  }
  // Its list reads as two names (营收环比、同比增长) to the passes above: it goes last.
  pairedChangeKinds(simplifiedSlice, sentence.start, inSentence, dates, subjects, clauseStartBefore, found);
  return found;
}

/** English names the items before the verb: "Revenue and net profit rose 3.2% and 4.1% respectively". */
function firstVerbBefore(text: string, from: number, before: number): number {
  const window = text.slice(from, before);
  const verb = /\s(?:were|was|rose|grew|increased|fell|declined|dropped|went up|went down|climbed|reached|stood|came in)\b/i.exec(window);
  return verb ? from + verb.index : before;
}
