/**
 * The words of findings. Each finding records what it is about as plain data (a
 * {@link FindingDetail}) and its message is built from that through a {@link FindingWords}
 * catalogue: English by default, which is what the command line prints; the server passes the
 * catalogue of the editor's language and rebuilds the same message in it. Both catalogues live here,
 * so that a new kind of finding is worded in one file.
 */
import { formatConfigPath } from '../config';
import { englishFormatWords, formatFigure, type FormatWords } from '../format';
import type { Claim, EntityKind, FigureMention, ProductMention } from '../types';

/** One figure taking part in a finding, as its message names it. */
export interface FindingFigure {
  /** The figure as written: "超3.6亿". */
  text: string;
  asOf: Claim['asOf'];
  /** The document's path in the index. */
  path: string;
}

/** A conflict or a difference: one figure against the figures it clashes with. */
export interface FigurePairDetail {
  subject: string;
  metric: string;
  own: FindingFigure;
  /** The first figures the own one clashes with (at most the index's maxRelated), in message order; related locations follow it. */
  others: FindingFigure[];
  /** How many figures the own one clashes with in all, named or not; `others.length` when absent. */
  total?: number;
  /** True when every clash is a digit apart in the last place, which rounding may explain (0.8% and 0.9%). */
  lastDigit?: boolean;
  /** True when every clash is of amounts too far apart for a slip of a digit or a unit (3.6 against 8.9 trillion). */
  farApart?: boolean;
  /** True when the figures may each be right under another accounting standard (IFRS in Hong Kong, the mainland's). */
  standards?: boolean;
  /** True when the figures are net profits close enough to be the group's and its shareholders' part (see profitMeasures.ts). */
  profitMeasures?: boolean;
  /** True when one of the figures names its metric by a word the press uses for more than one concept (股东应占溢利, 纯利, 赚). */
  looseMetric?: boolean;
  /** True when one of the figures is a change of a balance that does not say what it is measured against. */
  baseUnstated?: boolean;
}

/** Products and figures only the repaired reading of a garbled stretch shows. */
export interface HiddenMentions {
  readonly hiddenMentions?: readonly (ProductMention | FigureMention)[];
}

/** What a finding is about; the kind picks its words (see the registry's `wording`). */
export type FindingDetail =
  | (FigurePairDetail & { kind: 'conflict' })
  | (FigurePairDetail & { kind: 'difference' })
  | {
      kind: 'cumulative-decrease';
      subject: string;
      metric: string;
      own: FindingFigure;
      earlier: FindingFigure;
    }
  | (HiddenMentions & {
      kind: 'mojibake';
      /** The likely original text; □ marks characters lost for good. */
      repaired: string;
      lost: number;
    })
  | { kind: 'unknown-product'; name: string }
  | {
      kind: 'config';
      /** The field at fault in fincorpus.json; empty for the file as a whole. */
      field: readonly (string | number)[];
      problem: string;
    };

/** The sentences of findings in one language. Arguments arrive already worded by the catalogue. */
export interface FindingWords {
  /** An as-of period that spans more than a day: "2024-01-01/2024-06-30". */
  period(start: string, end: string): string;
  /** "超3.6亿 (2022-12-31 by document date, 001.txt)". */
  figure(text: string, period: string, byDocumentDate: boolean, file: string): string;
  /** "微众银行 个人客户". */
  key(subject: string, metric: string): string;
  /** Why a conflict of values a digit apart in the last place is weak. */
  lastDigit: string;
  farApart: string;
  /** Why a conflict of a dual-listed bank's income may be no error. */
  standards: string;
  /** Why a clash of close net profits may be no error. */
  profitMeasures: string;
  looseMetric: string;
  baseUnstated: string;
  /** `others` are the first few figures worded; `more` counts the ones left out. */
  conflict(key: string, own: string, others: readonly string[], more: number): string;
  difference(key: string, own: string, others: readonly string[], more: number): string;
  decrease(key: string, own: string, earlier: string): string;
  /** The related location of a decrease: the earlier, higher value. */
  earlierValue(earlier: string): string;
  /** The related location of a conflict or difference: the other figure with its key. */
  relatedFigure(key: string, figure: string): string;
  mojibake(repaired: string, lost: number): string;
  /** Appended to the mojibake message: the products and figures the repaired text shows ("微粒贷 (product)"). */
  hiddenInMojibake(names: readonly string[]): string;
  /** A product or figure the repaired text shows: its name or text and its kind or value, worded. */
  hiddenMention(text: string, what: string): string;
  entityKinds: Readonly<Record<EntityKind, string>>;
  unknownProduct(name: string): string;
  /** A problem of fincorpus.json at a field ("lexicon[0].kind", or the file's name); the last valid configuration stays in use. */
  config(field: string, problem: string): string;
}

/** How many other figures a message names before it says "and N more". */
export const maxNamedInMessage = 3;

function moreText(more: number): string {
  return more > 0 ? ` and ${more} more` : '';
}

export const englishFindingWords: FindingWords = {
  period: (start, end) => `${start}/${end}`,
  figure: (text, period, byDocumentDate, file) => `${text} (${byDocumentDate ? `${period} by document date` : period}, ${file})`,
  key: (subject, metric) => `${subject} ${metric}`,
  conflict: (key, own, others, more) => `${key}: ${own} conflicts with ${others.join('; ')}${moreText(more)}`,
  lastDigit: ' (the values differ by one in the last digit, which rounding may explain)',
  farApart: ' (the values are too far apart for a slip of a digit or a unit: one of the figures may measure something else)',
  standards: ' (the bank reports in Hong Kong under IFRS and on the mainland under Chinese standards, which define this income differently: each figure may follow one of them)',
  profitMeasures: " (the press writes net profit both for the group's whole profit and for its shareholders' part, which is a few per cent smaller: the two figures may be the two measures)",
  baseUnstated: ' (a change of a balance stated in mid-year without its base may be against a year before or against the start of the year: the two may measure different changes)',
  looseMetric: " (a figure names its metric by a word the press uses for more than one profit, such as 股东应占溢利 for the ordinary shareholders' part: the two may measure different things)",
  difference: (key, own, others, more) => `${key}: ${own} differs from ${others.join('; ')}${moreText(more)}`,
  decrease: (key, own, earlier) => `${key} is a running total but falls: ${own} after ${earlier}`,
  earlierValue: (earlier) => `earlier value ${earlier}`,
  relatedFigure: (key, figure) => `${key}: ${figure}`,
  mojibake: (repaired, lost) =>
    `Garbled text (GBK bytes decoded with the wrong framing); it probably reads “${repaired}”${lost > 0 ? `, ${lost} character(s) lost` : ''}.`,
  hiddenInMojibake: (names) => ` It hides ${names.join(', ')}.`,
  hiddenMention: (text, what) => `${text} (${what})`,
  entityKinds: { product: 'product', organisation: 'organisation', platform: 'platform', statistic: 'statistic' },
  unknownProduct: (name) => `“${name}” looks like a product name but is not in the lexicon.`,
  config: (field, problem) => `${field}: ${problem} (the last valid configuration stays in use)`,
};

function chineseMore(more: number): string {
  return more > 0 ? `等（另有 ${more} 处）` : '';
}

export const chineseFindingWords: FindingWords = {
  period: (start, end) => `${start} 至 ${end}`,
  figure: (text, period, byDocumentDate, file) => `${text}（${byDocumentDate ? `${period}，据文档日期` : period}，${file}）`,
  key: (subject, metric) => `${subject} ${metric}`,
  conflict: (key, own, others, more) => `数值冲突：${key} ${own}与${others.join('；')}${chineseMore(more)}不一致`,
  lastDigit: '（两者仅末位相差一，可能是四舍五入所致）',
  farApart: '（两者相差过大，不像笔误或单位之误，其中一个数字可能是另一指标）',
  standards: '（该行在香港按国际财务报告准则、在内地按中国会计准则披露，两者对这项收入的口径不同，两个数字可能各依其一）',
  profitMeasures: '（报道常把归属于母公司股东的净利润也称作净利润，它比集团净利润少几个百分点：两个数字可能分属这两个口径）',
  baseUnstated: '（年中余额的变动未说明比较基期，可能是同比，也可能是较上年末：两者可能并非同一变动）',
  looseMetric: '（其中一个数字的指标用语在报道中可指不同的利润口径，如“股东应占溢利”有时只是普通股股东的部分：两者可能并非同一指标）',
  difference: (key, own, others, more) => `数值表述不同：${key} ${own}与${others.join('；')}${chineseMore(more)}不同，但上下限相容`,
  decrease: (key, own, earlier) => `累计指标下降：${key} ${own}低于此前的${earlier}`,
  earlierValue: (earlier) => `此前的数值 ${earlier}`,
  relatedFigure: (key, figure) => `${key}：${figure}`,
  mojibake: (repaired, lost) => `乱码（GBK 字节按错误的编码解读），原文可能为“${repaired}”${lost > 0 ? `，已丢失 ${lost} 个字符` : ''}。`,
  hiddenInMojibake: (names) => `其中隐藏了${names.join('、')}。`,
  hiddenMention: (text, what) => `${text} (${what})`,
  entityKinds: { product: '产品', organisation: '机构', platform: '平台', statistic: '统计指标' },
  unknownProduct: (name) => `“${name}”形似产品名，但不在词表中。`,
  config: (field, problem) => `${field}：${problem}（继续使用上一份有效配置）`,
};

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function wordFigure(figure: FindingFigure, words: FindingWords): string {
  const { start, end } = figure.asOf;
  const period = start === end ? start : words.period(start, end);
  return words.figure(figure.text, period, figure.asOf.source === 'document-date', baseName(figure.path));
}

/** The products and figures a garbled stretch hides, in words: "微粒贷 (product)", "3.6亿 (at least 360,000,000)". */
export function hiddenMentionNames(stretch: HiddenMentions, words: FindingWords = englishFindingWords, format: FormatWords = englishFormatWords): string[] {
  return (stretch.hiddenMentions ?? []).map((mention) =>
    mention.kind === 'product' ? words.hiddenMention(mention.canonical, words.entityKinds[mention.entityKind]) : words.hiddenMention(mention.text, formatFigure(mention, format)),
  );
}

/**
 * The message of a finding and the messages of its related locations (a conflict's one per other
 * figure, in order; a decrease's one, the earlier value). `format` words the figures a garbled
 * stretch hides.
 */
export function findingText(
  detail: FindingDetail,
  words: FindingWords = englishFindingWords,
  format: FormatWords = englishFormatWords,
): { message: string; related: string[] } {
  switch (detail.kind) {
    case 'mojibake': {
      const names = hiddenMentionNames(detail, words, format);
      return { message: words.mojibake(detail.repaired, detail.lost) + (names.length > 0 ? words.hiddenInMojibake(names) : ''), related: [] };
    }
    case 'unknown-product':
      return { message: words.unknownProduct(detail.name), related: [] };
    case 'config':
      return { message: words.config(detail.field.length === 0 ? 'fincorpus.json' : formatConfigPath([...detail.field]), detail.problem), related: [] };
    case 'cumulative-decrease': {
      const earlier = wordFigure(detail.earlier, words);
      return { message: words.decrease(words.key(detail.subject, detail.metric), wordFigure(detail.own, words), earlier), related: [words.earlierValue(earlier)] };
    }
    case 'conflict':
    case 'difference': {
      const key = words.key(detail.subject, detail.metric);
      const own = wordFigure(detail.own, words);
      const others = detail.others.map((figure) => wordFigure(figure, words));
      const named = others.slice(0, maxNamedInMessage);
      const total = Math.max(detail.total ?? others.length, others.length);
      const more = Math.max(total - named.length, 0);
      const message =
        detail.kind === 'conflict' ? words.conflict(key, own, named, more) + (detail.lastDigit ? words.lastDigit : '') + (detail.farApart ? words.farApart : '') + (detail.standards ? words.standards : '') + (detail.profitMeasures ? words.profitMeasures : '') + (detail.looseMetric ? words.looseMetric : '') + (detail.baseUnstated ? words.baseUnstated : '') : words.difference(key, own, named, more);
      return { message, related: others.map((figure) => words.relatedFigure(key, figure)) };
    }
  }
}
