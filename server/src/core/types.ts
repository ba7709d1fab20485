/**
 * Plain data shared by every part of the core. Offsets are UTF-16 code-unit indices into the
 * document text (JavaScript string indices), end-exclusive. Decimal values travel as strings
 * ("360000000", "29.82") so that facts can be serialised and compared without floats.
 */

export interface Span {
  start: number;
  end: number;
}

export type Qualifier = 'exact' | 'approx' | 'lower-bound' | 'upper-bound' | 'range';

/**
 * Unit of a figure. Money is normalised to its currency ("CNY", "USD", "HKD", "EUR"), percentages to "%",
 * percentage points to "pp", basis points to "bp", counts to "count", multiples to "x", durations to
 * "years", tonnes to "t"; per-unit rates join with "/" ("CNY/year", "CNY/account/year").
 */
import type { Unit } from './units';

export type { Unit };

export interface FigureMention extends Span {
  kind: 'figure';
  text: string;
  /** Canonical value as a decimal string in the unit (yuan, percent, count …); null when vague (数万). */
  value: string | null;
  /** Bounds implied by the wording; null means unbounded on that side. */
  low: string | null;
  high: string | null;
  qualifier: Qualifier;
  unit: Unit;
  /** Measure word of a count (家, 户, 人, 人次 …) or null. */
  counter: string | null;
  /**
   * Half the last stated digit's step, in the unit: 29.82% → "0.005", 3.6亿 → "5000000".
   * Plain numbers are intervals of this half-width around the value. Null when not meaningful.
   */
  precision: string | null;
  /** Direction word that set or states the sign (增长, 下降, decreased …), if any. */
  direction: 'increase' | 'decrease' | null;
  /**
   * The pieces of the surface as the grammar read them, in document order, as document offsets like
   * the mention's own: 超|3.6亿|元, 增长|10.1|%. Spaces, range connectors and inline tags between them
   * belong to no part. Only semantic tokens read them, for open documents; the server's index keeps
   * them for closed documents too, because opening an indexed document reuses its facts rather than
   * analysing it again. Empty in compact facts (the command line's corpus, which never colours text)
   * and for figures hidden in mojibake, whose surface is not the document's text.
   */
  parts: FigurePart[];
}

/**
 * What a piece of a figure's surface is: a hedge or bound word (超, 约, 多, 以上, +, over), the number
 * with its magnitude (3.6亿, 1.2 billion), the unit with its currency or measure word (元, RMB, %,
 * 个百分点, 家, 元/年), or the direction word that states the sign (增长, 下降, up).
 */
export type FigurePartRole = 'qualifier' | 'number' | 'unit' | 'direction';

export interface FigurePart extends Span {
  role: FigurePartRole;
}

export type Granularity = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'range';

/** A period as inclusive ISO dates (YYYY-MM-DD). A point in time has start === end. */
export interface Period {
  start: string;
  end: string;
}

export interface DateMention extends Span {
  kind: 'date';
  text: string;
  period: Period;
  granularity: Granularity;
  /** True when resolved against the document date or another governing date (今年, 上年末 …). */
  relative: boolean;
  /** True when the text marks the date as a cut-off (截至, as of, 末/底) that governs figures after it. */
  asOf: boolean;
}

export type EntityKind = 'product' | 'organisation' | 'platform' | 'statistic';

export interface ProductMention extends Span {
  kind: 'product';
  text: string;
  /** Canonical (simplified Chinese, or the official) name from the lexicon. */
  canonical: string;
  entityKind: EntityKind;
  owner: string | null;
}

export type Mention = FigureMention | DateMention | ProductMention;

/** Text regions in which no figure is to be found, with the reason. */
export type ZoneKind =
  | 'front-matter'
  | 'html-tag'
  | 'html-comment'
  | 'html-entity'
  | 'css'
  | 'url'
  | 'email'
  | 'phone'
  | 'list-marker'
  | 'page-number'
  | 'footnote-marker'
  | 'numeric-run'
  | 'mojibake'
  | 'model-name'
  | 'version'
  | 'ordinal';

export interface Zone extends Span {
  kind: ZoneKind;
}

/** A flattened chart or table: a glued run of digits reported once, never as dozens of figures. */
export interface NumericRun extends Span {
  text: string;
}

/** `inferred`: no stated date; taken from page navigation or listing timestamps (上一篇 2025-05-16). */
export type DocumentDateSource = 'front-matter' | 'published' | 'dateline' | 'config' | 'inferred';

export interface DocumentDate {
  /** ISO date YYYY-MM-DD. */
  date: string;
  source: DocumentDateSource;
  /** Where in the text it was found, when it was. */
  span: Span | null;
}

export type AsOfSource = 'text' | 'document-date';

/**
 * Where each field of a claim came from, from the strongest to the weakest. Subject: named in the
 * figure's clause or sentence; carried (a pronoun such as 该行 or the bank, or an earlier sentence);
 * or the document's topic. Metric: a concept of the metric ontology, or a normalised phrase.
 * Period: stated in the text; the report period the document covers (报告期内, 上半年 in coverage of a
 * half-year report); or the document's own date.
 */
export interface ClaimProvenance {
  subject: 'clause' | 'carried' | 'topic';
  metric: 'ontology' | 'phrase';
  period: 'stated' | 'report' | 'document-date';
  /**
   * True when the document has no date and 'document-date' is the latest cut-off its text states, a
   * guess: such a claim raises no conflict (a results article may name last year's cut-off last).
   */
  periodGuessed?: true;
  /**
   * True when the metric was read through a word the press uses for more than one concept (股东应占溢利 for the
   * parent's or the ordinary shareholders' profit, 纯利, 赚): such a claim raises conflicts as information at most.
   */
  metricLoose?: true;
  /**
   * True when the claim is a change of a balance at a moment other than a year end that names no base (贷款增长6%
   * at 30 September: against a year before, or against the start of the year?): conflicts are information at most.
   */
  baseUnstated?: true;
}

export interface Claim {
  /** Canonical subject (an entity from the lexicon, or an organisation-shaped name). */
  subject: string;
  /** Normalised metric key (e.g. "授信客户", "net profit" → "净利润"). */
  metric: string;
  /** Unit family: the figure's unit. */
  unit: Unit;
  asOf: Period & { source: AsOfSource };
  /** Index of the figure in the document's mentions. */
  mention: number;
  /** True for running totals (累计 …, cumulative …), which must not decrease over time. */
  cumulative: boolean;
  provenance: ClaimProvenance;
}

export interface MojibakeStretch extends Span {
  text: string;
  /** The likely original text; □ marks characters whose bytes are lost for good. */
  repaired: string;
  /** Number of characters that could not be recovered. */
  lost: number;
  /**
   * Products and figures that only the repaired reading shows (a name swallowed by the garbled
   * bytes). Each spans the document text that holds it: the whole stretch, plus the intact text
   * after (or before) it that completes the name. `text` is the name as the repair reads it. They
   * are not in {@link DocumentFacts.mentions}, which hold only what the document visibly says.
   */
  hiddenMentions?: (ProductMention | FigureMention)[];
}

/** A quoted name shaped like a product (“星星贷”) that no lexicon entry covers. */
export interface UnknownName extends Span {
  name: string;
}

export type DocumentLanguage = 'zh-Hans' | 'zh-Hant' | 'en' | 'mixed';

/** Everything the core knows about one document, computed from its text alone (plus configuration). */
export interface DocumentFacts {
  path: string;
  documentDate: DocumentDate | null;
  language: DocumentLanguage;
  /** Figures, dates and products, sorted by start offset. */
  mentions: Mention[];
  numericRuns: NumericRun[];
  zones: Zone[];
  claims: Claim[];
  mojibake: MojibakeStretch[];
  /** Quoted product-shaped names the lexicon does not know. Optional; filled by the analyzer. */
  unknownNames?: UnknownName[];
  /**
   * Offsets at which each line starts (0 first), so that holders of facts without the text (the
   * corpus index) can resolve "path:line:col" locations of ignore entries. Optional; filled by the analyzer.
   */
  lineStarts?: ArrayLike<number>;
}
