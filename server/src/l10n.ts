/**
 * The server's message catalogue: every text the server shows in the editor (hovers, diagnostics,
 * code-action titles, progress), in English and in Simplified Chinese. The language comes from the
 * `locale` of the `initialize` request: Chinese for zh-cn, zh-hans… and plain zh, English otherwise.
 * The words of findings (diagnostics) live with the findings, in core/findings/words.ts. The command
 * line does not use this file; it keeps the core's English words.
 */
import type { EntityKind, FigureMention, Granularity } from './core/types';
import { chineseFindingWords, englishFindingWords, type FindingWords } from './core/findings/words';
import { englishFormatWords, type FormatWords } from './core/format';
import { unitNames } from './core/units';

export type Language = 'en' | 'zh-cn';

/** The catalogue of one language. */
export interface Messages {
  language: Language;
  format: FormatWords;
  findings: FindingWords;
  hover: {
    interval: string;
    qualifier: string;
    unit: string;
    direction: string;
    directions: Readonly<Record<NonNullable<FigureMention['direction']>, string>>;
    claim: string;
    asOf: string;
    /** The as-of row: a period with where it came from. */
    asOfValue(period: string, source: string): string;
    cumulative: string;
    cumulativeYes: string;
    confidence: string;
    /** Confidence n of 3, from the provenance of subject, metric and period. */
    confidenceValue: (confidence: number, subject: string, metric: string, period: string) => string;
    noClaim: string;
    conflictWarning: string;
    /** The heading of the table of the same metric in other documents; key is already Markdown. */
    elsewhere(key: string): string;
    document: string;
    value: string;
    asWritten: string;
    conflictMark: string;
    /** The last row of a capped table: how many observations it leaves out. */
    moreElsewhere(count: number): string;
    period: string;
    granularity: string;
    granularities: Readonly<Record<Granularity, string>>;
    resolved: string;
    relativeToDocumentDate: string;
    cutOff: string;
    governsFollowing: string;
    kind: string;
    entityKinds: Readonly<Record<EntityKind, string>>;
    owner: string;
    aliases: string;
    firstMention: string;
    documents: string;
    metrics: string;
    /** "(written 微眾銀行)" after a product's canonical name. */
    written(text: string): string;
    /** Joins a list of names: "a, b" / "a、b". */
    list(items: readonly string[]): string;
  };
  codeActions: {
    repair(repaired: string): string;
    addToLexicon(name: string): string;
    useValue(text: string, value: string, location: string): string;
    ignoreConflicts(subject: string, metric: string, date: string): string;
    /** The reason written into the ignore entry. */
    ignoreReason(text: string): string;
  };
  progress: {
    indexing: string;
    documents(count: number): string;
  };
  symbols: {
    asOf(value: string, period: string): string;
    /** "product of 微众银行": an entity kind (already worded) with its owner. */
    kindOf(kind: string, owner: string): string;
  };
  completion: {
    aliasOf(canonical: string): string;
    metricOf(subjects: readonly string[]): string;
  };
}

const english: Messages = {
  language: 'en',
  format: englishFormatWords,
  findings: englishFindingWords,
  hover: {
    interval: 'Interval',
    qualifier: 'Qualifier',
    unit: 'Unit',
    direction: 'Direction',
    directions: { increase: 'increase', decrease: 'decrease' },
    claim: 'Claim',
    asOf: 'As of',
    asOfValue: (period, source) => `${period} (${source})`,
    cumulative: 'Cumulative',
    cumulativeYes: 'yes: must not decrease over time',
    confidence: 'Confidence',
    confidenceValue: (confidence, subject, metric, period) =>
      `${confidence} of 3 (subject ${subject}, metric ${metric}, period ${period}); a conflict is an error only at 3 on both sides`,
    noClaim: 'none: no subject and metric were found for this figure',
    conflictWarning: '⚠ This figure conflicts with another report of the same metric and period.',
    elsewhere: (key) => `${key} elsewhere in the corpus:`,
    document: 'Document',
    value: 'Value',
    asWritten: 'As written',
    conflictMark: '⚠ conflict',
    moreElsewhere: (count) => `… and ${count} more`,
    period: 'Period',
    granularity: 'Granularity',
    granularities: { day: 'day', month: 'month', quarter: 'quarter', half: 'half', year: 'year', range: 'range' },
    resolved: 'Resolved',
    relativeToDocumentDate: 'relative to the document date',
    cutOff: 'Cut-off',
    governsFollowing: 'governs the figures that follow (as of)',
    kind: 'Kind',
    entityKinds: englishFindingWords.entityKinds,
    owner: 'Owner',
    aliases: 'Aliases',
    firstMention: 'First mention',
    documents: 'Documents',
    metrics: 'Metrics',
    written: (text) => ` (written ${text})`,
    list: (items) => items.join(', '),
  },
  codeActions: {
    repair: (repaired) => `Repair garbled text as “${repaired}”`,
    addToLexicon: (name) => `Add “${name}” to the lexicon in fincorpus.json`,
    useValue: (text, value, location) => `Use ${text} (${value}) from ${location}`,
    ignoreConflicts: (subject, metric, date) => `Ignore conflicts of ${subject} · ${metric} at ${date} in fincorpus.json`,
    ignoreReason: (text) => `accepted difference (${text})`,
  },
  progress: {
    indexing: 'Indexing the corpus',
    documents: (count) => `${count} document(s)`,
  },
  symbols: {
    asOf: (value, period) => `${value} · as of ${period}`,
    kindOf: (kind, owner) => `${kind} of ${owner}`,
  },
  completion: {
    aliasOf: (canonical) => `alias of ${canonical}`,
    metricOf: (subjects) => `metric of ${subjects.join(', ')}`,
  },
};

const chineseNumerals = ['一', '二', '三', '四'];

const chineseFormatWords: FormatWords = {
  percentagePoints: (amount) => `${amount} 个百分点`,
  per: (denominators) => denominators.map((name) => `/${chineseDenominators[name] ?? name}`).join(''),
  atLeast: (amount) => `不少于 ${amount}`,
  atMost: (amount) => `不超过 ${amount}`,
  about: (amount) => `约 ${amount}`,
  between: (low, high) => `${low} 至 ${high}`,
  fromTo: (low, high) => `${low} 至 ${high}`,
  orMore: (amount) => `${amount} 及以上`,
  upTo: (amount) => `${amount} 及以下`,
  unknown: '未知',
  unbounded: '无界',
  qualifiers: {
    exact: '确数（按所述精度）',
    approx: '约数',
    'lower-bound': '下限',
    'upper-bound': '上限',
    range: '区间',
  },
  unitNames: unitNames('zh-cn'),

  withCounter: (name, counter) => `${name}（${counter}）`,
  bounds: (start, end) => `${start} 至 ${end}`,
  named: (name, bounds) => `${name}（${bounds}）`,
  month: (year, month) => `${year}年${month}月`,
  quarter: (year, quarter) => `${year}年第${chineseNumerals[quarter - 1] ?? quarter}季度`,
  half: (year, half) => `${year}年${half === 1 ? '上' : '下'}半年`,
  year: (year) => `${year}年`,
  asOfSources: { text: '文中所述', 'document-date': '取自文档日期' },
};

/** Denominators of rates ("CNY/year") as a Chinese reader writes them after the slash. */
const chineseDenominators: Readonly<Record<string, string>> = {
  year: '年',
  month: '月',
  day: '日',
  transaction: '笔',
  account: '户',
  person: '人',
  time: '次',
  share: '股',
  t: '吨',
  barrel: '桶',
  g: '克',
};

const chinese: Messages = {
  language: 'zh-cn',
  format: chineseFormatWords,
  findings: chineseFindingWords,
  hover: {
    interval: '区间',
    qualifier: '限定',
    unit: '单位',
    direction: '方向',
    directions: { increase: '增加', decrease: '减少' },
    claim: '口径',
    asOf: '截至',
    asOfValue: (period, source) => `${period}（${source}）`,
    cumulative: '累计',
    cumulativeYes: '是：不应随时间下降',
    confidence: '置信度',
    confidenceValue: (confidence, subject, metric, period) => `${confidence}/3（主体 ${subject}，指标 ${metric}，期间 ${period}）；两侧均为 3 时冲突才报错误`,
    noClaim: '无：未找到此数值的主体和指标',
    conflictWarning: '⚠ 此数值与语料中同一指标、同一期间的另一处报告存在数值冲突。',
    elsewhere: (key) => `${key} 在语料中的其他报告：`,
    document: '文档',
    value: '规范值',
    asWritten: '原文',
    conflictMark: '⚠ 冲突',
    moreElsewhere: (count) => `……另有 ${count} 处`,
    period: '期间',
    granularity: '粒度',
    granularities: { day: '日', month: '月', quarter: '季度', half: '半年', year: '年', range: '区间' },
    resolved: '推算',
    relativeToDocumentDate: '相对于文档日期',
    cutOff: '统计截止',
    governsFollowing: '约束其后的数值（截至）',
    kind: '类别',
    entityKinds: chineseFindingWords.entityKinds,
    owner: '所属机构',
    aliases: '别名',
    firstMention: '首次出现',
    documents: '文档数',
    metrics: '指标',
    written: (text) => `（原文作 ${text}）`,
    list: (items) => items.join('、'),
  },
  codeActions: {
    repair: (repaired) => `将乱码修复为“${repaired}”`,
    addToLexicon: (name) => `将“${name}”加入 fincorpus.json 的词表`,
    useValue: (text, value, location) => `改用 ${location} 中的 ${text}（${value}）`,
    ignoreConflicts: (subject, metric, date) => `在 fincorpus.json 中忽略 ${subject} · ${metric} 截至 ${date} 的数值冲突`,
    ignoreReason: (text) => `已确认的差异（${text}）`,
  },
  progress: {
    indexing: '正在为语料建立索引',
    documents: (count) => `${count} 篇文档`,
  },
  symbols: {
    asOf: (value, period) => `${value} · 截至 ${period}`,
    kindOf: (kind, owner) => `${owner}旗下${kind}`,
  },
  completion: {
    aliasOf: (canonical) => `${canonical} 的别名`,
    metricOf: (subjects) => `${subjects.join('、')} 的指标`,
  },
};

/** The language of an editor locale: "zh-cn", "zh-CN", "zh-hans", "zh-Hans-CN", "zh" → Chinese; anything else → English. */
export function languageOf(locale: string | undefined): Language {
  const tag = (locale ?? '').toLowerCase().replace(/_/g, '-');
  if (tag === 'zh' || tag === 'zh-cn' || tag === 'zh-sg' || tag === 'zh-hans' || tag.startsWith('zh-hans-')) return 'zh-cn';
  return 'en';
}

const catalogues: Readonly<Record<Language, Messages>> = { en: english, 'zh-cn': chinese };

/** The catalogue for an editor locale (see {@link languageOf}). */
export function messagesFor(locale: string | undefined): Messages {
  return catalogues[languageOf(locale)];
}

export const englishMessages: Messages = english;
